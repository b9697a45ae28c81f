// A save from an editor that started at revision B, after a sync pass moved the
// article on to another desk's revision T (B is an ancestor of T). Writing the editor's
// words over T would silently undo the other desk's edit; by ancestry the two are a
// divergence. So the editor's version becomes this desk's head (parent B) and T is
// kept as the other side of a conflict, exactly as if the pass had found it.
import type { ParsedRequestOf, RequestOf } from '../../common/contract';
import { contract } from '../../common/contract';
import { parseOrThrow, validateMeta } from '../../common/document/schema';
import type { Article } from '../../common/document/types';
import type { Library } from '../store/library';
import { applyMetaPatch, uniqueSlug } from '../store/meta-patch';
import { getRevisionContent, makeRevision, sameState } from '../store/revisions';
import { findRow, rowState, writeRow } from '../store/rows';
import { syncContext } from './engine';
import * as local from './local';

export function saveFromEditor(library: Library, request: RequestOf<'articles.save'>): Article {
  const r = parseOrThrow(contract['articles.save'].request, request) as ParsedRequestOf<'articles.save'>;
  const base = r.baseRevision;
  if (!base) return library.save(r);
  const ctx = syncContext(library);
  return library.transaction((): Article => {
    const row = findRow(ctx, r.id);
    const plain = () => library.save(r);
    if (!row || row.revision === base || row.trashed_at !== null) return plain();
    if (!library.hasRevision(base) || !library.isAncestor(base, row.revision)) return plain();
    const theirs = getRevisionContent(ctx, row.revision);
    // Moved on by this desk itself (another window, a restore): the plain stale-save
    // rule applies; and typing not yet in a revision is kept by that rule too.
    if (theirs.device === library.device) return plain();
    if (row.dirty && !sameState(rowState(row), theirs)) return plain();

    const started = getRevisionContent(ctx, base, r.id);
    const at = ctx.now().toISOString();
    const meta = validateMeta(applyMetaPatch(started.meta, r.meta ?? {}, at));
    if (meta.slug !== started.meta.slug) meta.slug = uniqueSlug(ctx, meta.slug, r.id);
    const body = r.body ?? started.body;
    const mine = makeRevision(ctx, r.id, { meta, body }, 'snapshot', [base], { at });
    writeRow(ctx, r.id, { meta, body, revision: mine.id, revisedAt: at, dirty: false }, row);
    local.addConflict(ctx, { articleId: r.id, theirs: row.revision, device: theirs.device, detectedAt: at });
    return { id: r.id, meta, body, revision: mine.id, parents: [base] };
  });
}
