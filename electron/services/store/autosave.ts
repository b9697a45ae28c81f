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

interface Params {
  body: string;
  at: string;
  id: string;
  base: string | null;
}

interface Typing {
  /** The write in its transaction, made once per library (making one per save costs). */
  write: (params: Params, now: number, tryMarked: boolean) => Written | undefined;
  /** Articles this connection marked for the index lately: a hint which statement fits
   * first. A wrong hint (the index caught up since) only costs a second try. */
  marked: Set<string>;
}

const typing = new WeakMap<StoreContext, Typing>();
const HINT_SIZE = 64;

function typingFor(ctx: StoreContext): Typing {
  let t = typing.get(ctx);
  if (t) return t;
  const marked = ctx.stmt(MARKED);
  const marking = ctx.stmt(MARKING);
  const write = ctx.db.transaction((params: Params, now: number, tryMarked: boolean): Written | undefined => {
    const row = (tryMarked ? (marked.get(params) as Written | undefined) : undefined) ?? (marking.get(params) as Written | undefined);
    // The same test as saveArticle: a revision at most every autosaveRevisionEveryMs.
    if (row && now - Date.parse(row.revised_at) >= ctx.autosaveRevisionEveryMs) throw REVISION_DUE;
    return row;
  });
  typing.set(ctx, (t = { write, marked: new Set() }));
  return t;
}

function remember(marked: Set<string>, id: string): void {
  marked.delete(id);
  marked.add(id);
  if (marked.size > HINT_SIZE) marked.delete(marked.values().next().value!);
}

/**
 * A body-only autosave that makes no revision, in one statement; undefined when the
 * request is not that case, with nothing written. `r` is already validated.
 */
export function quickAutosave(ctx: StoreContext, r: ParsedSave): Article | undefined {
  if (r.reason !== 'autosave' || r.meta !== undefined || r.body === undefined) return undefined;
  const body = r.body;
  const now = ctx.now();
  const params: Params = { body: JSON.stringify(body), at: now.toISOString(), id: r.id, base: r.baseRevision ?? null };
  const t = typingFor(ctx);
  let row: Written | undefined;
  try {
    row = t.write(params, now.getTime(), t.marked.has(r.id));
  } catch (e) {
    if (e === REVISION_DUE) return undefined;
    throw e;
  }
  if (!row) return undefined;
  remember(t.marked, r.id);
  return {
    id: r.id,
    meta: JSON.parse(row.meta) as ArticleMeta,
    body,
    revision: row.revision,
    parents: row.parents === null ? [] : (JSON.parse(row.parents) as string[]),
  };
}
