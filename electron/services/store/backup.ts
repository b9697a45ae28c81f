// Backups with SQLite's online backup API: a consistent copy taken page by page while
// the library stays open. Written to a temporary name and renamed, so a backup file
// that exists is always whole.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, CheckResult } from '../../common/contract';
import { QalamError } from '../../common/errors';
import { quickCheck } from './database';

const BACKUP_NAME = /^qalam-(\d{8}T\d{6}\d{3}Z)\.db$/;

export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Copy the open library to `toPath` (whole, or not at all). */
export async function backupTo(db: Database.Database, livePath: string, toPath: string, now: Date): Promise<BackupInfo> {
  const target = path.resolve(toPath);
  if (target === path.resolve(livePath)) throw new QalamError('invalid', 'path: a backup cannot overwrite the library itself');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    // The copy is complete in its main file; make it a self-contained rollback-journal file.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    // fsync in the thread pool: a big library's copy takes a while to reach the disk, and
    // the app's main thread (a scheduled backup, a restore's safety copy) keeps answering.
    const file = await fs.promises.open(partial, 'r');
    try {
      await file.sync();
    } finally {
      await file.close();
    }
    fs.renameSync(partial, target);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return { path: target, bytes: fs.statSync(target).size, createdAt: now.toISOString() };
}

/** Backups in a folder made by `backupRotating`, newest first. */
export function listBackups(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const file = path.join(folder, name);
      const s = BACKUP_NAME.exec(name)![1]!;
      const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
      return { path: file, bytes: fs.statSync(file).size, createdAt: iso };
    });
}

/** A dated backup in `folder`, keeping only the newest `keep`. */
export async function backupRotating(db: Database.Database, livePath: string, folder: string, keep: number, now: Date): Promise<BackupInfo> {
  const info = await backupTo(db, livePath, path.join(folder, `qalam-${stamp(now)}.db`), now);
  for (const old of listBackups(folder).slice(Math.max(1, keep))) fs.rmSync(old.path, { force: true });
  return info;
}

/** quick_check and integrity_check of the open library. */
export function checkDatabase(db: Database.Database): CheckResult {
  const messages: string[] = [];
  for (const pragma of ['quick_check', 'integrity_check', 'foreign_key_check'] as const) {
    const rows = db.pragma(pragma) as Record<string, unknown>[];
    if (pragma === 'foreign_key_check') {
      for (const r of rows) messages.push(`foreign key: ${JSON.stringify(r)}`);
    } else {
      const out = rows.map((r) => String(r[pragma]));
      if (!(out.length === 1 && out[0] === 'ok')) messages.push(...out.map((m) => `${pragma}: ${m}`));
    }
  }
  return { ok: messages.length === 0, messages: [...new Set(messages)] };
}

/**
 * Write the library at `from` over the one at `into` in one step, then (unless told not
 * to) quick_check what `into` now holds. SQLite's backup API holds `into`'s write lock for
 * the whole copy, so the copy is atomic for every reader, and a process killed halfway
 * leaves `into` as it was (its journal rolls the copy back). A restore's first copy (the
 * backup staged for its migration, which checks it on opening) and last step (restore.ts).
 */
export async function writeLibraryInto(from: string, into: string, check = true): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: the live file is locked once, not between steps.
    await source.backup(into, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  if (!check) return;
  const written = new Database(into, { readonly: true, fileMustExist: true });
  try {
    quickCheck(written, into);
  } finally {
    written.close();
  }
}
