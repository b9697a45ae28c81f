// The trash: a trashed article leaves the list and the search index but keeps its
// words and history until it is purged. Moving to and from the trash are revisions
// ('delete' and 'restore'), because sync carries deletion as a revision that says so.
import type { ArticleSummary } from '../../common/contract';
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';
import { makeRevision } from './revisions';
import { flushIndex, loadRow, rowState, rowSummary, writeRow } from './rows';

export function trashArticle(ctx: StoreContext, id: string): ArticleSummary {
  return ctx.db.transaction(() => {
    flushIndex(ctx); // so the summary's word count is current
    const row = loadRow(ctx, id);
    if (row.trashed_at !== null) return rowSummary(row);
    const at = ctx.now().toISOString();
    const state = rowState(row);
    // The delete revision carries the current words, so even unsaved typing is kept.
    const revision = makeRevision(ctx, id, state, 'delete', [row.revision], { deleted: true, at });
    writeRow(ctx, id, { ...state, revision: revision.id, revisedAt: at, dirty: false, trashedAt: at }, row);
    return rowSummary(loadRow(ctx, id));
  })();
}

/** Back out of the trash (channel 'articles.restore'); a no-op for an article not in it. */
export function untrashArticle(ctx: StoreContext, id: string): ArticleSummary {
  return ctx.db.transaction(() => {
    const row = loadRow(ctx, id);
    if (row.trashed_at === null) return rowSummary(row);
    const at = ctx.now().toISOString();
    const state = rowState(row);
    const revision = makeRevision(ctx, id, state, 'restore', [row.revision], { at });
    writeRow(ctx, id, { ...state, revision: revision.id, revisedAt: at, dirty: false, trashedAt: null }, row);
    flushIndex(ctx);
    return rowSummary(loadRow(ctx, id));
  })();
}

function deleteForever(ctx: StoreContext, id: string, num: number): void {
  ctx.stmt('DELETE FROM revisions WHERE article_id = ?').run(id);
  // A conflict names revisions that are gone now: left behind, it would break every
  // listing of conflicts. What sync knows of the share stays: sync_published and
  // sync_remote_heads are how a pass knows this article was deleted here on purpose
  // and must not be fetched back from the other desks (sync/scan.ts).
  ctx.stmt('DELETE FROM sync_conflicts WHERE article_id = ?').run(id);
  ctx.stmt('DELETE FROM article_tags WHERE article_num = ?').run(num);
  ctx.stmt('DELETE FROM articles WHERE num = ?').run(num);
}

/** Delete for good, history included; only from the trash. */
export function purgeArticle(ctx: StoreContext, id: string): { purged: number } {
  return ctx.db.transaction(() => {
    const row = loadRow(ctx, id);
    if (row.trashed_at === null) throw new QalamError('not_in_trash', id);
    deleteForever(ctx, id, row.num);
    return { purged: 1 };
  })();
}

export function emptyTrash(ctx: StoreContext): { purged: number } {
  return ctx.db.transaction(() => {
    const rows = ctx.stmt('SELECT id, num FROM articles WHERE trashed_at IS NOT NULL').all() as { id: string; num: number }[];
    for (const row of rows) deleteForever(ctx, row.id, row.num);
    return { purged: rows.length };
  })();
}
