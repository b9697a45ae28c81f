// Where to find a Chromium for printing (CLI, web host, tests). The app itself prints
// with Electron's own Chromium; everywhere else playwright-core drives this one.
// Never downloads a browser: QALAM_CHROMIUM, then the usual system places.
import { existsSync } from 'node:fs';
import { QalamError } from '../common/errors';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.QALAM_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new QalamError('file_not_found', `QALAM_CHROMIUM=${fromEnv}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new QalamError('file_not_found', 'Chromium (set QALAM_CHROMIUM)');
  return found;
}

/** Flags for a quiet, offline, headless Chromium (this machine refuses all network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
