// Never lose a word on the way out or in a crash: a closing window first asks the page
// to flush its autosave (bounded wait), and a renderer that dies is reloaded at the
// route it was showing, so the open article comes back from the library.
import type { AckOutcome } from './commands';
import { isAppUrl } from './window';

/** How long a close waits for the page's flush; a hung page must not keep the app open. */
export const FLUSH_TIMEOUT_MS = 5000;

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/**
 * The first close is held back until `flush` settles, then the window closes for real.
 * Covers closing the window, quitting (which closes every window) and logging out.
 */
export function flushBeforeClose(win: ClosableWindow, flush: () => Promise<AckOutcome>, onFlushed?: (outcome: AckOutcome) => void): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  win.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    flush()
      .catch((): AckOutcome => 'gone')
      .then((outcome) => {
        state = 'flushed';
        onFlushed?.(outcome);
        if (!win.isDestroyed()) win.close();
      });
  });
}

export interface RecoverableContents {
  on(event: 'did-navigate' | 'did-navigate-in-page', listener: (event: unknown, url: string) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
}

export interface RecoveryDeps {
  entryUrl: string;
  now(): number;
  /** Told when the renderer keeps dying and we stop reloading it. */
  onGiveUp(reason: string): void;
  /** Reloads allowed within `windowMs` before giving up. */
  maxReloads?: number;
  windowMs?: number;
}

/** Reloads a crashed page at its last app:// URL (route and article included). */
export function setupCrashRecovery(contents: RecoverableContents, deps: RecoveryDeps): { lastUrl(): string } {
  let lastUrl = deps.entryUrl;
  const reloads: number[] = [];
  const remember = (_event: unknown, url: string) => {
    if (isAppUrl(url)) lastUrl = url;
  };
  contents.on('did-navigate', remember);
  contents.on('did-navigate-in-page', remember);
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    const now = deps.now();
    const windowMs = deps.windowMs ?? 60_000;
    while (reloads.length > 0 && (reloads[0] ?? 0) < now - windowMs) reloads.shift();
    if (reloads.length >= (deps.maxReloads ?? 3)) {
      deps.onGiveUp(details.reason);
      return;
    }
    reloads.push(now);
    contents.loadURL(lastUrl).catch(() => deps.onGiveUp('reload failed'));
  });
  return { lastUrl: () => lastUrl };
}
