// Search behind clitics: the index gains, beside each field, the stems of its words
// that carry a clitic (store/text.ts, common/arabic/clitics.ts). FTS5 tables take no
// new columns, so the index is made again and every article in it is indexed anew,
// here, in the migration's transaction: a library opens already searchable the new way.
// Articles still waiting for the index (unindexed = 1) and the trash stay out, as before:
// flushIndex takes the first before the next search, and the trash is never indexed.
import type { Database } from 'better-sqlite3';
import type { ArticleMeta, Block } from '../../../common/document/types';
import { bodyText, FTS_COLUMNS, FTS_INSERT, indexedText } from '../text';
import { eachArticle } from './each-article';
import type { Migration } from './index';

export const cliticSearch: Migration = {
  name: 'clitic-search',
  reworksArticles: true,
  // Stems, normalization and an FTS insert per article: ~3× the recount (measured).
  cost: 3,
  up(db: Database, reworked) {
    db.exec(`
      DROP TABLE articles_fts;
      -- As in 001-initial, with the stem columns. Contentless: the text lives in articles.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        ${FTS_COLUMNS.join(', ')},
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    const insert = db.prepare(FTS_INSERT);
    eachArticle<{ num: number; meta: string; body: string }>(db, 'meta, body', 'trashed_at IS NULL AND unindexed = 0', (row) => {
      const meta = JSON.parse(row.meta) as ArticleMeta;
      insert.run(row.num, ...indexedText(meta, bodyText(JSON.parse(row.body) as Block[])));
    }, reworked);
  },
};
