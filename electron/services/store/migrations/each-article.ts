// Migrations that rework every article read them in batches by num: better-sqlite3 runs
// no other statement while one is iterating, and a batch at a time keeps memory flat.
// After each batch it says how far it is (the splash window's bar, the CLI's lines).
import type { Database } from 'better-sqlite3';
import type { ArticlesReworked } from './index';

export const BATCH = 500;

/** Calls `visit` with each row of `articles` matching `where` (SQL, may be empty), in num
 * order; `reworked(done, total)` before the first batch and after each one. */
export function eachArticle<Row extends { num: number }>(
  db: Database,
  columns: string,
  where: string,
  visit: (row: Row) => void,
  reworked: ArticlesReworked = () => undefined,
): void {
  const filter = where ? `AND ${where}` : '';
  // Counted in the same transaction as the walk, so done ends exactly at total.
  const { total } = db.prepare(`SELECT count(*) AS total FROM articles WHERE 1 ${filter}`).get() as { total: number };
  const next = db.prepare(`SELECT num, ${columns} FROM articles WHERE num > ? ${filter} ORDER BY num LIMIT ?`);
  let done = 0;
  reworked(done, total);
  for (let after = 0; ; ) {
    const rows = next.all(after, BATCH) as Row[];
    if (rows.length === 0) return;
    for (const row of rows) visit(row);
    done += rows.length;
    reworked(done, total);
    after = rows[rows.length - 1]!.num;
  }
}
