// Sync's view of the local library: heads, revisions and assets through the store's own
// functions, plus sync's tables (migration sync-state). Everything here is synchronous
// SQLite work, so a caller can do a whole decision inside one transaction.
import type { StoreContext } from '../store/context';
import type { ParentsOf } from './ancestry';

export interface LocalHead {
  articleId: string;
  revision: string;
  dirty: boolean;
  trashed: boolean;
}

export function localHead(ctx: StoreContext, articleId: string): LocalHead | undefined {
  const row = ctx.stmt('SELECT id, revision, dirty, trashed_at FROM articles WHERE id = ?').get(articleId) as
    | { id: string; revision: string; dirty: number; trashed_at: string | null }
    | undefined;
  return row && { articleId: row.id, revision: row.revision, dirty: row.dirty === 1, trashed: row.trashed_at !== null };
}

export function hasRevision(ctx: StoreContext, revisionId: string): boolean {
  return ctx.stmt('SELECT 1 FROM revisions WHERE id = ?').get(revisionId) !== undefined;
}

/** Parents from the local revisions table, for the ancestry functions. */
export function localParents(ctx: StoreContext): ParentsOf {
  return (id) => {
    const row = ctx.stmt('SELECT parents FROM revisions WHERE id = ?').get(id) as { parents: string } | undefined;
    return row ? (JSON.parse(row.parents) as string[]) : undefined;
  };
}

// ——— sync_state ———

export function getState(ctx: StoreContext, key: string): string | undefined {
  const row = ctx.stmt('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setState(ctx: StoreContext, key: string, value: string): void {
  ctx.stmt('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Another share was chosen on purpose: what we knew about the old one no longer holds.
 * Conflicts stay — they are about local revisions, not about the share. */
export function forgetShare(ctx: StoreContext): void {
  ctx.db.transaction(() => {
    for (const table of ['sync_on_share', 'sync_assets_on_share', 'sync_published', 'sync_remote_heads']) {
      ctx.stmt(`DELETE FROM ${table}`).run();
    }
    ctx.stmt("DELETE FROM sync_state WHERE key = 'share'").run();
  })();
}

// ——— what is on the share ———

export function markOnShare(ctx: StoreContext, revisionId: string): void {
  ctx.stmt('INSERT OR IGNORE INTO sync_on_share (revision) VALUES (?)').run(revisionId);
}

export function markAssetOnShare(ctx: StoreContext, articleId: string, hash: string): void {
  ctx.stmt('INSERT OR IGNORE INTO sync_assets_on_share (article_id, hash) VALUES (?, ?)').run(articleId, hash);
}

export function assetOnShare(ctx: StoreContext, articleId: string, hash: string): boolean {
  return ctx.stmt('SELECT 1 FROM sync_assets_on_share WHERE article_id = ? AND hash = ?').get(articleId, hash) !== undefined;
}

export function published(ctx: StoreContext): Map<string, string> {
  const rows = ctx.stmt('SELECT article_id, revision FROM sync_published').all() as { article_id: string; revision: string }[];
  return new Map(rows.map((r) => [r.article_id, r.revision]));
}

export function publishedRevision(ctx: StoreContext, articleId: string): string | undefined {
  const row = ctx.stmt('SELECT revision FROM sync_published WHERE article_id = ?').get(articleId) as { revision: string } | undefined;
  return row?.revision;
}

export function setPublished(ctx: StoreContext, articleId: string, revision: string): void {
  ctx
    .stmt('INSERT INTO sync_published (article_id, revision) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision')
    .run(articleId, revision);
}

/** Articles whose current revision is not the one in our head file on the share. An
 * article moved to the trash before the share ever had it stays off the share: there is
 * no one to tell, and it would only land in the other desks' trash (restored, it goes). */
export function articlesToPush(ctx: StoreContext): { articleId: string; revision: string }[] {
  const rows = ctx
    .stmt(
      `SELECT a.id AS articleId, a.revision AS revision FROM articles a
       LEFT JOIN sync_published p ON p.article_id = a.id
       WHERE (p.revision IS NULL OR p.revision <> a.revision)
         AND NOT (a.trashed_at IS NOT NULL AND p.revision IS NULL
                  AND NOT EXISTS (SELECT 1 FROM sync_remote_heads h WHERE h.article_id = a.id))`,
    )
    .all() as { articleId: string; revision: string }[];
  return rows;
}

/** This article's revisions not yet on the share, oldest first, as canonical JSON. */
export function revisionsToPush(ctx: StoreContext, articleId: string): { id: string; json: string }[] {
  return ctx
    .stmt(
      `SELECT r.id AS id, r.content AS json FROM revisions r
       WHERE r.article_id = ? AND NOT EXISTS (SELECT 1 FROM sync_on_share s WHERE s.revision = r.id)
       ORDER BY r.created_at, r.rowid`,
    )
    .all(articleId) as { id: string; json: string }[];
}

// ——— other devices' heads as last read ———

export interface RemoteHeadRecord {
  revision: string;
  mtimeMs: number;
  size: number;
  settledAt: string | null;
}

export function remoteHeads(ctx: StoreContext): Map<string, RemoteHeadRecord> {
  const rows = ctx.stmt('SELECT article_id, device, revision, mtime_ms, size, settled_at FROM sync_remote_heads').all() as {
    article_id: string;
    device: string;
    revision: string;
    mtime_ms: number;
    size: number;
    settled_at: string | null;
  }[];
  return new Map(
    rows.map((r) => [`${r.article_id}/${r.device}`, { revision: r.revision, mtimeMs: r.mtime_ms, size: r.size, settledAt: r.settled_at }]),
  );
}

export function recordRemoteHead(ctx: StoreContext, articleId: string, device: string, record: RemoteHeadRecord): void {
  ctx
    .stmt(
      `INSERT INTO sync_remote_heads (article_id, device, revision, mtime_ms, size, settled_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id, device) DO UPDATE SET revision = excluded.revision, mtime_ms = excluded.mtime_ms,
         size = excluded.size, settled_at = excluded.settled_at`,
    )
    .run(articleId, device, record.revision, record.mtimeMs, record.size, record.settledAt);
}

// ——— conflicts ———

export interface ConflictRecord {
  articleId: string;
  /** The other device's head that diverged from ours. */
  theirs: string;
  /** The device whose head it was. */
  device: string;
  detectedAt: string;
}

export function addConflict(ctx: StoreContext, record: ConflictRecord): boolean {
  const result = ctx
    .stmt('INSERT OR IGNORE INTO sync_conflicts (article_id, theirs, device, detected_at) VALUES (?, ?, ?, ?)')
    .run(record.articleId, record.theirs, record.device, record.detectedAt);
  return result.changes > 0;
}

export function conflictsOf(ctx: StoreContext, articleId?: string): ConflictRecord[] {
  const sql = `SELECT article_id AS articleId, theirs, device, detected_at AS detectedAt FROM sync_conflicts
    ${articleId === undefined ? '' : 'WHERE article_id = ?'} ORDER BY detected_at, article_id`;
  const statement = ctx.stmt(sql);
  return (articleId === undefined ? statement.all() : statement.all(articleId)) as ConflictRecord[];
}

export function removeConflict(ctx: StoreContext, articleId: string, theirs: string): void {
  ctx.stmt('DELETE FROM sync_conflicts WHERE article_id = ? AND theirs = ?').run(articleId, theirs);
}
