// The preload of the editor window. Sandboxed preloads cannot load files, so this is
// bundled to one CommonJS file (build/build-electron.ts); it exposes `window.qalam`
// (see bridge.ts) and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('qalam', buildBridge(ipcRenderer));
