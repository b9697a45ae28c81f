// Opening the library file: refuse what is not ours, not healthy, too new or not on a
// local disk, then set the connection up and bring the schema to the latest version.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QalamError } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';
import { guard, toQalamError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index';
import type { NetworkFsDetector } from './netfs';
import { detectNetworkFs } from './netfs';

/** 'QALM': marks a SQLite file as a Qalam library (PRAGMA application_id). */
export const APPLICATION_ID = 0x51414c4d;

const SQLITE_HEADER = 'SQLite format 3\0';

export type Synchronous = 'FULL' | 'NORMAL';

export interface DatabaseOptions {
  /** FULL by default: a committed save survives power loss, not only an app crash. */
  synchronous?: Synchronous;
  /** Milliseconds to wait on a lock held by another connection (a CLI next to the app). */
  busyTimeoutMs?: number;
  /** Injectable so tests can stand in for an NFS mount. */
  networkFs?: NetworkFsDetector;
  /** Run PRAGMA quick_check at open (default true). */
  quickCheck?: boolean;
  /** Told how a schema migration is going, per batch of articles (hosts show it). */
  onMigrationProgress?: (progress: MigrationProgress) => void;
}

/** Open (creating when missing) and check a library file; returns a migrated connection. */
export function openDatabase(file: string, options: DatabaseOptions = {}): Database.Database {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  const fsName = (options.networkFs ?? detectNetworkFs)(dir);
  if (fsName) throw new QalamError('network_fs', `${absolute} (${fsName})`);
  guard(() => fs.mkdirSync(dir, { recursive: true }));
  refuseNonSqlite(absolute);

  const db = guard(() => new Database(absolute, { timeout: options.busyTimeoutMs ?? 5000 }));
  try {
    guard(() => {
      checkIdentity(db, absolute);
      // WAL: readers never block the writer, and a commit is one append to the log.
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new QalamError('io', `journal_mode is ${String(mode)}, not wal`);
      db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
      db.pragma('foreign_keys = ON');
      if (options.quickCheck !== false) quickCheck(db, absolute);
      migrate(db, options.onMigrationProgress);
    });
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** A non-empty file that does not start with SQLite's header is someone else's file. */
function refuseNonSqlite(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw toQalamError(e);
  }
  try {
    const header = Buffer.alloc(16);
    const n = fs.readSync(fd, header, 0, 16, 0);
    if (n === 0) return; // an empty file is an empty database to SQLite; we initialize it
    if (n < 16 || header.toString('latin1') !== SQLITE_HEADER) throw new QalamError('foreign_db', file);
  } finally {
    fs.closeSync(fd);
  }
}

/** Ours (application_id), or empty and ready to become ours; never newer than us. */
export function checkIdentity(db: Database.Database, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId === 0) {
    const objects = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
    if (objects.n > 0 || version !== 0) throw new QalamError('foreign_db', file);
  } else if (appId !== APPLICATION_ID) {
    throw new QalamError('foreign_db', file);
  }
  if (version > LATEST_VERSION) throw new QalamError('newer_db', `${file} (v${version} > v${LATEST_VERSION})`);
}

export function quickCheck(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const messages = rows.map((r) => r.quick_check);
  if (messages.length !== 1 || messages[0] !== 'ok') {
    throw new QalamError('corrupt_db', `${file}: ${messages.slice(0, 3).join('; ')}`);
  }
}

/** Each pending migration's share of the progress bar, by its cost (equal when none has one). */
function barShares(pending: readonly Migration[]): number[] {
  const costs = pending.map((m) => (m.reworksArticles ? (m.cost ?? 1) : 0));
  const sum = costs.reduce((a, b) => a + b, 0);
  return sum > 0 ? costs.map((c) => c / sum) : pending.map(() => 1 / pending.length);
}

/**
 * Apply every migration above the file's user_version, each in its own transaction: a
 * process killed halfway leaves the file at the last version that committed, and the
 * next open runs the interrupted migration again from its start.
 */
export function migrate(db: Database.Database, onProgress?: (progress: MigrationProgress) => void): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > LATEST_VERSION) throw new QalamError('newer_db', `v${from} > v${LATEST_VERSION}`);
  const spans = barShares(migrations.slice(from));
  let start = 0;
  for (let version = from; version < LATEST_VERSION; version++) {
    const migration = migrations[version]!;
    const span = spans[version - from]!;
    const step = { name: migration.name, version: version + 1, step: version - from + 1, steps: LATEST_VERSION - from, start, span };
    start += span;
    // A new file is made, not updated: nothing to tell anyone.
    const report = (done: number, total: number) => (from > 0 ? onProgress?.({ ...step, done, total }) : undefined);
    try {
      db.transaction(() => {
        if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
        report(0, 0);
        migration.up(db, report);
        db.pragma(`user_version = ${version + 1}`);
      })();
    } catch (e) {
      // A full disk or a locked file says so; anything else is the migration's own failure.
      const known = toQalamError(e);
      if (known instanceof QalamError) throw known;
      throw new QalamError('migration_failed', `${migration.name} (v${version} → v${version + 1}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
}

/**
 * Open another library file read-only and tell whether it is a healthy Qalam library
 * (a backup about to be restored). Throws corrupt_db / foreign_db / newer_db.
 */
export function inspectLibraryFile(file: string): { version: number } {
  if (!fs.existsSync(file)) throw new QalamError('file_not_found', file);
  refuseNonSqlite(file);
  if (fs.statSync(file).size === 0) throw new QalamError('foreign_db', file);
  const db = guard(() => new Database(file, { readonly: true, fileMustExist: true }));
  try {
    return guard(() => {
      const appId = db.pragma('application_id', { simple: true }) as number;
      if (appId !== APPLICATION_ID) throw new QalamError('foreign_db', file);
      checkIdentity(db, file);
      quickCheck(db, file);
      return { version: db.pragma('user_version', { simple: true }) as number };
    });
  } finally {
    db.close();
  }
}
