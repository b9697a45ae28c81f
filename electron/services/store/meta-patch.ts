// Applying an editor's metadata change to the stored metadata. Two rules live here so
// save.ts stays about revisions:
// - null clears an optional field (targetWords, deadline): JSON has no undefined, so
//   "the editor emptied the field" must travel as null and end as a missing key;
// - slugs are unique in the library: a slug another article already uses gets the
//   first free "-2", "-3", … suffix (the store decides, so the CLI, sync and every
//   window agree; the editor sees the suffix in the saved article).
import type { ArticleMeta } from '../../common/document/types';
import type { StoreContext } from './context';

export type MetaPatch = { [K in keyof ArticleMeta]?: ArticleMeta[K] | null };

const MAX_SLUG = 300;

/** Old metadata with the patch applied: null deletes the key, undefined keeps the old value. */
export function applyMetaPatch(old: ArticleMeta, patch: MetaPatch, updatedAt: string): ArticleMeta {
  const next: Record<string, unknown> = { ...old };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  next.updatedAt = updatedAt;
  return next as unknown as ArticleMeta;
}

function slugTaken(ctx: StoreContext, slug: string, exceptId: string | null): boolean {
  const row = ctx
    .stmt("SELECT 1 FROM articles WHERE json_extract(meta, '$.slug') = ? AND id IS NOT ? LIMIT 1")
    .get(slug, exceptId);
  return row !== undefined;
}

/** `slug`, or `slug-N` with the smallest N ≥ 2 no other article uses. Empty stays empty. */
export function uniqueSlug(ctx: StoreContext, slug: string, exceptId: string | null): string {
  if (slug === '' || !slugTaken(ctx, slug, exceptId)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = slug.slice(0, MAX_SLUG - suffix.length) + suffix;
    if (!slugTaken(ctx, candidate, exceptId)) return candidate;
  }
}

/** Tags used by articles outside the trash, most used first (for completion). */
export function listTags(ctx: StoreContext): { tag: string; count: number }[] {
  return ctx
    .stmt(
      `SELECT t.tag AS tag, COUNT(*) AS count FROM article_tags t JOIN articles a ON a.num = t.article_num
       WHERE a.trashed_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 2000`,
    )
    .all() as { tag: string; count: number }[];
}
