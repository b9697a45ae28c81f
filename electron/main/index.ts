// The composition root of the Electron main process and the bundle's entry
// (build/out/electron/main.cjs). Every other module in electron/main exports setup
// functions that take what they touch; only this file imports Electron's values and
// starts anything. Order matters: privileged schemes, the single-instance lock and
// the UI language switch must be set before the app is ready.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../common/contract';
import { describeError, toErrorInfo, type ErrorInfo, type Lang } from '../common/errors';
import { DEFAULT_MENU_STATE, type MenuCommand, type MenuState } from '../common/menu-commands';
import { overallFraction } from '../common/migration-progress';
import type { Settings } from '../common/settings';
import { startBackupSchedule } from '../services/backups';
import { createServices, type Services } from '../services/index';
import { migrateInWorker, MigrateWorkerUnavailable } from '../services/store/migrate-in-worker';
import { pendingMigrations } from '../services/store/pending';
import { CommandSender } from './commands';
import { buildContextMenuTemplate } from './context-menu';
import { openExternalSafely } from './external';
import { importFiles, writeFileWhole } from './files';
import { withFolderGate } from './folder-gate';
import { listenForEditCommands } from './edit-commands';
import { callChannel, registerIpcHandlers } from './ipc';
import { articleIdInRoute, parseArticleLink, parseLaunchArgs, LINK_SCHEME, type LaunchRequest } from './launch-args';
import { FLUSH_TIMEOUT_MS, flushBeforeClose, setupCrashRecovery } from './lifecycle';
import { createMainCommands } from './main-commands';
import { isMainCommand, setupMenu } from './menu';
import { listenForMenuState } from './menu-state';
import { handOver, migrateWorkerPath, openMigrationSplash, prepareLibrary, type MigrationSplash, type PreparedLibrary } from './migration-splash';
import type { MainCommand } from './menu-items';
import { ElectronPrinter, printTempRoot } from './printer';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol';
import { hardenAppSession, hardenPrintSession } from './sessions';
import { disableBuiltInSpellcheck, spellingPaths } from './spellcheck';
import { chromiumLocale, readUiLanguage, rememberUiLanguage } from './ui-language';
import { APP_ENTRY_URL, articleUrl, guardNavigation, printWindowOptions, secureWindowOptions } from './window';
import { loadWindowState, placeWindow, saveWindowState } from './window-state';

// Packaged, the app's files sit in app.asar; files read from outside Electron's asar
// support (the spelling worker thread and its dictionaries) are unpacked beside it
// (build/electron-builder.yml, asarUnpack).
// A fresh profile per run for tests (tests/electron), as Playwright suites use elsewhere.
if (process.env.QALAM_USER_DATA) app.setPath('userData', path.resolve(process.env.QALAM_USER_DATA));
const APP_DIR = app.getAppPath();
const UNPACKED_DIR = APP_DIR.replace(/app\.asar$/, 'app.asar.unpacked');
const RENDERER_DIR = path.join(APP_DIR, 'build', 'out', 'renderer');
const PRELOAD = path.join(APP_DIR, 'build', 'out', 'electron', 'preload.cjs');
const DICTIONARIES_DIR = path.join(UNPACKED_DIR, 'assets', 'dictionaries');
const ICON = path.join(APP_DIR, 'assets', 'icons', 'icon.png');
const USER_DATA = app.getPath('userData');
/** `--db FILE` (as `npm start -- --db FILE` passes it), else QALAM_DB, else userData. */
function dbPath(): string {
  const flag = process.argv.indexOf('--db');
  const given = flag >= 0 ? process.argv[flag + 1] : undefined;
  if (given && !given.startsWith('-')) return path.resolve(given);
  return process.env.QALAM_DB || path.join(USER_DATA, 'qalam.db');
}
const DB_PATH = dbPath();
const WINDOW_STATE = path.join(USER_DATA, 'window-state.json');
/** The last run's UI language (ui-language.ts says why it is not read from the library). */
const LANG_FILE = path.join(USER_DATA, 'ui-language');
// The bundled fonts for exports (electron/services/export/fonts.ts reads this).
process.env.QALAM_ASSETS_DIR ??= path.join(APP_DIR, 'assets');

let lang: Lang = readUiLanguage(LANG_FILE);
app.commandLine.appendSwitch('lang', chromiumLocale(lang));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const windows = new Set<BrowserWindow>();
const isOurContents = (contents: unknown) => [...windows].some((w) => !w.isDestroyed() && w.webContents === contents);
const commands = new CommandSender(ipcMain);
let handlers: Handlers | undefined;
let closeServices: (() => Promise<void>) | undefined;
let settings: Pick<Settings, 'theme' | 'uiLanguage'> = { theme: 'system', uiLanguage: lang };
/** What the page on screen offers (menu-state.ts); one editor window, so one state. */
let pageOffers: MenuState = DEFAULT_MENU_STATE;
let quitting = false;
/** Launch requests that arrive before the window can take them (macOS open-file/open-url). */
const pending: LaunchRequest = { files: [], articles: [] };

function mainWindow(): BrowserWindow | undefined {
  return [...windows].find((w) => !w.isDestroyed());
}

function showError(error: unknown): void {
  showErrorInfo(toErrorInfo(error));
}

function showErrorInfo(info: ErrorInfo): void {
  const win = mainWindow();
  const message = describeError(info, lang);
  const options = { type: 'error' as const, title: lang === 'ar' ? 'قلم' : 'Qalam', message };
  if (win) void dialog.showMessageBox(win, options);
  else dialog.showErrorBox(options.title, message);
}

/** Imports the request's files; returns the article to show (the last one named). */
async function importRequest(h: Handlers, request: LaunchRequest): Promise<string | undefined> {
  const outcome = await importFiles(request.files, (payload) => callChannel(h, 'import.file', payload));
  for (const failure of outcome.failed) {
    showErrorInfo({ code: failure.error.code, detail: `${path.basename(failure.file)}${failure.error.detail ? `: ${failure.error.detail}` : ''}` });
  }
  return [...outcome.opened, ...request.articles].at(-1);
}

async function openRequest(request: LaunchRequest): Promise<void> {
  const win = mainWindow();
  if (!win || !handlers) {
    pending.files.push(...request.files);
    pending.articles.push(...request.articles);
    return;
  }
  const id = await importRequest(handlers, request);
  // The page follows its route: moving to #/article/<id> opens the article there.
  if (id && !win.isDestroyed()) await win.webContents.loadURL(articleUrl(id));
}

let runMainCommand: ((command: MainCommand) => Promise<void>) | undefined;

function bindMainCommands(services: Services, printer: ElectronPrinter): void {
  runMainCommand = createMainCommands({
    lang: () => lang,
    currentArticleId: () => {
      const win = mainWindow();
      return win ? articleIdInRoute(win.webContents.getURL()) : undefined;
    },
    flushPage: async () => {
      const win = mainWindow();
      if (win) await commands.request(win.webContents, 'flush', FLUSH_TIMEOUT_MS);
    },
    handlers: handlers ?? services.handlers,
    exportPdf: async (id) => (await services.exportArticle(id, { format: 'pdf' })) as Uint8Array,
    backup: (toPath) => services.library.backup(toPath),
    printOnPaper: (html) => printer.printOnPaper(html),
    showOpenDialog: (options) => {
      const win = mainWindow();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const win = mainWindow();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    showMessage: (kind, message) => {
      const win = mainWindow();
      const options = { type: kind, title: lang === 'ar' ? 'قلم' : 'Qalam', message };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
    openFiles: (files) => openRequest({ files, articles: [] }),
    writeFile: writeFileWhole,
    documentsDir: app.getPath('documents'),
    now: () => new Date(),
  });
}

function runCommand(command: MenuCommand | MainCommand): void {
  const win = mainWindow();
  if (!win) return;
  if (isMainCommand(command)) void runMainCommand?.(command);
  else commands.send(win.webContents, command);
}

function installMenu(): void {
  setupMenu(Menu, { lang, platform: process.platform, settings, page: pageOffers, run: runCommand });
}

/** Main follows the settings the page saves: menu language, theme, next start's locale. */
function withSettingsFollower(base: Handlers): Handlers {
  const follow = (next: Settings) => {
    const langChanged = next.uiLanguage !== lang;
    settings = next;
    lang = next.uiLanguage;
    nativeTheme.themeSource = next.theme;
    if (langChanged) rememberUiLanguage(LANG_FILE, lang);
    installMenu();
    return next;
  };
  return {
    ...base,
    'settings.set': async (patch) => follow(await base['settings.set'](patch)),
  };
}

let printSession: Electron.Session | undefined;
function createPrintSession(): Electron.Session {
  if (!printSession) {
    printSession = session.fromPartition('qalam-print');
    hardenPrintSession(printSession, printTempRoot());
  }
  return printSession;
}

async function createWindow(): Promise<BrowserWindow> {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const place = placeWindow(await loadWindowState(WINDOW_STATE), workAreas);
  const win = new BrowserWindow(
    secureWindowOptions(PRELOAD, {
      x: place.x,
      y: place.y,
      width: place.width,
      height: place.height,
      title: lang === 'ar' ? 'قلم' : 'Qalam',
      // Linux takes the window icon from here (Windows and macOS from the package).
      ...(process.platform === 'linux' ? { icon: ICON } : {}),
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    }),
  );
  windows.add(win);
  const contents = win.webContents;
  guardNavigation(contents, (url) => shell.openExternal(url));
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, lang, {
      openLink: (url) => openExternalSafely(url, (u) => shell.openExternal(u)),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  // A crashed page has nothing to flush; do not make the person wait for it.
  flushBeforeClose(win, async () => (contents.isCrashed() ? 'gone' : commands.request(contents, 'flush', FLUSH_TIMEOUT_MS)));
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    saveWindowState(WINDOW_STATE, { ...bounds, maximized: win.isMaximized() }).catch(() => undefined);
  });
  win.on('closed', () => {
    windows.delete(win);
    if (quitting) app.quit();
  });
  setupCrashRecovery(contents, {
    entryUrl: APP_ENTRY_URL,
    now: () => Date.now(),
    onGiveUp: (reason) => showErrorInfo({ code: 'internal', detail: `renderer: ${reason}` }),
  });
  const reveal = () => {
    if (win.isDestroyed() || win.isVisible()) return;
    if (place.maximized) win.maximize();
    win.show();
  };
  win.once('ready-to-show', reveal);
  // A page that fails to load never paints; show the window anyway rather than nothing.
  contents.once('did-fail-load', reveal);
  // A launch that named files or an article opens straight into it.
  const launch: LaunchRequest = { files: pending.files.splice(0), articles: pending.articles.splice(0) };
  const first = handlers ? await importRequest(handlers, launch) : undefined;
  await win.loadURL(first ? articleUrl(first) : APP_ENTRY_URL);
  return win;
}

/** A long migration pending (an update that re-indexes every article): run it in a
 * worker thread behind the "preparing your library" window (migration-splash.ts). */
function prepareLibraryFile(): Promise<PreparedLibrary | undefined> {
  return prepareLibrary({
    pending: () => pendingMigrations(DB_PATH),
    migrate: (onProgress) => migrateInWorker(DB_PATH, { workerFile: migrateWorkerPath(UNPACKED_DIR), onProgress }),
    isWorkerUnavailable: (e) => e instanceof MigrateWorkerUnavailable,
    openSplash: (pending) =>
      openMigrationSplash({
        createWindow: (options) => new BrowserWindow(options),
        lang,
        ...(pending.digits ? { digits: pending.digits } : {}),
        ...(pending.migrations[0] ? { firstMigration: pending.migrations[0] } : {}),
        dark: nativeTheme.shouldUseDarkColors,
        ...(process.platform === 'linux' ? { icon: ICON } : {}),
      }),
    warn: (message) => console.warn(message),
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  let services: Services;
  let splash: MigrationSplash | undefined;
  const printer = new ElectronPrinter({
    createWindow: () => {
      const options = printWindowOptions();
      return new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, session: createPrintSession() } });
    },
  });
  try {
    const prepared = await prepareLibraryFile();
    splash = prepared?.splash;
    services = await createServices({
      dbPath: DB_PATH,
      printer,
      ...spellingPaths(UNPACKED_DIR),
      // A restored backup from an older version migrates in the same worker, its progress
      // on the taskbar button as the first launch's is (the page shows the rest).
      migrateWorker: migrateWorkerPath(UNPACKED_DIR),
      onRestoreProgress: ({ migration }) => mainWindow()?.setProgressBar(migration ? overallFraction(migration) : -1),
      ...(prepared?.checked ? { quickCheck: false } : {}),
    });
  } catch (e) {
    splash?.close();
    dialog.showErrorBox(lang === 'ar' ? 'تعذّر فتح المكتبة' : 'The library could not be opened', describeError(toErrorInfo(e), lang));
    app.exit(1);
    return;
  }
  // Scheduled backups (settings.backupEveryHours), as the web host runs them.
  const stopBackups = startBackupSchedule(services.library, {
    onError: (e) => console.error(`qalam: scheduled backup failed: ${e instanceof Error ? e.message : String(e)}`),
  });
  closeServices = async () => {
    stopBackups();
    await printer.close();
    await services.close();
  };
  handlers = withFolderGate(withSettingsFollower(services.handlers), {
    chooseFolder: async () => {
      const win = mainWindow();
      const options = {
        title: lang === 'ar' ? 'اختر مجلد التصدير' : 'Choose the export folder',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const picked = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return picked.canceled ? undefined : picked.filePaths[0];
    },
  });
  bindMainCommands(services, printer);
  const current = await handlers['settings.get'](undefined);
  settings = current;
  if (current.uiLanguage !== lang) {
    lang = current.uiLanguage;
    rememberUiLanguage(LANG_FILE, lang);
  }
  nativeTheme.themeSource = current.theme;

  app.setAboutPanelOptions({
    applicationName: 'Qalam · قلم',
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © 2026 Qalam',
    iconPath: ICON,
  });
  hardenAppSession(session.defaultSession, { documentsDir: app.getPath('documents'), lang: () => lang });
  disableBuiltInSpellcheck(session.defaultSession, DICTIONARIES_DIR, process.platform);
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    splash?.close();
    dialog.showErrorBox('Qalam', `${describeError({ code: 'file_not_found' }, lang)}: ${RENDERER_DIR} (npm run build)`);
    app.exit(1);
    return;
  }
  serveRenderer(protocol, RENDERER_DIR, (hash) => {
    try {
      const asset = services.library.getAsset(hash);
      return { bytes: asset.bytes, mime: asset.mime };
    } catch {
      return null;
    }
  });
  registerIpcHandlers({
    ipcMain,
    handlers,
    isOurContents,
    onRefused: (channel, url) => console.warn(`qalam: refused ${channel} from ${url ?? 'a gone frame'}`),
  });
  // The editor's own right-click menu's Cut / Copy / Paste (the native one is prevented there).
  listenForEditCommands(ipcMain, {
    isOurContents,
    onRefused: (url) => console.warn(`qalam: refused an edit command from ${url ?? 'a gone frame'}`),
  });
  listenForMenuState(ipcMain, {
    isOurContents,
    current: () => pageOffers,
    onChange: (state) => {
      pageOffers = state;
      installMenu();
    },
  });
  installMenu();
  handOver(splash, await createWindow());
}

function focusAndOpen(argv: string[], cwd: string): void {
  const win = mainWindow();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }
  openRequest(parseLaunchArgs(argv, cwd)).catch(showError);
}

if (!app.requestSingleInstanceLock()) {
  // Another Qalam is running; it gets our argv through 'second-instance'.
  app.quit();
} else {
  // The first launch's own file or link is opened once the window is up.
  const own = parseLaunchArgs(process.argv, process.cwd());
  pending.files.push(...own.files);
  pending.articles.push(...own.articles);
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME);
  // Windows groups the taskbar button and finds the installed shortcut by this id.
  if (process.platform === 'win32') app.setAppUserModelId('com.qalam.app');

  app.on('second-instance', (_event, argv, cwd) => focusAndOpen(argv, cwd));
  // macOS delivers files and links as events, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequest({ files: [file], articles: [] }).catch(showError);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const id = parseArticleLink(url);
    if (id) openRequest({ files: [], articles: [id] }).catch(showError);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow() && handlers) createWindow().catch(showError);
  });
  let servicesClosed = false;
  app.on('will-quit', (event) => {
    if (servicesClosed || !closeServices) return;
    event.preventDefault();
    closeServices()
      .catch(() => undefined)
      .finally(() => {
        servicesClosed = true;
        app.quit();
      });
  });
  start().catch((e: unknown) => {
    dialog.showErrorBox('Qalam', describeError(toErrorInfo(e), lang));
    app.exit(1);
  });
}
