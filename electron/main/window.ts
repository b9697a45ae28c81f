// One place for the secure defaults of every window (after VS Code's
// defaultBrowserWindowOptions) and one function that takes navigation, new windows and
// webviews away from the page (after Electron Fiddle's windows.ts).
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { openExternalSafely } from './external';

export const APP_SCHEME = 'app';
export const APP_HOST = 'qalam';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The page showing one article: the renderer's hash route (renderer/router.ts). Loading
 * it in a page already at APP_ENTRY_URL is a same-document navigation, not a reload. */
export function articleUrl(id: string): string {
  return `${APP_ENTRY_URL}#/article/${id}`;
}

/** The web preferences no window of ours is ever without. */
export function secureWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A dropped file must be imported by the page, never opened in place of the app.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Qalam checks spelling itself, Arabic included (main/spellcheck.ts says why).
    spellcheck: false,
  };
}

/** The editor window: secure preferences plus our preload, hidden until painted. */
export function secureWindowOptions(
  preload: string,
  extra: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {},
): BrowserWindowConstructorOptions {
  return {
    minWidth: 800,
    minHeight: 560,
    title: 'قلم',
    ...extra,
    show: false,
    webPreferences: { ...secureWebPreferences(), preload },
  };
}

/** The print window: never shown, no preload, and no script at all (DESIGN §7). */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...secureWebPreferences(), javascript: false },
  };
}

/** True for a URL of the app's own pages (app://qalam/…), after parsing. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

interface PreventableNavigation {
  url: string;
  preventDefault(): void;
}

/** The part of WebContents the guard touches (a fake in tests, the real one in main). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: PreventableNavigation) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The page may move between its own app:// URLs; any other navigation is stopped, and
 * an allowed link (http, https, mailto) goes to the system browser instead. New windows
 * are always denied, webviews never attach.
 */
export function guardNavigation(contents: GuardedContents, openExternal: (url: string) => Promise<void>): void {
  const stopUnlessApp = (event: PreventableNavigation) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalSafely(event.url, openExternal);
  };
  contents.on('will-navigate', stopUnlessApp);
  contents.on('will-frame-navigate', stopUnlessApp);
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
}

/** The part of Session the permission policy touches. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** An editor needs no camera, microphone, location, notifications, MIDI or HID: every
 * request and every check is answered no. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
