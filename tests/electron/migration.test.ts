// The desktop app on a library from before clitic search, in a real Electron: the
// "preparing your library" window comes first and its line moves while the worker
// thread (migrate-worker.cjs, better-sqlite3 inside Electron) migrates, then the editor
// window replaces it. What only a real Electron can show: executeJavaScript reaching a
// data: page under its CSP, the worker loading the native module, the hand-over.
// Skips without an Electron binary (see app.test.ts); npm run test:electron.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { buildElectron } from '../../build/build-electron';
import { buildRenderer } from '../../build/build';
import { sampleArticle } from '../unit/store/helpers';
import { writeOldLibrary } from '../unit/store/old-library';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.QALAM_ELECTRON) return existsSync(env.QALAM_ELECTRON) ? env.QALAM_ELECTRON : undefined;
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  try {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist'), readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const BINARY = electronBinary();
const SKIP = BINARY ? false : 'skipped: no Electron binary on this machine (set QALAM_ELECTRON to run the desktop suite)';

test('an old library of 20,000 articles: the splash shows and moves, then the editor window takes over', { skip: SKIP }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-electron-migration-'));
  try {
    const { headline, body } = sampleArticle();
    writeOldLibrary(path.join(dir, 'qalam.db'), 20_000, undefined, { meta: { headline }, body });
    await buildRenderer({ quiet: true });
    await buildElectron({ quiet: true });
    const args = [ROOT, '--db', path.join(dir, 'qalam.db')];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const app = await electron.launch({ executablePath: BINARY!, args, env: { ...process.env, QALAM_USER_DATA: path.join(dir, 'profile') }, timeout: 60_000 });
    try {
      const splash = await app.firstWindow();
      // Listened for from the start, so a quick migration cannot slip past the test.
      const editorOpened = app.waitForEvent('window', { predicate: (w) => w.url().startsWith('app://qalam/'), timeout: 300_000 });
      const splashClosed = splash.waitForEvent('close', { timeout: 300_000 });
      assert.match(splash.url(), /^data:text\/html/);
      assert.match((await splash.textContent('#line')) ?? '', /نجهّز مكتبتك لبحث أدقّ/);
      // The line moves past ٠٪ while the worker runs: main is not blocked.
      await splash.waitForFunction(() => (document.getElementById('bar') as HTMLProgressElement).value > 0, undefined, { timeout: 120_000 });
      const editor = await editorOpened;
      await editor.waitForFunction(() => 'qalam' in window);
      await splashClosed;
      assert.deepEqual(app.windows().map((w) => w.url().split('#')[0]), ['app://qalam/index.html']);
    } finally {
      await app.close().catch(() => undefined);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
