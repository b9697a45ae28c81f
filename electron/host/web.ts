// The web host: the built renderer and the contract over HTTP, for UI work and
// end-to-end tests in any Chromium (DESIGN §1). Loopback only; every API call must
// name our Host and carry this run's token, so neither another site in the browser
// (DNS rebinding, CSRF) nor another user's page can reach the library.
//   npm run web -- [--db PATH] [--port N]
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers, Result } from '../common/contract';
import { ERROR_MESSAGES, type ErrorCode, type Lang } from '../common/errors';
import { progressPrinter } from '../common/migration-progress';
import { defaultDbPath } from '../services/paths';
import { dispatch, isChannel } from './api';
import { resolveStatic, sendFile } from './static';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RENDERER_DIR = path.resolve(HERE, '../../build/out/renderer');
export const DEFAULT_PORT = 5178;
export const TOKEN_HEADER = 'x-qalam-token';

/** Most calls are an article's JSON; asset and import uploads are base64 files. */
const MAX_BODY = 32 * 1024 * 1024;
const MAX_UPLOAD_BODY = 160 * 1024 * 1024;
const UPLOAD_CHANNELS = new Set(['assets.put', 'import.file']);

/** The same policy as renderer/index.html's meta, plus what only a header can say. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface WebHostOptions {
  /** SQLite file for createServices; ignored when `handlers` is given. */
  dbPath?: string;
  /** 0 picks a free port. */
  port?: number;
  quiet?: boolean;
  rendererDir?: string;
  /** Serve these instead of opening a database (unit tests). */
  handlers?: Handlers;
  /** Wrap the real handlers (e2e tests inject failures this way). */
  wrapHandlers?: (handlers: Handlers) => Handlers;
  /** Where the lines about a long migration go (stderr by default, none when quiet),
   * and in which language (English by default, as the host's other output). */
  progress?: (line: string) => void;
  lang?: Lang;
}

export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(ERROR_MESSAGES[code].en);
  }
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Past the limit the rest is read and dropped rather than the socket cut, so the
    // client gets a 413 it can show instead of a connection reset.
    const tooLarge = () => {
      chunks.length = 0;
      req.removeAllListeners('data');
      req.resume();
      reject(new HttpError(413, 'bad_request'));
    };
    const chunks: Buffer[] = [];
    if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** HTTP status for an error a handler returned; the body says the rest. */
function statusFor(code: ErrorCode): number {
  if (code === 'invalid' || code === 'bad_request') return 400;
  if (code === 'not_found' || code === 'revision_not_found' || code === 'asset_not_found') return 404;
  if (code === 'internal') return 500;
  return 422;
}

async function openHandlers(options: WebHostOptions): Promise<{ handlers: Handlers; close(): Promise<void> }> {
  if (options.handlers) return { handlers: options.handlers, close: async () => {} };
  if (!options.dbPath) throw new Error('startWebHost needs dbPath or handlers');
  const { createServices } = await import('../services/index');
  const { startBackupSchedule } = await import('../services/backups');
  // Opening a big library after an update migrates it for a minute or two: say so. The
  // migration holds the thread, so the line is written to fd 2 at once (process.stderr
  // may buffer it until the end, on Windows pipes).
  const print = options.progress ?? (options.quiet ? undefined : (line: string) => writeSync(2, `${line}\n`));
  const services = await createServices({
    dbPath: options.dbPath,
    ...(print ? { onMigrationProgress: progressPrinter(options.lang ?? 'en', print) } : {}),
  });
  // Scheduled backups (settings.backupEveryHours): here the web host is the app's process.
  const stopBackups = startBackupSchedule(services.library, {
    onError: (e) => console.error(`Qalam: scheduled backup failed: ${e instanceof Error ? e.message : String(e)}`),
  });
  return {
    handlers: services.handlers,
    async close() {
      stopBackups();
      await services.close();
    },
  };
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const services = await openHandlers(options);
  const handlers = options.wrapHandlers ? options.wrapHandlers(services.handlers) : services.handlers;
  const token = randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw new HttpError(401, 'unauthorized');
    // A browser names the page that sent a request; only our own page may call.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) throw new HttpError(403, 'unauthorized');
    if (req.method !== 'POST') throw new HttpError(405, 'bad_request');
    if (!isChannel(channel)) throw new HttpError(404, 'bad_request');
    const text = await readBody(req, UPLOAD_CHANNELS.has(channel) ? MAX_UPLOAD_BODY : MAX_BODY);
    let payload: unknown;
    try {
      payload = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'bad_request', detail: 'body is not JSON' } });
    }
    const result = await dispatch(handlers, channel, payload);
    sendJson(res, result.ok ? 200 : statusFor(result.error.code), result);
  }

  /** Images in the body: an <img> cannot send a header, so the token rides in the query
   * (same origin only, and Referrer-Policy keeps it from leaving). */
  async function handleAsset(res: ServerResponse, hash: string, given: string | null): Promise<void> {
    if (!sameToken(given ?? undefined, token)) throw new HttpError(401, 'unauthorized');
    const result = await dispatch(handlers, 'assets.get', { hash });
    if (!result.ok) throw new HttpError(statusFor(result.error.code), result.error.code);
    const { data, mime } = result.value as { data: string; mime: string };
    const bytes = Buffer.from(data, 'base64');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mime,
      'Content-Length': bytes.length,
      // Content-addressed: the bytes behind a hash never change.
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
    res.end(bytes);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    // DNS rebinding: a hostile name that resolves to 127.0.0.1 still says its own name.
    if (!allowedHosts.has(req.headers.host ?? '')) throw new HttpError(403, 'unauthorized');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    const asset = /^\/assets\/([0-9a-f]{64})$/.exec(url.pathname);
    if (asset) return handleAsset(res, asset[1]!, url.searchParams.get('t'));
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'bad_request');
    const file = await resolveStatic(rendererDir, url.pathname);
    if (!file) throw new HttpError(404, 'bad_request');
    sendFile(res, file, SECURITY_HEADERS);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      const status = e instanceof HttpError ? e.status : 500;
      const code: ErrorCode = e instanceof HttpError ? e.code : 'internal';
      sendJson(res, status, { ok: false, error: { code } });
    });
  });
  server.requestTimeout = 120_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => resolve());
    });
  } catch (e) {
    // Port taken: let go of the library before saying so.
    await services.close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  if (!options.quiet) console.log(`Qalam: ${url}`);

  return {
    url,
    token,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}

function parseArgs(argv: string[]): { dbPath: string; port: number } {
  // The same library the app and the CLI open, unless told otherwise.
  let dbPath = defaultDbPath();
  let port = DEFAULT_PORT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--db' || arg === '--port') && value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--db') dbPath = path.resolve(argv[++i]!);
    else if (arg === '--port') {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0…65535');
    } else throw new Error(`unknown option ${arg} (usage: npm run web -- [--db PATH] [--port N])`);
  }
  return { dbPath, port };
}

async function main(): Promise<void> {
  const { dbPath, port } = parseArgs(process.argv.slice(2));
  // Works right after `npm ci`: build what the page needs (skipped when current).
  const { buildRenderer } = await import('../../build/build');
  await buildRenderer({ quiet: true });
  await mkdir(path.dirname(dbPath), { recursive: true });
  const host = await startWebHost({ dbPath, port, lang: process.env.QALAM_LANG === 'ar' ? 'ar' : 'en' });
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
