// What autosave sends: the header fields that changed and the latest body. Coalescing
// two changes keeps every field either touched, the newer value winning.
import type { ArticleMeta, Block } from '../../electron/common/document/types';

export type EditableMeta = Omit<ArticleMeta, 'createdAt' | 'updatedAt'>;

/** A metadata change; null clears an optional field (JSON has no undefined). */
export type MetaPatch = Partial<Omit<EditableMeta, 'targetWords' | 'deadline'>> & {
  targetWords?: number | null;
  deadline?: string | null;
};

export interface ArticlePatch {
  meta?: MetaPatch;
  body?: Block[];
}

/** The metadata with a change applied: null removes the field. */
export function applyMeta(meta: ArticleMeta, patch: MetaPatch): ArticleMeta {
  const next: Record<string, unknown> = { ...meta };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as unknown as ArticleMeta;
}

export function mergePatches(older: ArticlePatch, newer: ArticlePatch): ArticlePatch {
  const merged: ArticlePatch = {};
  if (older.meta || newer.meta) merged.meta = { ...older.meta, ...newer.meta };
  const body = newer.body ?? older.body;
  if (body) merged.body = body;
  return merged;
}
