// The typing path. Most saves are autosaves of the body while someone types, and
// most of those make no revision (one at most every few minutes). For that case the
// save is one UPDATE … RETURNING in its transaction, without reading the row first:
// it writes exactly what saveArticle would write (body, meta with the new updatedAt,
// updated_at, dirty, the index mark) and hands back what the editor needs. Whatever
// the quick path cannot decide from the row it just wrote (unknown or trashed
// article, a stale base revision, a revision due) leaves nothing written and goes
// the full way through saveArticle, which holds the revision rules.
import type { ParsedRequestOf } from '../../common/contract';
import type { Article, ArticleMeta } from '../../common/document/types';
import type { StoreContext } from './context';

type ParsedSave = ParsedRequestOf<'articles.save'>;

interface Written {
  meta: string;
  revision: string;
  revised_at: string;
  parents: string | null;
}

// meta's updatedAt is set by json_set: SQLite rewrites the stored (minified) JSON with
// the new value in place, the same text JSON.stringify({ ...meta, updatedAt }) gives.
// The parents of the current revision come back in the same statement (the response
// carries them, and a revision's parents never change).
const SET = `body = @body, meta = json_set(meta, '$.updatedAt', @at), updated_at = @at, dirty = 1`;
const WHERE = 'id = @id AND trashed_at IS NULL AND (@base IS NULL OR revision = @base)';
const RETURNING = 'RETURNING meta, revision, revised_at, (SELECT parents FROM revisions r WHERE r.id = articles.revision) AS parents';
/** Marks the row for the search index (the partial index articles_unindexed gains it). */
const MARKING = `UPDATE articles SET ${SET}, unindexed = 1 WHERE ${WHERE} ${RETURNING}`;
/** For a row already marked: naming `unindexed` in SET would rewrite that index entry. */
const MARKED = `UPDATE articles SET ${SET} WHERE ${WHERE} AND unindexed = 1 ${RETURNING}`;

/** Thrown inside the transaction to roll the quick write back. */
const REVISION_DUE = Symbol('revision due');

/** Articles this connection marked for the index lately: a hint which statement fits
 * first. A wrong hint (the index caught up since) only costs a second try. */
const markedHint = new WeakMap<StoreContext, Set<string>>();
const HINT_SIZE = 64;

function remember(ctx: StoreContext, id: string): void {
  let ids = markedHint.get(ctx);
  if (!ids) markedHint.set(ctx, (ids = new Set()));
  ids.delete(id);
  ids.add(id);
  if (ids.size > HINT_SIZE) ids.delete(ids.values().next().value!);
}

/**
 * A body-only autosave that makes no revision, in one statement; undefined when the
 * request is not that case, with nothing written. `r` is already validated.
 */
export function quickAutosave(ctx: StoreContext, r: ParsedSave): Article | undefined {
  if (r.reason !== 'autosave' || r.meta !== undefined || r.body === undefined) return undefined;
  const body = r.body;
  const now = ctx.now();
  const at = now.toISOString();
  const params = { body: JSON.stringify(body), at, id: r.id, base: r.baseRevision ?? null };
  const tryMarked = markedHint.get(ctx)?.has(r.id) === true;
  try {
    return ctx.db.transaction((): Article | undefined => {
      const row = (tryMarked ? (ctx.stmt(MARKED).get(params) as Written | undefined) : undefined) ??
        (ctx.stmt(MARKING).get(params) as Written | undefined);
      if (!row) return undefined;
      // The same test as saveArticle: a revision at most every autosaveRevisionEveryMs.
      if (now.getTime() - Date.parse(row.revised_at) >= ctx.autosaveRevisionEveryMs) throw REVISION_DUE;
      remember(ctx, r.id);
      return {
        id: r.id,
        meta: JSON.parse(row.meta) as ArticleMeta,
        body,
        revision: row.revision,
        parents: row.parents === null ? [] : (JSON.parse(row.parents) as string[]),
      };
    })();
  } catch (e) {
    if (e === REVISION_DUE) return undefined;
    throw e;
  }
}
