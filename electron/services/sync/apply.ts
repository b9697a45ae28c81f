// Pull, phase two: apply what the scan fetched, one SQLite transaction per article, and
// decide by ancestry alone — fast-forward, keep ours, or keep both as a conflict.
import type { StoreContext } from '../store/context';
import { hasAsset, putAsset } from '../store/assets';
import { setHead } from '../store/heads';
import { getRevisionContent, insertRevision, makeRevision, sameState } from '../store/revisions';
import { findRow, rowState, writeRow } from '../store/rows';
import type { ParentsOf } from './ancestry';
import { decide, isAncestor, unknownAncestry } from './ancestry';
import * as local from './local';
import type { ArticleScan, FetchedRevision, PassContext } from './scan';

/** Keep unsaved typing as a revision before the head is weighed, so a fast-forward can
 * never overwrite it: it becomes our side of a conflict instead. */
function settleDirty(ctx: StoreContext, articleId: string): void {
  const row = findRow(ctx, articleId);
  if (!row || !row.dirty) return;
  const current = rowState(row);
  if (sameState(current, getRevisionContent(ctx, row.revision))) return;
  const at = ctx.now().toISOString();
  const snapshot = makeRevision(ctx, articleId, current, 'snapshot', [row.revision], { at });
  writeRow(ctx, articleId, { ...current, revision: snapshot.id, revisedAt: at, dirty: false }, row);
}

export function apply(pass: PassContext, scanned: ArticleScan): void {
  const { ctx, report } = pass;
  const { articleId } = scanned;
  ctx.db.transaction(() => {
    const fetchedParents: ParentsOf = (id) => scanned.revisions.get(id)?.content.parents;
    const parents = local.localParents(ctx);
    for (const remote of scanned.heads) {
      const { order } = unknownAncestry(remote.revision, (id) => local.hasRevision(ctx, id), fetchedParents);
      for (const id of order) {
        const revision = scanned.revisions.get(id) as FetchedRevision;
        insertRevision(ctx, revision.content, id);
        local.markOnShare(ctx, id);
        report.pulled.revisions++;
      }
    }
    for (const [hash, asset] of scanned.assets) {
      if (!hasAsset(ctx, hash)) {
        putAsset(ctx, asset.bytes, asset.mime);
        report.pulled.assets++;
      }
      local.markAssetOnShare(ctx, articleId, hash);
    }

    for (const remote of scanned.heads) {
      let before = local.localHead(ctx, articleId);
      let decision = decide(before?.revision, remote.revision, parents);
      if (decision === 'fast-forward' && before?.dirty) {
        settleDirty(ctx, articleId);
        before = local.localHead(ctx, articleId);
        decision = decide(before?.revision, remote.revision, parents);
      }
      if (decision === 'adopt' || decision === 'fast-forward') {
        setHead(ctx, articleId, remote.revision);
        if (!report.pulled.articles.includes(articleId)) report.pulled.articles.push(articleId);
      } else if (decision === 'conflict' && before !== undefined) {
        // The other desk kept writing on its side: its newer head replaces the older one
        // in the same conflict rather than opening a second.
        for (const open of local.conflictsOf(ctx, articleId)) {
          if (open.theirs !== remote.revision && isAncestor(open.theirs, remote.revision, parents)) {
            local.removeConflict(ctx, articleId, open.theirs);
          }
        }
        const added = local.addConflict(ctx, { articleId, theirs: remote.revision, device: remote.device, detectedAt: ctx.now().toISOString() });
        if (added) report.conflicts.push({ articleId, mine: before.revision, theirs: remote.revision, device: remote.device });
      }
      local.markOnShare(ctx, remote.revision);
      const after = local.localHead(ctx, articleId)?.revision ?? null;
      local.recordRemoteHead(ctx, articleId, remote.device, {
        revision: remote.revision,
        mtimeMs: remote.racy ? -1 : remote.mtimeMs,
        size: remote.size,
        settledAt: after,
      });
    }
    settleConflicts(ctx, articleId);
  })();
}

/** A conflict is over once our head contains their revision (a merge, or we moved on
 * to a revision that descends from it). */
export function settleConflicts(ctx: StoreContext, articleId: string): void {
  const head = local.localHead(ctx, articleId);
  if (!head) return;
  const parents = local.localParents(ctx);
  for (const conflict of local.conflictsOf(ctx, articleId)) {
    if (isAncestor(conflict.theirs, head.revision, parents)) local.removeConflict(ctx, articleId, conflict.theirs);
  }
}
