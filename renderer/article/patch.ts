// What autosave sends: the header fields that changed and the latest body. Coalescing
// two changes keeps every field either touched, the newer value winning.
import type { ArticleMeta, Block } from '../../electron/common/document/types';

export type EditableMeta = Omit<ArticleMeta, 'createdAt' | 'updatedAt'>;

export interface ArticlePatch {
  meta?: Partial<EditableMeta>;
  body?: Block[];
}

export function mergePatches(older: ArticlePatch, newer: ArticlePatch): ArticlePatch {
  const merged: ArticlePatch = {};
  if (older.meta || newer.meta) merged.meta = { ...older.meta, ...newer.meta };
  const body = newer.body ?? older.body;
  if (body) merged.body = body;
  return merged;
}
