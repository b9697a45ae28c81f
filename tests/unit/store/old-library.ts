// A library as an older Qalam left it, with thousands of articles, made in a second:
// one article is written through the store, then copied row by row in SQL. Used by the
// migration tests (progress, the worker thread, a migration killed halfway).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ArticleDraft } from '../../../electron/common/document/types';
import { bodyText, matchExpression, openLibrary } from '../../../electron/services/store/index';
import { migrations } from '../../../electron/services/store/migrations/index';
import { indexedText } from '../../../electron/services/store/text';
import { paragraph } from './helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The version just before clitic search: both article-wide migrations are pending. */
export const BEFORE_CLITIC_SEARCH = migrations.findIndex((m) => m.name === 'clitic-search');

/** Every 100th article is in the trash (migration 4 leaves the trash out of the index). */
export const trashedOf = (articles: number) => Math.floor(articles / 100);

/** A word every article writes only behind a clitic («والتهريب»). */
export const CLITIC_QUERY = 'التهريب';

/** Short, so thousands migrate in a blink; a measurement passes the sample article. */
const SHORT_ARTICLE: ArticleDraft = {
  meta: { headline: 'ضبط شحنة عند الحدود', kicker: 'أمن' },
  body: [paragraph('أعلنت السلطات نجاح حملة مكافحة الإرهاب والتهريب عبر الحدود الجنوبية.')],
};

/**
 * Writes a library of `articles` articles at `version` (≤ BEFORE_CLITIC_SEARCH) to
 * `file`: the old four-column index holding every live article, and a word count of
 * 999 in every row, as the old counting rule might have left it.
 */
export function writeOldLibrary(file: string, articles: number, version = BEFORE_CLITIC_SEARCH, article: ArticleDraft = SHORT_ARTICLE): void {
  if (version > BEFORE_CLITIC_SEARCH) throw new Error('only versions before clitic search have the old index');
  const lib = openLibrary(file);
  lib.create(article);
  lib.flushIndex();
  lib.close();

  const db = new Database(file);
  try {
    db.transaction(() => {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('articles') as { name: string }[])
        .map((c) => c.name)
        .filter((c) => c !== 'num' && c !== 'id');
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO articles (num, id, ${columns.join(', ')})
         SELECT n.i, printf('01OLD%021d', n.i), ${columns.map((c) => `a.${c}`).join(', ')} FROM n, articles a WHERE a.num = 1`,
      ).run(articles);
      db.prepare('UPDATE articles SET words = 999, unindexed = 0').run();
      db.prepare("UPDATE articles SET trashed_at = '2026-01-01T00:00:00.000Z' WHERE num % 100 = 0").run();
      db.exec(`DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, standfirst, kicker, body, content = '', contentless_delete = 1,
          tokenize = 'unicode61 remove_diacritics 2');`);
      const row = db.prepare('SELECT meta, body FROM articles WHERE num = 1').get() as { meta: string; body: string };
      const fields = indexedText(JSON.parse(row.meta), bodyText(JSON.parse(row.body))).slice(0, 4);
      const insert = db.prepare('INSERT INTO articles_fts (rowid, headline, standfirst, kicker, body) VALUES (?, ?, ?, ?, ?)');
      for (const { num } of db.prepare('SELECT num FROM articles WHERE trashed_at IS NULL').all() as { num: number }[]) {
        insert.run(num, ...fields);
      }
      db.pragma(`user_version = ${version}`);
    })();
  } finally {
    db.close();
  }
}

/** The index's columns: four before clitic search, more after. */
export function indexColumns(db: Database.Database): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all('articles_fts') as { name: string }[]).map((c) => c.name);
}

/** Articles the index finds for what an editor types (straight FTS, no search limit). */
export function indexedMatches(db: Database.Database, query: string): number {
  const expression = matchExpression(query);
  if (!expression) throw new Error(`no search expression for ${query}`);
  return (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(expression) as { n: number }).n;
}

/** Runs a child script (under tsx, from the project root) until it kills itself partway,
 * as a crash would; resolves with what it printed and the signal that ended it. */
export function runUntilKilled(script: string, args: string[]): Promise<{ said: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (said += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ said, signal }));
  });
}
