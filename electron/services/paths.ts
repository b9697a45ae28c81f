// Where the library lives by default: the same user-data folder Electron's
// app.getPath('userData') gives for productName "Qalam", so the CLI and the app
// open the same file. QALAM_DB or --db override it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Qalam');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Qalam');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Qalam');
}

export const DB_FILE = 'qalam.db';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.QALAM_DB || join(userDataDir(env), DB_FILE);
}
