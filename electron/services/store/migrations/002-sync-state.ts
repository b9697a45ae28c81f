// Sync's own tables (owned by electron/services/sync). They hold what this device knows
// about the share, so a poll with nothing new reads almost nothing, and the conflicts
// an editor has not resolved yet.
import type { Database } from 'better-sqlite3';
import type { Migration } from './index';

export const syncState: Migration = {
  name: 'sync-state',
  up(db: Database) {
    db.exec(`
      -- share id (from qalam/share.json) and where it was, once this device has synced.
      CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Revisions known to be on the share: written there by us, or read from there.
      CREATE TABLE sync_on_share (
        revision TEXT PRIMARY KEY
      ) STRICT, WITHOUT ROWID;

      -- Assets known to be in an article's assets/ folder on the share.
      CREATE TABLE sync_assets_on_share (
        article_id TEXT NOT NULL,
        hash       TEXT NOT NULL,
        PRIMARY KEY (article_id, hash)
      ) STRICT, WITHOUT ROWID;

      -- The head this device last wrote to heads/<device>.json for each article.
      CREATE TABLE sync_published (
        article_id TEXT PRIMARY KEY,
        revision   TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Other devices' head files as last read. A poll re-reads one only when its size or
      -- mtime moved; settled_at is the local head it was last weighed against.
      CREATE TABLE sync_remote_heads (
        article_id TEXT NOT NULL,
        device     TEXT NOT NULL,
        revision   TEXT NOT NULL,
        mtime_ms   REAL NOT NULL,
        size       INTEGER NOT NULL,
        settled_at TEXT,
        PRIMARY KEY (article_id, device)
      ) STRICT, WITHOUT ROWID;

      -- Diverged histories kept until an editor resolves them: ours is the article's
      -- current revision, theirs the other head. Both revisions are in the revisions table.
      CREATE TABLE sync_conflicts (
        article_id  TEXT NOT NULL,
        theirs      TEXT NOT NULL,
        device      TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        PRIMARY KEY (article_id, theirs)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
