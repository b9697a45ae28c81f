// The contract bound to ipcMain by one generic loop (after Electron Fiddle's ipc.ts):
// a message whose sender is not the main frame of one of our windows, showing our own
// app:// page, is refused; every payload is parsed by its channel's schema before a
// handler sees it; every failure comes back as data. The web host runs the same
// `dispatch`, so the two hosts cannot validate differently.
import { CHANNELS, type Channel, type Handlers, type RequestOf, type ResponseOf, type Result } from '../common/contract';
import { dispatch } from '../host/api';
import { isAppUrl } from './window';

/** What an IPC event tells us about who sent it (a subset of IpcMainInvokeEvent). */
export interface IpcSenderEvent {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True when the message comes from the top frame of a window we opened, and that frame
 * shows our own app:// page (not a page it was somehow navigated to).
 */
export function isTrustedSender(event: IpcSenderEvent, isOurContents: (contents: unknown) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed mid-call
  if (!isOurContents(event.sender)) return false;
  if (frame.parent !== null) return false; // a subframe, which our pages never have
  return isAppUrl(frame.url);
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcDeps {
  ipcMain: IpcMainLike;
  handlers: Handlers;
  isOurContents(contents: unknown): boolean;
  /** Told about refused senders (never about payloads: they may hold article text). */
  onRefused?(channel: Channel, url: string | undefined): void;
}

const UNAUTHORIZED: Result<never> = { ok: false, error: { code: 'unauthorized' } };

/** Main's own calls into the services (an imported file, a backup), validated exactly
 * like the page's: the payload is parsed by the channel's schema first. */
export function callChannel<C extends Channel>(handlers: Handlers, channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  // dispatch returns what handlers[channel] returned, which Handlers types as ResponseOf<C>.
  return dispatch(handlers, channel, payload) as Promise<Result<ResponseOf<C>>>;
}

/** The function each channel is bound to; exported for tests and for main's own calls. */
export function createChannelListener(channel: Channel, deps: Omit<IpcDeps, 'ipcMain'>) {
  return async (event: IpcSenderEvent, payload?: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, deps.isOurContents)) {
      deps.onRefused?.(channel, event.senderFrame?.url);
      return UNAUTHORIZED;
    }
    return dispatch(deps.handlers, channel, payload);
  };
}

/** Binds every channel of the contract; returns a function that unbinds them. */
export function registerIpcHandlers(deps: IpcDeps): () => void {
  for (const channel of CHANNELS) {
    const listener = createChannelListener(channel, deps);
    deps.ipcMain.handle(channel, (event, payload) => listener(event, payload));
  }
  return () => {
    for (const channel of CHANNELS) deps.ipcMain.removeHandler(channel);
  };
}
