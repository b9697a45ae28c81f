// Benchmark (not a test): restoring a backup an older Qalam made, of sample-sized articles
// that both article-wide migrations rework. The baseline is the restore as it was before
// (safety copy, backup written into the live file, then the migration on the caller's
// thread), measured in the same run; against it, the restore as it is now (the backup
// checked, copied, migrated and written in by the migrate worker, bundled as the app
// runs it). For each: the whole time, and the longest the calling thread could not
// answer anything (an app's main thread, or the web host's request loop). On a shared
// machine a few tens of milliseconds of that are the OS giving the core to someone else.
//
//   tsx tests/bench/restore.ts                                  20,000 articles
//   QALAM_BENCH_ARTICLES=3000 tsx tests/bench/restore.ts        a quick run
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { electronBuildOptions } from '../../build/build-electron';
import { openLibrary, type Library } from '../../electron/services/store/index';
import { backupTo } from '../../electron/services/store/backup';
import { migrate } from '../../electron/services/store/database';
import { sampleArticle } from '../unit/store/helpers';
import { writeOldLibrary } from '../unit/store/old-library';

const ARTICLES = Number(process.env.QALAM_BENCH_ARTICLES ?? 20_000);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The restore before this change: everything on the caller's thread after the copy. */
async function restoreAsBefore(lib: Library, backup: string): Promise<void> {
  await backupTo(lib.db, lib.path, `${lib.path}.before-restore-bench.db`, new Date());
  const from = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await from.backup(lib.path, { progress: () => 0x7fffffff });
  } finally {
    from.close();
  }
  migrate(lib.db);
}

/** A timer every millisecond: the longest gap between its ticks (or from the last tick to
 * `stop`) is the longest the thread could do nothing else. */
function watchStalls(): { stop(): number } {
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    const at = performance.now();
    stall = Math.max(stall, at - last);
    last = at;
  }, 1);
  return {
    stop() {
      clearInterval(tick);
      return Math.max(stall, performance.now() - last);
    },
  };
}

/** The same timer with nothing to do: what the machine alone costs the thread. */
async function idleStall(ms: number): Promise<number> {
  const watch = watchStalls();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return watch.stop();
}

async function measure(name: string, restore: (lib: Library, backup: string) => Promise<unknown>, dir: string, backup: string, migrateWorker?: string) {
  const file = path.join(dir, name, 'qalam.db');
  const lib = openLibrary(file, migrateWorker ? { migrateWorker } : {});
  lib.create({ meta: { headline: 'مقال اليوم' } });
  const started = performance.now();
  const watch = watchStalls();
  await restore(lib, backup);
  const stall = watch.stop();
  const ended = performance.now();
  const ms = ended - started;
  const articles = (lib.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  lib.close();
  if (articles !== ARTICLES) throw new Error(`${name}: ${articles} articles after the restore, not ${ARTICLES}`);
  return { ms, stallMs: stall };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qalam-bench-restore-'));
try {
  const backup = path.join(dir, 'old-backup.db');
  const { headline, body } = sampleArticle();
  const t = performance.now();
  writeOldLibrary(backup, ARTICLES, undefined, { meta: { headline }, body });
  console.log(`old backup: ${ARTICLES.toLocaleString('en')} sample-sized articles, ${(fs.statSync(backup).size / 1e6).toFixed(0)} MB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const before = await measure('before', restoreAsBefore, dir, backup);
  // The worker as the app ships it: bundled, inside the project so better-sqlite3 resolves.
  fs.mkdirSync(path.join(ROOT, 'build', 'out'), { recursive: true });
  const bundleDir = fs.mkdtempSync(path.join(ROOT, 'build', 'out', '.bench-restore-'));
  let now;
  try {
    const { migrateWorker } = await electronBuildOptions({ outDir: bundleDir, quiet: true });
    await build({ ...migrateWorker, sourcemap: false });
    const workerFile = path.join(bundleDir, 'migrate-worker.cjs');
    now = await measure('worker', (lib, file) => lib.restoreFromBackup(file), dir, backup, workerFile);
  } finally {
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
  const row = (label: string, r: { ms: number; stallMs: number }) =>
    console.log(`${label.padEnd(34)} ${(r.ms / 1000).toFixed(1).padStart(6)} s   longest stall ${r.stallMs.toFixed(0).padStart(6)} ms`);
  row('baseline: migrate on this thread', before);
  row('restore through the worker', now);
  console.log(`${'the thread idle for 5 s'.padEnd(34)} ${''.padStart(8)}   longest stall ${(await idleStall(5000)).toFixed(0).padStart(6)} ms (machine noise)`);
  console.log(`ratio (worker / baseline): time ${(now.ms / before.ms).toFixed(2)}×, longest stall ${(now.stallMs / before.stallMs).toFixed(3)}×`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
