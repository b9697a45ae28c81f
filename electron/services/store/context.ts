// What every store module works with: the one connection, a cache of prepared
// statements, the clock (injectable for tests) and who is writing.
import type Database from 'better-sqlite3';

export interface StoreContext {
  readonly db: Database.Database;
  /** Prepared once per SQL text and reused: a save never re-parses SQL. */
  stmt(sql: string): Database.Statement;
  now(): Date;
  /** This library's device id (a ULID made when the file was created). */
  readonly device: string;
  /** The author name from settings, written into each revision. */
  author(): string;
  /** This device's name from settings ("DESK-3"), written into each revision. */
  deviceName?(): string;
  /** An autosave makes a revision only when the last one is at least this old. */
  readonly autosaveRevisionEveryMs: number;
}

export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
