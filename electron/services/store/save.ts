// Saving and restoring, with the revision policy of DESIGN §3: history that is useful,
// not flooded, and from which nothing is ever lost.
//
// - reason 'snapshot' (an explicit save): always a new revision.
// - a status change: a 'status' revision.
// - reason 'autosave': the state is written; a revision is made only when the last
//   one is at least `autosaveRevisionEveryMs` old (and the words differ), otherwise
//   the article is marked dirty (the body-only case of this is autosave.ts's one
//   statement; it defers to the rules here whenever it cannot decide).
// - a save whose baseRevision is not the current revision (someone else, e.g. sync,
//   moved the article on) still saves: the current state is kept as a snapshot first
//   when it has no revision of its own, and the save always makes a revision.
// - restore: the current state is snapshotted first when it differs from its
//   revision; then a 'restore' revision carries the old content, so a restore is
//   itself undoable.
import type { ParsedRequestOf, RequestOf, RevisionKind } from '../../common/contract';
import { contract } from '../../common/contract';
import { parseOrThrow, validateMeta } from '../../common/document/schema';
import type { Article, ArticleMeta } from '../../common/document/types';
import { QalamError } from '../../common/errors';
import { quickAutosave } from './autosave';
import type { StoreContext } from './context';
import { applyMetaPatch, uniqueSlug } from './meta-patch';
import type { State } from './revisions';
import { getRevisionContent, makeRevision, sameState } from './revisions';
import type { ArticleRow } from './rows';
import { loadRow, loadRowForSave, parentsOf, rowState, writeRow } from './rows';

/** "A few minutes" of DESIGN §3: while typing, at most one revision per this long. */
export const AUTOSAVE_REVISION_EVERY_MS = 5 * 60 * 1000;

export type SaveRequest = RequestOf<'articles.save'>;

/**
 * If the row's state has no revision of its own (dirty and different from its
 * revision), record it as a snapshot; returns the revision id the next one descends from.
 */
function keepCurrentState(ctx: StoreContext, row: ArticleRow, state: () => State): string {
  if (!row.dirty) return row.revision;
  const current = state();
  const head = getRevisionContent(ctx, row.revision);
  if (sameState(current, head)) return row.revision;
  return makeRevision(ctx, row.id, current, 'snapshot', [row.revision]).id;
}

export function saveArticle(ctx: StoreContext, request: SaveRequest): Article {
  // Validate everything before the transaction: a bad save writes nothing.
  const r = parseOrThrow(contract['articles.save'].request, request) as ParsedRequestOf<'articles.save'>;
  const quick = quickAutosave(ctx, r);
  if (quick) return quick;
  return ctx.db.transaction((): Article => {
    const row = loadRowForSave(ctx, r.id);
    if (row.trashed_at !== null) throw new QalamError('in_trash', r.id);
    const oldMeta = JSON.parse(row.meta) as ArticleMeta;
    const now = ctx.now();
    const at = now.toISOString();
    const meta = r.meta ? validateMeta(applyMetaPatch(oldMeta, r.meta, at)) : { ...oldMeta, updatedAt: at };
    if (meta.slug !== oldMeta.slug) meta.slug = uniqueSlug(ctx, meta.slug, row.id);
    let current: State | undefined;
    const currentState = () => (current ??= rowState(row));
    const body = r.body ?? currentState().body;
    const next: State = { meta, body };

    const stale = r.baseRevision !== undefined && r.baseRevision !== row.revision;
    let head = row.revision;
    let kind: RevisionKind | null;
    if (stale) head = keepCurrentState(ctx, row, currentState);
    if (meta.status !== oldMeta.status) kind = 'status';
    else if ((r.reason ?? 'snapshot') === 'snapshot') kind = 'snapshot';
    else if (stale) kind = 'autosave';
    else if (now.getTime() - Date.parse(row.revised_at) >= ctx.autosaveRevisionEveryMs) {
      kind = sameState(next, getRevisionContent(ctx, head)) ? null : 'autosave';
    } else kind = null;

    if (kind === null) {
      writeRow(ctx, row.id, { meta, body, revision: head, revisedAt: row.revised_at, dirty: true, bodyUnchanged: !r.body }, row);
      return { id: row.id, meta, body, revision: head, parents: parentsOf(ctx, head) };
    }
    const revision = makeRevision(ctx, row.id, next, kind, [head], { at }).id;
    writeRow(ctx, row.id, { meta, body, revision, revisedAt: at, dirty: false, bodyUnchanged: !r.body }, row);
    return { id: row.id, meta, body, revision, parents: [head] };
  })();
}

/** Make an old revision the current state again, keeping everything in between. */
export function restoreRevision(ctx: StoreContext, id: string, revisionId: string): Article {
  return ctx.db.transaction((): Article => {
    const row = loadRow(ctx, id);
    if (row.trashed_at !== null) throw new QalamError('in_trash', id);
    const old = getRevisionContent(ctx, revisionId, id);
    const head = keepCurrentState(ctx, row, () => rowState(row));
    const at = ctx.now().toISOString();
    const createdAt = (JSON.parse(row.meta) as ArticleMeta).createdAt;
    const meta: ArticleMeta = { ...old.meta, createdAt, updatedAt: at };
    const revision = makeRevision(ctx, id, { meta, body: old.body }, 'restore', [head], { at });
    writeRow(ctx, id, { meta, body: old.body, revision: revision.id, revisedAt: at, dirty: false }, row);
    return { id, meta, body: old.body, revision: revision.id, parents: [head] };
  })();
}

/** An old revision as an Article (its id, the revision's words and metadata). */
export function revisionArticle(ctx: StoreContext, id: string, revisionId: string): Article {
  const content = getRevisionContent(ctx, revisionId, id);
  return { id, meta: content.meta, body: content.body, revision: revisionId, parents: content.parents };
}
