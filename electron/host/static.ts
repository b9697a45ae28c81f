// Static files of the built renderer. Only files under the root, only known types;
// anything else is a 404 that says nothing about the file system.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

/** The types we serve; the web host and the app:// protocol share this list. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `urlPath` names, or undefined when it is not one we serve. */
export async function resolveStatic(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return undefined;
  }
  // After symlinks are resolved the file must still sit under the root.
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return undefined;
  if (path.basename(real).startsWith('.')) return undefined;
  if (!(path.extname(real) in MIME)) return undefined;
  const s = await stat(real);
  return s.isFile() ? real : undefined;
}

export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  const ext = path.extname(file);
  res.writeHead(200, {
    ...headers,
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    // index.html carries nothing secret but must never be stale after a rebuild.
    'Cache-Control': ext === '.html' ? 'no-store' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
