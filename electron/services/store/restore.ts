// Restoring a backup into the open library. A backup an older Qalam made needs the
// migrations this version added (re-indexing and recounting every article: a minute on
// a big library), so it is first copied beside the library and brought up to date there,
// in a worker thread when one can run, so the app's main thread keeps painting and
// answering the page. Only then is the current library kept aside (the safety copy) and
// the prepared copy written into the live file in one step. Until that step the library
// is untouched: a migration that fails, or a process killed halfway, leaves it exactly as
// it was, and the next restore clears the half-made copy.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../common/contract';
import { QalamError } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';
import { backupTo, stamp } from './backup';
import { inspectLibraryFile, openDatabase } from './database';
import { migrateInWorker, MigrateWorkerUnavailable } from './migrate-in-worker';
import { LATEST_VERSION } from './migrations/index';

export interface RestoreOptions {
  /** Told how the backup's migration goes, batch by batch (none for a current backup). */
  onProgress?: (progress: MigrationProgress) => void;
  /** The migrate worker script (a packaged app's unpacked copy); the default sits beside
   * migrate-in-worker.ts. A worker that cannot run falls back to this thread. */
  migrateWorker?: string;
}

/** Where a backup is prepared: beside the library, so on the same local disk. */
export function stagingPath(livePath: string): string {
  return path.join(path.dirname(livePath), `${path.basename(livePath)}.restoring.db`);
}

/** The prepared copy and the journal files SQLite may have left beside it. */
function removeStaging(staging: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${staging}${suffix}`, { force: true });
}

/** A whole, consistent copy of `from` at `to` (SQLite's backup API: a backup left in
 * WAL mode with its -wal file beside it is copied as it reads, not as its bytes lie). */
async function copyLibraryFile(from: string, to: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

/** Bring the staged copy to this version; the worker's failure is the restore's. */
async function migrateStaging(staging: string, options: RestoreOptions): Promise<void> {
  const onProgress = options.onProgress;
  try {
    await migrateInWorker(staging, { ...(options.migrateWorker ? { workerFile: options.migrateWorker } : {}), ...(onProgress ? { onProgress } : {}) });
  } catch (e) {
    if (!(e instanceof MigrateWorkerUnavailable)) throw e;
    // No thread to run it in (a script missing from a broken install): here, then, as a
    // first open without the worker does; slower to answer, but the restore completes.
    openDatabase(staging, onProgress ? { onMigrationProgress: onProgress } : {}).close();
  }
}

/**
 * Replace the open library's contents with a backup's. The backup must be a healthy
 * Qalam library no newer than this code; an older one is migrated on a copy first. The
 * current state is copied next to the library file just before it is replaced, so a
 * wrong restore can itself be undone. The copy in is SQLite's backup API writing into the
 * live file, which holds the write lock for the whole copy and so is atomic for every
 * reader and survives a kill (the live file's journal rolls it back).
 */
export async function restoreInto(
  db: Database.Database,
  livePath: string,
  backupPath: string,
  now: Date,
  options: RestoreOptions = {},
): Promise<{ safetyCopy: BackupInfo }> {
  const source = path.resolve(backupPath);
  if (source === path.resolve(livePath)) throw new QalamError('invalid', 'path: that is the library itself');
  const { version } = inspectLibraryFile(source);
  const staging = stagingPath(livePath);
  removeStaging(staging); // what a restore killed halfway left
  try {
    let prepared = source;
    if (version < LATEST_VERSION) {
      await copyLibraryFile(source, staging);
      try {
        await migrateStaging(staging, options);
      } catch (e) {
        // Said as what it is: the backup could not be brought up to date, the library is as it was.
        if (e instanceof QalamError && e.code === 'migration_failed') {
          throw new QalamError('restore_migration_failed', e.detail, { cause: e });
        }
        throw e;
      }
      prepared = staging;
    }
    const safetyPath = path.join(path.dirname(livePath), `${path.basename(livePath)}.before-restore-${stamp(now)}.db`);
    const safetyCopy = await backupTo(db, livePath, safetyPath, now);
    const from = new Database(prepared, { readonly: true, fileMustExist: true });
    try {
      // All pages in one step: the live file is locked once, not between steps.
      await from.backup(livePath, { progress: () => 0x7fffffff });
    } finally {
      from.close();
    }
    return { safetyCopy };
  } finally {
    removeStaging(staging);
  }
}
