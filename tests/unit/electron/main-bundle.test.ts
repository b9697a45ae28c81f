// The real main bundle (what package.json "main" points at), run under Node with a fake
// 'electron' module and the real services on a fresh library: the composition root
// wires windows, protocol, IPC, menus, spelling, launch arguments and quitting as the
// unit tests of each piece assume.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { electronBuildOptions } from '../../../build/build-electron';
import { EDIT_CHANNEL } from '../../../electron/common/edit-commands';
import { MENU_ACK_CHANNEL, MENU_CHANNEL, MENU_STATE_CHANNEL, type MenuMessage } from '../../../electron/common/menu-commands';
import { createFakeElectron, type FakeWebContents } from './fake-electron';
import { until } from '../../support/until';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let tmp: string;
let bundleDir: string;
let fake: ReturnType<typeof createFakeElectron>;
const restoreLoad = (Module as unknown as { _load: unknown })._load;
const savedEnv = { QALAM_DB: process.env.QALAM_DB, QALAM_ASSETS_DIR: process.env.QALAM_ASSETS_DIR };


const win = () => fake.windows[0]!;
const page = (): FakeWebContents => win().webContents;
const fromPage = () => ({ sender: page(), senderFrame: { url: page().getURL(), parent: null } });
const invoke = (channel: string, event: unknown, payload?: unknown) => fake.recorded.ipcHandlers.get(channel)!(event, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
const menuMessages = () => page().sent.filter(([c]) => c === MENU_CHANNEL).map(([, m]) => m as MenuMessage);

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-main-'));
  const appPath = path.join(tmp, 'app');
  await mkdir(path.join(appPath, 'build', 'out', 'renderer'), { recursive: true });
  await writeFile(path.join(appPath, 'build', 'out', 'renderer', 'index.html'), '<!doctype html><title>قلم</title>');
  await mkdir(path.join(tmp, 'userData'));
  await mkdir(path.join(tmp, 'Documents'));
  process.env.QALAM_DB = path.join(tmp, 'userData', 'qalam.db');
  process.env.QALAM_ASSETS_DIR = path.join(ROOT, 'assets');
  // The bundle must sit inside the project so its external packages resolve
  // (build/out does not exist yet in a fresh clone).
  await mkdir(path.join(ROOT, 'build', 'out'), { recursive: true });
  bundleDir = await mkdtemp(path.join(ROOT, 'build', 'out', '.main-test-'));
  const { main, spellingWorker } = await electronBuildOptions({ outDir: bundleDir, quiet: true });
  // The spelling worker and the dictionaries where the app looks for them: unpacked
  // under the app's folder (electron/main/spellcheck.ts spellingPaths).
  const workerFile = path.join(appPath, 'build', 'out', 'electron', 'spelling-worker.cjs');
  await mkdir(path.join(appPath, 'assets'));
  await symlink(path.join(ROOT, 'assets', 'dictionaries'), path.join(appPath, 'assets', 'dictionaries'));
  await Promise.all([build({ ...main, sourcemap: false }), build({ ...spellingWorker, outfile: workerFile, sourcemap: false })]);

  fake = createFakeElectron({ appPath, userData: path.join(tmp, 'userData'), documents: path.join(tmp, 'Documents') });
  const original = restoreLoad as (request: string, parent: unknown, isMain: boolean) => unknown;
  (Module as unknown as { _load: unknown })._load = (request: string, parent: unknown, isMain: boolean) =>
    request === 'electron' ? fake.electron : original(request, parent, isMain);
  createRequire(import.meta.url)(path.join(bundleDir, 'main.cjs'));
  fake.app.becomeReady();
  await until('the window loads the app', () => fake.windows[0]?.webContents.getURL());
});

after(async () => {
  (Module as unknown as { _load: unknown })._load = restoreLoad;
  if (!fake.app.exited) fake.app.quit();
  process.env.QALAM_DB = savedEnv.QALAM_DB;
  process.env.QALAM_ASSETS_DIR = savedEnv.QALAM_ASSETS_DIR;
  await rm(bundleDir, { recursive: true, force: true });
  await rm(tmp, { recursive: true, force: true });
});

test('before ready: the app scheme is privileged and Chromium gets the Arabic locale', () => {
  assert.deepEqual(fake.recorded.switches, [['lang', 'ar']]);
  const scheme = fake.recorded.privileged[0] as { scheme: string; privileges: Record<string, boolean> };
  assert.equal(scheme.scheme, 'app');
  assert.equal(scheme.privileges.standard, true);
  assert.equal(scheme.privileges.secure, true);
  assert.equal(scheme.privileges.bypassCSP, undefined);
});

test('one secure window loads the UI from app://, served with the CSP', async () => {
  assert.equal(fake.windows.length, 1);
  const prefs = win().options.webPreferences!;
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.webSecurity, true);
  assert.match(prefs.preload!, /build[/\\]out[/\\]electron[/\\]preload\.cjs$/);
  assert.equal(page().getURL(), 'app://qalam/index.html');
  assert.equal(win().visible, false, 'hidden until painted');
  win().emit('ready-to-show');
  assert.equal(win().visible, true);
  const response = await fake.recorded.protocolHandlers.get('app')!(new Request('app://qalam/index.html'));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
});

test('the session grants no permission, fetches nothing remote, and Chromium’s spellchecker is off', () => {
  const session = fake.defaultSession;
  let granted: boolean | undefined;
  session.permissionRequest!(page(), 'media', (g) => (granted = g));
  assert.equal(granted, false);
  assert.equal(session.permissionCheck!(page(), 'geolocation'), false);
  const cancelled = (url: string) => {
    let cancel: boolean | undefined;
    session.requestFilter!({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  assert.equal(cancelled('https://fonts.example.com/a.woff2'), true);
  assert.equal(cancelled('app://qalam/main.js'), false);
  assert.equal(session.spell.enabled, false);
  assert.match(session.spell.url!, /^file:/);
  assert.equal(session.spell.languages, undefined);
});

test('spelling through IPC runs the bundled worker with the bundled dictionaries', async () => {
  const checked = await invoke('spelling.check', fromPage(), { words: ['الكتاب', 'ككتابب', 'sentense'] });
  assert.deepEqual(checked, { ok: true, value: { misspelled: ['ككتابب', 'sentense'] } });
  const suggested = await invoke('spelling.suggest', fromPage(), { word: 'المدرسه' });
  assert.equal((suggested.value as { suggestions: string[] }).suggestions[0], 'المدرسة');
});

test('the menu is in Arabic, and follows the UI language once the page changes it', async () => {
  assert.deepEqual(fake.recorded.menus.at(-1)!.map((m) => m.label), ['ملف', 'تحرير', 'تنسيق', 'عرض', 'مساعدة']);
  const result = await invoke('settings.set', fromPage(), { uiLanguage: 'en' });
  assert.equal(result.ok, true);
  assert.deepEqual(fake.recorded.menus.at(-1)!.map((m) => m.label?.replace('&', '')), ['File', 'Edit', 'Format', 'View', 'Help']);
  await invoke('settings.set', fromPage(), { uiLanguage: 'ar' });
});

test('View › details follows what the page says it offers; a stranger is not heard', () => {
  type Item = { id?: string; enabled?: boolean; submenu?: Item[] };
  const details = () => {
    const walk = (items: Item[]): Item | undefined =>
      items.map((i) => (i.id === 'view.panel.inspector' ? i : i.submenu ? walk(i.submenu) : undefined)).find((i) => i !== undefined);
    return walk(fake.recorded.menus.at(-1) as Item[])!.enabled;
  };
  assert.equal(details(), true, 'offered until the page says');
  fake.ipcMain.emit(MENU_STATE_CHANNEL, fromPage(), { details: false });
  assert.equal(details(), false);
  fake.ipcMain.emit(MENU_STATE_CHANNEL, { sender: {}, senderFrame: { url: 'app://qalam/index.html', parent: null } }, { details: true });
  assert.equal(details(), false, 'only our own page is heard');
  fake.ipcMain.emit(MENU_STATE_CHANNEL, fromPage(), { details: true });
  assert.equal(details(), true);
});

test('the page’s IPC reaches the real library; a stranger and a malformed payload do not', async () => {
  const created = await invoke('articles.create', fromPage(), {
    meta: { headline: 'تحركات عسكرية.. الجيش يعيد انتشاره' },
    body: [{ type: 'paragraph', children: [{ text: 'قالت مصادر إن التحركات بدأت فجرًا.' }] }],
  });
  assert.equal(created.ok, true, JSON.stringify(created));
  const id = (created.value as { id: string }).id;
  const stranger = { sender: {}, senderFrame: { url: 'app://qalam/index.html', parent: null } };
  assert.deepEqual(await invoke('articles.get', stranger, { id }), { ok: false, error: { code: 'unauthorized' } });
  assert.equal((await invoke('articles.get', fromPage(), { id: 'x' })).error?.code, 'invalid');
  const got = await invoke('articles.get', fromPage(), { id });
  assert.equal((got.value as { meta: { headline: string } }).meta.headline, 'تحركات عسكرية.. الجيش يعيد انتشاره');
});

test('the editor menu’s Cut, Copy and Paste run the page’s own editing commands; a stranger or another name runs none', async () => {
  page().edits.length = 0;
  for (const action of ['copy', 'cut', 'paste']) assert.deepEqual(await invoke(EDIT_CHANNEL, fromPage(), action), { ok: true, value: null });
  assert.deepEqual(page().edits, ['copy', 'cut', 'paste']);
  const stranger = { sender: {}, senderFrame: { url: 'app://qalam/index.html', parent: null } };
  assert.deepEqual(await invoke(EDIT_CHANNEL, stranger, 'paste'), { ok: false, error: { code: 'unauthorized' } });
  assert.equal((await invoke(EDIT_CHANNEL, fromPage(), 'selectAll')).error?.code, 'invalid');
  assert.equal((await invoke(EDIT_CHANNEL, fromPage(), { action: 'paste' })).error?.code, 'invalid');
  assert.deepEqual(page().edits, ['copy', 'cut', 'paste']);
});

test('navigation away is stopped and a web link goes to the system browser', async () => {
  const event = { url: 'https://example.com/', prevented: false, preventDefault() { this.prevented = true; } };
  page().emit('will-navigate', event);
  assert.equal(event.prevented, true);
  assert.deepEqual(page().windowOpenHandler!({ url: 'file:///etc/passwd' }), { action: 'deny' });
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(fake.recorded.opened, ['https://example.com/']);
});

test('a second launch with a file imports it and moves the page to the new article', async () => {
  const file = path.join(tmp, 'خبر عاجل.txt');
  await writeFile(file, 'عاجل: اجتماع طارئ لمجلس الأمن\n\nيعقد مجلس الأمن اجتماعًا طارئًا مساء اليوم.');
  fake.app.emit('second-instance', {}, ['/opt/Qalam/qalam', '--flag', file], tmp);
  const id = await until('the article route', () => /#\/article\/([0-9A-Z]{26})$/.exec(page().getURL())?.[1]);
  const got = await invoke('articles.get', fromPage(), { id });
  assert.equal(got.ok, true);
  assert.match((got.value as { meta: { headline: string } }).meta.headline, /اجتماع طارئ/);
});

test('Export PDF from the library view asks to open an article first', async () => {
  await page().loadURL('app://qalam/index.html#/');
  const before = fake.recorded.dialogs.length;
  const file = fake.recorded.menus.at(-1)![0]!.submenu as { id?: string; click?: () => void }[];
  file.find((i) => i.id === 'export.pdf')!.click!();
  const shown = await until('a message', () => fake.recorded.dialogs.slice(before).find((d) => d.kind === 'message'));
  assert.match((shown.options as { message: string }).message, /افتح مقالًا أولًا/);
});

test('Export PDF with an article open prints it in a hidden script-free window and saves it where the person chose', async () => {
  const created = await invoke('articles.create', fromPage(), {
    meta: { headline: 'قمة طارئة' },
    body: [{ type: 'paragraph', children: [{ text: 'انعقدت القمة في العاصمة.' }] }],
  });
  const id = (created.value as { id: string }).id;
  await page().loadURL(`app://qalam/index.html#/article/${id}`);
  const target = path.join(tmp, 'Documents', 'قمة.pdf');
  fake.electron.dialog.showSaveDialog = async () => ({ canceled: false, filePath: target }) as never;
  const windowsBefore = fake.windows.length;
  const file = fake.recorded.menus.at(-1)![0]!.submenu as { id?: string; click?: () => void }[];
  file.find((i) => i.id === 'export.pdf')!.click!();
  const flush = await until('flush before export', () => menuMessages().find((m) => m.command === 'flush'));
  fake.ipcMain.emit(MENU_ACK_CHANNEL, { sender: page() }, flush.ack);
  const pdf = await until('the PDF written', () => {
    try {
      return readFileSync(target);
    } catch {
      return undefined;
    }
  });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const printWindow = fake.windows[windowsBefore]!;
  assert.equal(printWindow.options.webPreferences!.javascript, false);
  assert.equal(printWindow.options.show, false);
  assert.notEqual(printWindow.webContents.session, fake.defaultSession, 'its own session');
  assert.match(printWindow.webContents.printed, /انعقدت القمة في العاصمة/);
  assert.equal(printWindow.isDestroyed(), true);
  page().sent.length = 0;
});

test('a crashed renderer comes back at the article it showed', async () => {
  const shown = page().getURL();
  assert.match(shown, /#\/article\//);
  page().loads.length = 0;
  page().emit('render-process-gone', {}, { reason: 'crashed' });
  assert.deepEqual(await until('reloaded', () => (page().loads.length > 0 ? page().loads : undefined)), [shown]);
});

test('quitting flushes the page’s autosave, saves the window place, then closes the library', async () => {
  fake.app.quit();
  const flush = await until('flush request', () => menuMessages().find((m) => m.command === 'flush'));
  assert.equal(win().isDestroyed(), false, 'held open until the page has saved');
  fake.ipcMain.emit(MENU_ACK_CHANNEL, { sender: page() }, flush.ack);
  await until('the app quit', () => fake.app.exited);
  assert.equal(win().isDestroyed(), true);
  const state = await until('window state', () => {
    try {
      return createRequire(import.meta.url)(path.join(tmp, 'userData', 'window-state.json')) as { width: number };
    } catch {
      return undefined;
    }
  });
  assert.equal(state.width, 1200);
});
