// For sync: move an article's current state to a revision that is already stored
// (pulled from the share). Creates the article when this library has never seen it.
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';
import { getRevisionContent, isAncestor, makeRevision, sameState } from './revisions';
import { findRow, rowState, writeRow } from './rows';

export interface SetHeadOptions {
  /** Move only when the new revision descends from the current one (fast-forward). */
  fastForwardOnly?: boolean;
}

export interface SetHeadResult {
  result: 'moved' | 'unchanged' | 'not_fast_forward';
  /** When the article had unsaved changes: the snapshot revision that keeps them
   * (a sibling of the new head; sync may want to treat it as a conflict). */
  keptSnapshot?: string;
}

export function setHead(ctx: StoreContext, articleId: string, revisionId: string, options: SetHeadOptions = {}): SetHeadResult {
  return ctx.db.transaction((): SetHeadResult => {
    const content = getRevisionContent(ctx, revisionId);
    if (content.articleId !== articleId) throw new QalamError('revision_not_found', `${revisionId} is not a revision of ${articleId}`);
    const row = findRow(ctx, articleId);
    if (row?.revision === revisionId) return { result: 'unchanged' };
    if (row && options.fastForwardOnly && !isAncestor(ctx, row.revision, revisionId)) return { result: 'not_fast_forward' };
    let keptSnapshot: string | undefined;
    if (row?.dirty) {
      // Unsaved typing is never overwritten silently: keep it as a revision first.
      const current = rowState(row);
      if (!sameState(current, getRevisionContent(ctx, row.revision))) {
        keptSnapshot = makeRevision(ctx, articleId, current, 'snapshot', [row.revision]).id;
      }
    }
    const trashedAt = content.deleted ? (row?.trashed_at ?? ctx.now().toISOString()) : null;
    writeRow(
      ctx,
      articleId,
      { meta: content.meta, body: content.body, revision: revisionId, revisedAt: content.createdAt, dirty: false, trashedAt },
      row,
    );
    return keptSnapshot ? { result: 'moved', keptSnapshot } : { result: 'moved' };
  })();
}
