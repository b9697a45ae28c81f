// Before the app opens the library: is a migration waiting, and would a person wait on
// it? Read with a plain connection that changes nothing, so the app can decide to show
// the "preparing your library" window and migrate in a worker thread (migrate-worker.ts).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DigitStyle } from '../../common/arabic/digits';
import type { PendingMigrations } from '../../common/migration-progress';
import { APPLICATION_ID } from './database';
import { LATEST_VERSION, migrations } from './migrations/index';

/** The digits the person chose (the splash's percent is written in them), if any. */
function digitsSetting(db: Database.Database): DigitStyle | undefined {
  try {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'digits'").get() as { value: string } | undefined;
    const value: unknown = row ? JSON.parse(row.value) : undefined;
    return value === 'arab' || value === 'latn' ? value : undefined;
  } catch {
    return undefined; // the default digits then; settings.ts ignores such a row too
  }
}

/**
 * What opening `file` would migrate; undefined when nothing (or nothing to tell: a new
 * file, or one that is not a healthy Qalam library, which the normal open then reports).
 */
export function pendingMigrations(file: string): PendingMigrations | undefined {
  if (!fs.existsSync(file)) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 5000 });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return undefined;
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from <= 0 || from >= LATEST_VERSION) return undefined;
    const { articles } = db.prepare('SELECT count(*) AS articles FROM articles').get() as { articles: number };
    const pending = migrations.slice(from);
    const reworksArticles = pending.some((m) => m.reworksArticles === true);
    return { from, to: LATEST_VERSION, migrations: pending.map((m) => m.name), articles, reworksArticles, digits: digitsSetting(db) };
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
