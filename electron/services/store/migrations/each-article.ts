// Migrations that rework every article read them in batches by num: better-sqlite3 runs
// no other statement while one is iterating, and a batch at a time keeps memory flat.
import type { Database } from 'better-sqlite3';

const BATCH = 500;

/** Calls `visit` with each row of `articles` matching `where` (SQL, may be empty), in num order. */
export function eachArticle<Row extends { num: number }>(db: Database, columns: string, where: string, visit: (row: Row) => void): void {
  const next = db.prepare(`SELECT num, ${columns} FROM articles WHERE num > ? ${where ? `AND ${where}` : ''} ORDER BY num LIMIT ?`);
  for (let after = 0; ; ) {
    const rows = next.all(after, BATCH) as Row[];
    if (rows.length === 0) return;
    for (const row of rows) visit(row);
    after = rows[rows.length - 1]!.num;
  }
}
