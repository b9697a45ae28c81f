#!/usr/bin/env node
// `qalam` entry: runs the TypeScript CLI under Node ≥ 22 (better-sqlite3 13 needs it).
// npm scripts and npx already put node_modules/.bin/node (Node 22) first on PATH; when
// started by an older system Node directly, re-run under the project's own Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const major = Number(process.versions.node.split('.')[0]);

if (major < 22) {
  const bundled = join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bundled)) {
    process.stderr.write('قلم: يلزم Node 22 أو أحدث؛ شغّل npm ci أولًا\nqalam: Node 22 or newer is needed; run npm ci first\n');
    process.exit(1);
  }
  const r = spawnSync(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
const { main } = await import('./index.ts');
process.exitCode = await main(process.argv.slice(2));
