import type { Database } from 'better-sqlite3';
import { ulid } from 'ulid';
import type { Migration } from './index';

export const initial: Migration = {
  name: 'initial',
  up(db: Database) {
    db.exec(`
      -- Facts about this library file: its device id (names this machine's sync heads).
      CREATE TABLE library_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- The current state of each article. meta/body are the JSON the editor works on;
      -- the other columns are copies for filtering and sorting without parsing JSON.
      -- num is the integer key the FTS index needs; id is the ULID everyone else uses.
      CREATE TABLE articles (
        num          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        meta         TEXT NOT NULL,
        body         TEXT NOT NULL,
        revision     TEXT NOT NULL,          -- current (head) revision id
        revised_at   TEXT NOT NULL,          -- when that revision was made
        dirty        INTEGER NOT NULL DEFAULT 0, -- 1: state has changed since the revision
        unindexed    INTEGER NOT NULL DEFAULT 1, -- 1: search index and word count still to update
        trashed_at   TEXT,
        words        INTEGER NOT NULL,
        status       TEXT NOT NULL,
        section      TEXT NOT NULL,
        headline_key TEXT NOT NULL,          -- normalized headline, for a sort that ignores hamza/tashkeel
        deadline     TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX articles_updated  ON articles (updated_at);
      CREATE INDEX articles_created  ON articles (created_at);
      CREATE INDEX articles_deadline ON articles (deadline);
      CREATE INDEX articles_headline ON articles (headline_key);
      CREATE INDEX articles_status   ON articles (status, updated_at);
      CREATE INDEX articles_section  ON articles (section, updated_at);
      CREATE INDEX articles_trashed  ON articles (trashed_at);
      CREATE INDEX articles_unindexed ON articles (num) WHERE unindexed = 1;

      CREATE TABLE article_tags (
        tag         TEXT NOT NULL,
        article_num INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
        PRIMARY KEY (tag, article_num)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_tags_article ON article_tags (article_num);

      -- Immutable, content-addressed: id = sha256(content), content is canonical JSON.
      -- No foreign key to articles: sync may hold revisions of an article before its head.
      CREATE TABLE revisions (
        id         TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        parents    TEXT NOT NULL,            -- JSON array of revision ids
        kind       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        author     TEXT NOT NULL,
        device     TEXT NOT NULL,
        status     TEXT NOT NULL,
        words      INTEGER NOT NULL,
        headline   TEXT NOT NULL,
        content    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_article ON revisions (article_id, created_at);

      CREATE TABLE assets (
        hash       TEXT PRIMARY KEY,         -- sha256 of bytes
        mime       TEXT NOT NULL,
        size       INTEGER NOT NULL,
        bytes      BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL                  -- JSON
      ) STRICT;

      -- Search over Arabic-normalized text (ta marbuta kept; the query folds it).
      -- Contentless: the original text lives in articles; the index holds only tokens,
      -- and contentless_delete lets a save replace an article's row.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, standfirst, kicker, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    db.prepare('INSERT INTO library_info (key, value) VALUES (?, ?)').run('device', ulid());
  },
};
