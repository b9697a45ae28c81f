// After an update that re-indexes every article, the first start spends a minute or
// two migrating the library. That runs in a worker thread (services/store/
// migrate-worker.ts), and meanwhile this small window says so at once, in the UI
// language, with a bar and the taskbar's progress; the editor window replaces it when
// the library is ready. What is said, and when, is decided in common/migration-progress.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { DigitStyle } from '../common/arabic/digits';
import type { Lang } from '../common/errors';
import {
  needsSplash,
  overallFraction,
  SPLASH_TEXT,
  splashLine,
  type MigrationProgress,
  type PendingMigrations,
} from '../common/migration-progress';
import { unpackedWorker } from '../services/worker-file';
import { secureWebPreferences } from './window';

/** The few BrowserWindow members the splash uses (a fake in tests). */
export interface SplashWindow {
  loadURL(url: string): Promise<void>;
  show(): void;
  close(): void;
  isDestroyed(): boolean;
  setProgressBar(progress: number): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  webContents: { executeJavaScript(code: string): Promise<unknown> };
}

/** The bundled worker, unpacked from app.asar beside the spelling worker
 * (build/electron-builder.yml): a worker thread is given a plain file path. */
export function migrateWorkerPath(unpackedAppDir: string): string {
  return unpackedWorker(unpackedAppDir, 'migrate-worker.cjs');
}

export function splashWindowOptions(lang: Lang, dark: boolean, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 460,
    height: 190,
    useContentSize: true,
    resizable: false,
    maximizable: false,
    fullscreenable: false,
    center: true,
    show: false,
    title: SPLASH_TEXT[lang].title,
    backgroundColor: dark ? '#1e1e1e' : '#ffffff',
    ...(icon ? { icon } : {}),
    // Static text and a bar; main writes into it with executeJavaScript (no preload, no IPC).
    webPreferences: { ...secureWebPreferences() },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page, as a data: URL: nothing to load from disk or the app:// protocol (not
 * registered until the library is open), and no script of its own. */
export function splashPage(lang: Lang, dark: boolean, firstLine: string): string {
  const text = SPLASH_TEXT[lang];
  const [fg, muted, track, bar] = dark ? ['#eeeeee', '#aaaaaa', '#3a3a3a', '#6aa5e8'] : ['#1f1f1f', '#5f5f5f', '#e4e4e4', '#1f6fc5'];
  const html = `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(text.title)}</title>
<style>
  html, body { margin: 0; height: 100%; background: ${dark ? '#1e1e1e' : '#ffffff'}; color: ${fg}; cursor: default; user-select: none; }
  body { display: flex; flex-direction: column; justify-content: center; gap: 14px; padding: 0 32px;
         font: 16px/1.6 "Noto Naskh Arabic", "Segoe UI", "Geeza Pro", system-ui, sans-serif; }
  #line { margin: 0; font-size: 17px; }
  #bar { width: 100%; height: 6px; border: 0; border-radius: 3px; background: ${track}; appearance: none; }
  #bar::-webkit-progress-bar { background: ${track}; border-radius: 3px; }
  #bar::-webkit-progress-value { background: ${bar}; border-radius: 3px; transition: width .3s ease-out; }
  #note { margin: 0; font-size: 13px; color: ${muted}; }
</style></head>
<body><p id="line" role="status">${escapeHtml(firstLine)}</p>
<progress id="bar" max="1" value="0"></progress>
<p id="note">${escapeHtml(text.reassurance)}</p></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** The script that moves the page to a report: values as JSON literals, never markup. */
export function splashUpdateScript(line: string, fraction: number): string {
  return `document.getElementById('line').textContent = ${JSON.stringify(line)};` + `document.getElementById('bar').value = ${JSON.stringify(fraction)};`;
}

export interface MigrationSplash {
  update(progress: MigrationProgress): void;
  /** Take the window away (the editor window is up, or the migration failed). */
  close(): void;
}

export interface SplashOptions {
  createWindow(options: BrowserWindowConstructorOptions): SplashWindow;
  lang: Lang;
  digits?: DigitStyle;
  dark: boolean;
  icon?: string;
  /** The first migration to run: its sentence is shown before its first report. */
  firstMigration?: string;
}

export function openMigrationSplash(options: SplashOptions): MigrationSplash {
  const { lang, digits, dark } = options;
  const win = options.createWindow(splashWindowOptions(lang, dark, options.icon));
  const first: MigrationProgress = { name: options.firstMigration ?? '', version: 0, step: 1, steps: 1, start: 0, span: 1, done: 0, total: 0 };
  let lastLine = splashLine(first, lang, digits);
  win.once('ready-to-show', () => !win.isDestroyed() && win.show());
  // A page that never paints must not leave a person with no window at all.
  void win.loadURL(splashPage(lang, dark, lastLine)).catch(() => !win.isDestroyed() && win.show());
  win.setProgressBar(0);
  return {
    update(progress) {
      if (win.isDestroyed()) return;
      // The line carries the whole percent: while it reads the same, neither the bar nor
      // the taskbar would visibly move (a 100,000-article library reports 400 batches).
      const line = splashLine(progress, lang, digits);
      if (line === lastLine) return;
      lastLine = line;
      const fraction = overallFraction(progress);
      win.setProgressBar(fraction);
      // A page still loading drops the update; the next one (a batch later) lands.
      win.webContents.executeJavaScript(splashUpdateScript(line, fraction)).catch(() => undefined);
    },
    close() {
      if (win.isDestroyed()) return;
      win.setProgressBar(-1);
      win.close();
    },
  };
}

export interface PrepareLibraryDeps {
  /** What opening the library would migrate (services/store/pending.ts). */
  pending(): PendingMigrations | undefined;
  /** Migrate in the worker thread (services/store/migrate-in-worker.ts). */
  migrate(onProgress: (progress: MigrationProgress) => void): Promise<void>;
  /** True for the error that means the worker could not run at all. */
  isWorkerUnavailable(error: unknown): boolean;
  openSplash(pending: PendingMigrations): MigrationSplash;
  warn(message: string): void;
}

export interface PreparedLibrary {
  /** Up until the editor window shows (handOver). */
  splash: MigrationSplash;
  /** The worker opened the file as the app does, quick_check included, and migrated
   * it: the app's own open need not check again (4 s at 100,000 articles, with the
   * splash standing still at 100%). False when the worker could not run. */
  checked: boolean;
}

/**
 * Before the services open the library: when a long migration is pending, show the
 * splash and migrate off the main thread. Returns undefined when nothing long was
 * pending. A failed migration closes the splash and throws (the caller's error dialog
 * says it); a worker that cannot run leaves the migration to the ordinary open, with
 * the splash up.
 */
export async function prepareLibrary(deps: PrepareLibraryDeps): Promise<PreparedLibrary | undefined> {
  const pending = deps.pending();
  if (!needsSplash(pending)) return undefined;
  const splash = deps.openSplash(pending!);
  try {
    await deps.migrate((progress) => splash.update(progress));
    return { splash, checked: true };
  } catch (e) {
    if (!deps.isWorkerUnavailable(e)) {
      splash.close();
      throw e;
    }
    deps.warn(`qalam: migrating in place, the worker could not run: ${e instanceof Error ? e.message : String(e)}`);
    return { splash, checked: false };
  }
}

/** Hand over to the editor window: the splash goes once that window is on screen. */
export function handOver(splash: MigrationSplash | undefined, editor: { isVisible(): boolean; once(event: 'show' | 'closed', listener: () => void): unknown }): void {
  if (!splash) return;
  if (editor.isVisible()) return splash.close();
  editor.once('show', () => splash.close());
  editor.once('closed', () => splash.close());
}
