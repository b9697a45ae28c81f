// Conflicts: two devices changed the same article from the same starting point. Both
// versions stay in the library; the article shows as in conflict until an editor picks
// one or writes a merged version. The resolution is a revision with both heads as
// parents, so every other device sees it descend from its own head and fast-forwards.
import type { Article, ArticleMeta, Block } from '../../common/document/types';
import { validateBody, validateMeta } from '../../common/document/schema';
import { QalamError } from '../../common/errors';
import type { Library } from '../store/library';
import { getRevisionContent, makeRevision, sameState } from '../store/revisions';
import { findRow, rowState, writeRow } from '../store/rows';
import { nearestCommonAncestor } from './ancestry';
import { syncContext } from './engine';
import * as local from './local';
import { settleConflicts } from './apply';

export interface Conflict {
  articleId: string;
  /** This device's current revision. */
  mine: string;
  /** The other device's diverged head. */
  theirs: string;
  /** Device id whose head it was. */
  device: string;
  detectedAt: string;
  mineHeadline: string;
  theirsHeadline: string;
  /** The nearest revision both descend from (the base of a three-way merge), if known here. */
  base?: string;
}

/** Open conflicts, oldest first (or for one article). */
export function listConflicts(library: Library, articleId?: string): Conflict[] {
  const ctx = syncContext(library);
  return local.conflictsOf(ctx, articleId).map((c) => {
    const head = local.localHead(ctx, c.articleId);
    const mine = head?.revision ?? '';
    const base = mine ? nearestCommonAncestor(mine, c.theirs, local.localParents(ctx)) : undefined;
    return {
      ...c,
      mine,
      ...(base ? { base } : {}),
      mineHeadline: mine ? getRevisionContent(ctx, mine).meta.headline : '',
      theirsHeadline: getRevisionContent(ctx, c.theirs).meta.headline,
    };
  });
}

export interface Resolution {
  take: 'mine' | 'theirs' | 'merged';
  /** For 'merged': the merged words (validated). */
  body?: Block[];
  /** For 'merged': metadata fields to change from mine (validated). */
  meta?: Partial<ArticleMeta>;
  /** Which of several diverged heads this settles (default: the oldest conflict). */
  theirs?: string;
  clock?: () => Date;
}

export function resolveConflict(library: Library, articleId: string, resolution: Resolution): Article {
  const ctx = syncContext(library, resolution.clock);
  return library.transaction((): Article => {
    const conflicts = local.conflictsOf(ctx, articleId);
    const conflict = resolution.theirs ? conflicts.find((c) => c.theirs === resolution.theirs) : conflicts[0];
    if (!conflict) throw new QalamError('conflict_not_found', articleId);
    let row = findRow(ctx, articleId);
    if (!row) throw new QalamError('not_found', articleId);
    const at = ctx.now().toISOString();
    // Unsaved typing is part of "mine": give it a revision first so it is in the history.
    if (row.dirty && !sameState(rowState(row), getRevisionContent(ctx, row.revision))) {
      const state = rowState(row);
      const snapshot = makeRevision(ctx, articleId, state, 'snapshot', [row.revision], { at });
      writeRow(ctx, articleId, { ...state, revision: snapshot.id, revisedAt: at, dirty: false }, row);
      row = findRow(ctx, articleId)!;
    }
    const mine = getRevisionContent(ctx, row.revision);
    const theirs = getRevisionContent(ctx, conflict.theirs);
    const chosen = resolution.take === 'theirs' ? theirs : mine;
    let meta: ArticleMeta = chosen.meta;
    let body: Block[] = chosen.body;
    if (resolution.take === 'merged') {
      body = resolution.body === undefined ? mine.body : validateBody(resolution.body);
      meta = validateMeta({ ...mine.meta, ...resolution.meta, createdAt: mine.meta.createdAt });
    }
    meta = { ...meta, updatedAt: at };
    const deleted = resolution.take === 'merged' ? false : chosen.deleted === true;
    const revision = makeRevision(ctx, articleId, { meta, body }, 'merge', [row.revision, conflict.theirs], { at, deleted });
    writeRow(ctx, articleId, { meta, body, revision: revision.id, revisedAt: at, dirty: false, trashedAt: deleted ? at : null }, row);
    local.removeConflict(ctx, articleId, conflict.theirs);
    settleConflicts(ctx, articleId);
    return { id: articleId, meta, body, revision: revision.id, parents: [row.revision, conflict.theirs] };
  });
}
