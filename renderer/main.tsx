// Renderer entry: styles, the API client (Electron bridge or the web host's HTTP), the shell.
import { createRoot } from 'react-dom/client';
import { createClient } from './api';
import { App } from './App';
import './styles/app.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App client={createClient()} />);
