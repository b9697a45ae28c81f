// The UI comes from app://qalam/…, not file://: a file: page would share its origin
// with every file on the disk. The handler serves only files under the built renderer
// (the same traversal rules as the web host's static files) with the same strict CSP.
import type { CustomScheme } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIME, resolveStatic } from '../host/static';
import { APP_HOST, APP_SCHEME } from './window';

/** The same policy as renderer/index.html's meta and the web host's header. */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};


/** Registered before the app is ready: standard (relative URLs, origin), secure (a
 * secure context like https), fetch allowed; no CORS bypass, no service workers. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/** A figure's image by content hash (the library's asset store); null when unknown. */
export type AssetLookup = (hash: string) => { bytes: Uint8Array; mime: string } | null;

const ASSET_PATH = /^\/assets\/([0-9a-f]{64})$/;

/** The request handler for protocol.handle('app', …), serving files under `root` and,
 * at /assets/<sha256>, figures' images from the library (what the editor's assetUrl names). */
export function createAppRequestHandler(root: string, assets?: AssetLookup): (request: Request) => Promise<Response> {
  const absoluteRoot = path.resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    const asset = ASSET_PATH.exec(url.pathname);
    if (asset && assets) {
      const found = assets(asset[1]!);
      if (!found) return refuse(404);
      return new Response(request.method === 'HEAD' ? null : Buffer.from(found.bytes), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': found.mime, 'Cache-Control': 'private, max-age=31536000, immutable' },
      });
    }
    // url.pathname keeps %2e%2e and %2f encoded; resolveStatic decodes once and then
    // checks the real path (after symlinks) is still under the root.
    const file = await resolveStatic(absoluteRoot, url.pathname).catch(() => undefined);
    if (!file) return refuse(404);
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** The part of Electron's protocol module used here. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export function serveRenderer(protocol: ProtocolLike, rendererDir: string, assets?: AssetLookup): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, assets));
}
