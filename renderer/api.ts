// The renderer's one door to the services. In Electron the preload puts a BridgeApi at
// window.qalam; in a browser (web host, e2e tests) the same shape is built over HTTP
// with this run's token. Either way callers get the typed Api and a failure is a
// thrown ApiError carrying the wire ErrorInfo and a message in the UI language.
import { CHANNELS, splitChannel, type Api, type BridgeApi, type Channel, type Result } from '../electron/common/contract';
import { describeError, type ErrorInfo, type Lang } from '../electron/common/errors';

declare global {
  interface Window {
    qalam?: BridgeApi;
  }
}

let messageLang: Lang = 'ar';
/** The shell calls this when the UI language changes, so new errors speak it. */
export function setMessageLanguage(lang: Lang): void {
  messageLang = lang;
}

export class ApiError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(describeError(info, messageLang));
    this.name = 'ApiError';
    this.info = info;
  }
  /** The message in a given language (the UI may switch after the error was made). */
  describe(lang: Lang): string {
    return describeError(this.info, lang);
  }
}

export function describeAny(e: unknown, lang: Lang): string {
  if (e instanceof ApiError) return e.describe(lang);
  return describeError({ code: 'internal', detail: e instanceof Error ? e.message : String(e) }, lang);
}

const TOKEN_KEY = 'qalam.token';

/** The web host hands the token in the page URL once; keep it for reloads of this tab
 * (sessionStorage), and take it out of the address bar so it is not copied around. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const UNREACHABLE: ErrorInfo = { code: 'io', detail: 'web host unreachable' };

async function post(token: string, channel: Channel, request: unknown, keepalive = false): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': token },
      body: request === undefined ? '' : JSON.stringify(request),
      keepalive,
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', detail: `HTTP ${response.status}` } };
  }
}

/** The BridgeApi shape over HTTP, built by one loop over the contract's channels. */
export function createHttpBridge(token: string): BridgeApi {
  const bridge: Record<string, Record<string, (request: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [group, method] = splitChannel(channel);
    (bridge[group] ??= {})[method] = (request) => post(token, channel, request);
  }
  return bridge as unknown as BridgeApi;
}

/** The typed Api over a Result-returning bridge: failures become thrown ApiErrors. */
export function apiFromBridge(bridge: BridgeApi): Api {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  const raw = bridge as unknown as Record<string, Record<string, (request: unknown) => Promise<Result<unknown>>>>;
  for (const channel of CHANNELS) {
    const [group, method] = splitChannel(channel);
    (api[group] ??= {})[method] = async (request) => {
      const call = raw[group]?.[method];
      if (!call) throw new ApiError({ code: 'internal', detail: `${channel} is not exposed` });
      const result = await call(request);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return api as unknown as Api;
}

/** True in the desktop app (the preload's bridge is there): main shows native dialogs. */
export const hasNativeDialogs = (): boolean => typeof window !== 'undefined' && window.qalam !== undefined;

export type Transport = 'electron' | 'http';

export interface Client {
  api: Api;
  transport: Transport;
  /** Where an <img> finds a stored image (the web host and the app:// protocol serve /assets/<hash>). */
  assetUrl(hash: string): string;
  /** Fire-and-forget save for page unload: survives the page going away (keepalive). */
  saveOnUnload(request: Parameters<Api['articles']['save']>[0]): void;
}

/** Chromium caps the bodies of in-flight keepalive requests at 64 KiB in total. */
const KEEPALIVE_LIMIT = 60 * 1024;

export function createClient(): Client {
  if (window.qalam) {
    const bridge = window.qalam;
    // IPC messages already sent are handled by the main process even as the page goes.
    return {
      api: apiFromBridge(bridge),
      transport: 'electron',
      assetUrl: (hash) => `/assets/${hash}`,
      saveOnUnload: (r) => void bridge.articles.save(r),
    };
  }
  const token = takeToken() ?? '';
  return {
    api: apiFromBridge(createHttpBridge(token)),
    transport: 'http',
    assetUrl: (hash) => `/assets/${hash}?t=${encodeURIComponent(token)}`,
    saveOnUnload(request) {
      const size = new TextEncoder().encode(JSON.stringify(request)).length;
      // Too big for keepalive: an ordinary request still completes when the page is only hidden.
      void post(token, 'articles.save', request, size < KEEPALIVE_LIMIT);
    },
  };
}
