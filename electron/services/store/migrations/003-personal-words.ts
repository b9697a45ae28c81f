// The personal spelling dictionary (owned by electron/services/spelling): words an
// editor added, per library, in their spellingKey form (no tashkeel, no tatweel).
import type { Database } from 'better-sqlite3';
import type { Migration } from './index';

export const personalWords: Migration = {
  name: 'personal-words',
  up(db: Database) {
    db.exec(`
      CREATE TABLE spelling_words (
        word     TEXT PRIMARY KEY,
        added_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
