// Where a worker thread's script is. A worker is given a plain file path: under tsx it
// is the .ts source beside the module that starts it; bundled (build/build-electron.ts)
// it is a .cjs file beside the bundle, and in the packaged app the copy electron-builder
// unpacks from app.asar (asarUnpack), since a thread cannot start from inside the archive.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker beside `moduleUrl` (pass import.meta.url): `source` when running from
 * the sources, `bundle` when running bundled. */
export function workerBeside(moduleUrl: string, source: string, bundle: string): string {
  const here = fileURLToPath(moduleUrl);
  return path.join(path.dirname(here), here.endsWith('.ts') ? source : bundle);
}

/** A bundled worker in the packaged app's unpacked folder (app.asar.unpacked). */
export function unpackedWorker(unpackedAppDir: string, bundle: string): string {
  return path.join(unpackedAppDir, 'build', 'out', 'electron', bundle);
}
