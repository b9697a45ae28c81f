// The real main bundle, with a fake 'electron', opening a library from before clitic
// search (1,200 articles): the "preparing your library" window comes first while a real
// worker thread (the bundled migrate-worker.cjs, real better-sqlite3) migrates; the
// editor window follows and the splash gives way to it. A migration that fails ends in
// the error dialog with the library left as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { electronBuildOptions } from '../../../build/build-electron';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { BEFORE_CLITIC_SEARCH, writeOldLibrary } from '../store/old-library';
import { createFakeElectron } from './fake-electron';
import { until } from '../../support/until';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ARTICLES = 1_200;
const restoreLoad = (Module as unknown as { _load: unknown })._load;
const savedDb = process.env.QALAM_DB;

let tmp: string;
let bundleDir: string;
let appPath: string;


before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-main-migration-'));
  appPath = path.join(tmp, 'app');
  await mkdir(path.join(appPath, 'build', 'out', 'renderer'), { recursive: true });
  await writeFile(path.join(appPath, 'build', 'out', 'renderer', 'index.html'), '<!doctype html><title>قلم</title>');
  // As in the package: the worker unpacked under the app folder finds better-sqlite3 in
  // the unpacked node_modules beside it.
  await symlink(path.join(ROOT, 'node_modules'), path.join(appPath, 'node_modules'));
  await mkdir(path.join(ROOT, 'build', 'out'), { recursive: true });
  bundleDir = await mkdtemp(path.join(ROOT, 'build', 'out', '.main-migration-test-'));
  const { main, migrateWorker } = await electronBuildOptions({ outDir: bundleDir, quiet: true });
  const workerFile = path.join(appPath, 'build', 'out', 'electron', 'migrate-worker.cjs');
  await Promise.all([build({ ...main, sourcemap: false }), build({ ...migrateWorker, outfile: workerFile, sourcemap: false })]);
});

after(async () => {
  (Module as unknown as { _load: unknown })._load = restoreLoad;
  process.env.QALAM_DB = savedDb;
  await rm(bundleDir, { recursive: true, force: true });
  await rm(tmp, { recursive: true, force: true });
});

/** Starts a fresh copy of the main bundle (its state is per module) on `dbFile`. */
async function startApp(name: string, dbFile: string) {
  const userData = path.join(tmp, name, 'userData');
  await mkdir(userData, { recursive: true });
  await mkdir(path.join(tmp, name, 'Documents'), { recursive: true });
  process.env.QALAM_DB = dbFile;
  const fake = createFakeElectron({ appPath, userData, documents: path.join(tmp, name, 'Documents') });
  const original = restoreLoad as (request: string, parent: unknown, isMain: boolean) => unknown;
  (Module as unknown as { _load: unknown })._load = (request: string, parent: unknown, isMain: boolean) =>
    request === 'electron' ? fake.electron : original(request, parent, isMain);
  const copy = path.join(bundleDir, `main-${name}.cjs`);
  await copyFile(path.join(bundleDir, 'main.cjs'), copy);
  createRequire(import.meta.url)(copy);
  fake.app.becomeReady();
  return fake;
}

const version = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe(`starting on a library of ${ARTICLES} articles from before clitic search`, () => {
  let fake: Awaited<ReturnType<typeof startApp>>;
  let file: string;
  before(async () => {
    file = path.join(tmp, 'ok', 'qalam.db');
    await mkdir(path.dirname(file), { recursive: true });
    writeOldLibrary(file, ARTICLES);
    fake = await startApp('ok', file);
    await until('the editor window loads the app', () => fake.windows[1]?.webContents.getURL());
  });
  after(() => {
    if (!fake.app.exited) fake.app.quit();
  });

  test('the first window is the small splash, in Arabic, loaded from a data: URL before any editor window', () => {
    const splash = fake.windows[0]!;
    assert.equal(splash.options.width, 460);
    assert.equal(splash.options.title, 'قلم');
    assert.equal(splash.options.webPreferences?.preload, undefined);
    assert.match(splash.webContents.loads[0]!, /^data:text\/html/);
    assert.match(decodeURIComponent(splash.webContents.loads[0]!), /نجهّز مكتبتك لبحث أدقّ… ٠٪/);
    splash.emit('ready-to-show');
    assert.equal(splash.visible, true);
  });

  test('the worker’s progress reached the splash and the taskbar, step by step, up to the end', () => {
    const splash = fake.windows[0]!;
    const bar = splash.progress.filter((p) => p >= 0);
    assert.equal(bar[0], 0);
    assert.ok(bar.length >= 4, `several updates, not only start and end: ${bar.join(', ')}`);
    assert.deepEqual([...bar].sort((a, b) => a - b), bar, 'never backwards');
    assert.equal(bar.at(-1), 1);
    const scripts = splash.webContents.scripts.join('\n');
    assert.match(scripts, /نجهّز مكتبتك لبحث أدقّ… [٠-٩]+٪/);
    assert.match(scripts, /نعيد عدّ كلمات المقالات… ١٠٠٪/);
  });

  test('the editor window opens on the migrated library; the splash stays until that window shows, then goes', async () => {
    assert.equal(version(file), LATEST_VERSION);
    const [splash, editor] = [fake.windows[0]!, fake.windows[1]!];
    assert.equal(editor.webContents.getURL(), 'app://qalam/index.html');
    assert.equal(splash.isDestroyed(), false, 'no moment without a window');
    editor.emit('ready-to-show');
    assert.equal(editor.visible, true);
    assert.equal(splash.isDestroyed(), true);
    assert.equal(splash.progress.at(-1), -1, 'the taskbar bar is cleared');
    assert.equal(fake.windows.filter((w) => !w.isDestroyed()).length, 1);
    assert.deepEqual(fake.recorded.dialogs, []);
    assert.deepEqual(fake.recorded.exits, []);
  });
});

describe('starting on an old library whose migration fails', () => {
  test('the splash goes, the error dialog says the library was left as it was, the app exits, and the file is untouched', async () => {
    const file = path.join(tmp, 'broken', 'qalam.db');
    await mkdir(path.dirname(file), { recursive: true });
    writeOldLibrary(file, ARTICLES);
    const db = new Database(file);
    db.prepare("UPDATE articles SET body = '[{broken' WHERE num = 901").run();
    db.close();
    const fake = await startApp('broken', file);
    await until('the app gives up', () => fake.recorded.exits.length > 0);
    assert.deepEqual(fake.recorded.exits, [1]);
    assert.equal(fake.windows.length, 1, 'only the splash was ever opened');
    assert.equal(fake.windows[0]!.isDestroyed(), true);
    const [dialog] = fake.recorded.dialogs as { kind: string; options: { title: string; content: string } }[];
    assert.equal(dialog!.kind, 'error');
    assert.equal(dialog!.options.title, 'تعذّر فتح المكتبة');
    assert.match(dialog!.options.content, /تعذّر تحديث المكتبة للإصدار الجديد؛ بقيت كما كانت ولم يضِع منها شيء/);
    assert.equal(version(file), BEFORE_CLITIC_SEARCH);
  });
});

describe('restoring a backup from before clitic search in the app', () => {
  test('the backup migrates in the bundled worker: the page, asking as it waits, sees it partway, the taskbar shows it; then the library holds it', async () => {
    const file = path.join(tmp, 'restore', 'qalam.db');
    const backup = path.join(tmp, 'restore', 'backups', 'qalam-20260101T090000000Z.db');
    await mkdir(path.dirname(backup), { recursive: true });
    writeOldLibrary(backup, ARTICLES);
    const fake = await startApp('restore', file);
    try {
      const page = await until('the editor window loads the app', () => (fake.windows[0]?.webContents.getURL() ? fake.windows[0].webContents : undefined));
      const fromPage = { sender: page, senderFrame: { url: page.getURL(), parent: null } };
      const invoke = (channel: string, payload?: unknown) =>
        fake.recorded.ipcHandlers.get(channel)!(fromPage, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

      let settled = false;
      const restoring = invoke('library.restoreBackup', { path: backup }).finally(() => (settled = true));
      const seen: { restoring: boolean; migration: { name: string; done: number; total: number } | null }[] = [];
      while (!settled) {
        seen.push((await invoke('library.restoreProgress')).value as (typeof seen)[number]);
        await new Promise((r) => setTimeout(r, 2));
      }
      const result = await restoring;
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.ok(
        seen.some((s) => s.restoring && s.migration !== null && s.migration.done > 0 && s.migration.done < s.migration.total),
        'seen partway: the main thread answered while the backup migrated',
      );
      // The taskbar button showed it too, as for the first launch's migration, and was cleared.
      const bar = fake.windows[0]!.progress;
      const shares = bar.filter((p) => p >= 0);
      assert.ok(shares.length >= 4 && shares.some((p) => p > 0 && p < 1), `the bar moved: ${bar.join(', ')}`);
      assert.deepEqual([...shares].sort((a, b) => a - b), shares, 'never backwards');
      assert.equal(bar.at(-1), -1);
      assert.equal(version(file), LATEST_VERSION);
      const listed = await invoke('articles.list', { limit: 10_000 });
      assert.equal((listed.value as unknown[]).length, ARTICLES - ARTICLES / 100);
      assert.deepEqual(fake.recorded.dialogs, []);
    } finally {
      if (!fake.app.exited) fake.app.quit();
    }
  });
});
