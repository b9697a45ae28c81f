// Restoring a backup into the open library. A backup an older Qalam made needs the
// migrations this version added (re-indexing and recounting every article: a minute on
// a big library), so it is first copied beside the library and brought up to date there.
// Only then is the current library kept aside (the safety copy) and the prepared copy
// written into the live file in one step. Until that step the library is untouched: a
// migration that fails, or a process killed halfway, leaves it exactly as it was, and the
// next restore clears the half-made copy. The long parts (checking the backup, copying,
// migrating it, writing it in and checking the result) run in the migrate worker when it
// can run, so the app's main thread keeps painting and answering the page; the safety
// copy, taken through the library's own connection, goes page by page between its work.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../common/contract';
import { QalamError } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';
import { backupTo, stamp, writeLibraryInto } from './backup';
import { inspectLibraryFile, openDatabase } from './database';
import { inspectInWorker, migrateInWorker, MigrateWorkerUnavailable, writeInWorker } from './migrate-in-worker';
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

/** `inWorker`, or, with no thread to run it in (a script missing from a broken install),
 * `here`: slower to answer meanwhile, as a first open without the worker is, but the
 * restore completes. A failure the job itself reports is the restore's. */
async function offThread<T>(inWorker: () => Promise<T>, here: () => T | Promise<T>): Promise<T> {
  try {
    return await inWorker();
  } catch (e) {
    if (!(e instanceof MigrateWorkerUnavailable)) throw e;
    return here();
  }
}

/**
 * Replace the open library's contents with a backup's. The backup must be a healthy
 * Qalam library no newer than this code; an older one is migrated on a copy first. The
 * current state is copied next to the library file just before it is replaced, so a
 * wrong restore can itself be undone. The copy in is atomic and checked afterwards
 * (backup.ts writeLibraryInto).
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
  const worker = options.migrateWorker ? { workerFile: options.migrateWorker } : {};
  const onProgress = options.onProgress;
  const version = await offThread(
    () => inspectInWorker(source, worker),
    () => inspectLibraryFile(source).version,
  );
  const staging = stagingPath(livePath);
  removeStaging(staging); // what a restore killed halfway left
  try {
    let prepared = source;
    if (version < LATEST_VERSION) {
      // SQLite's backup API, not a file copy: a backup left in WAL mode with its -wal file
      // beside it is copied as it reads. Unchecked: the migration's open checks it.
      await offThread(
        () => writeInWorker(source, staging, { ...worker, check: false }),
        () => writeLibraryInto(source, staging, false),
      );
      try {
        await offThread(
          () => migrateInWorker(staging, { ...worker, ...(onProgress ? { onProgress } : {}) }),
          () => void openDatabase(staging, onProgress ? { onMigrationProgress: onProgress } : {}).close(),
        );
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
    await offThread(
      () => writeInWorker(prepared, livePath, worker),
      () => writeLibraryInto(prepared, livePath),
    );
    return { safetyCopy };
  } finally {
    removeStaging(staging);
  }
}
