// Creating, reading, listing and duplicating articles.
import { monotonicFactory } from 'ulid';
import type { ArticleSummary, RequestOf } from '../../common/contract';
import { contract } from '../../common/contract';
import { draftSchema, parseOrThrow, validateMeta } from '../../common/document/schema';
import type { Article, ArticleDraft, ArticleMeta, Block } from '../../common/document/types';
import { draftMeta } from '../../common/document/types';
import type { StoreContext } from './context';
import { uniqueSlug } from './meta-patch';
import { makeRevision } from './revisions';
import type { ArticleRow } from './rows';
import { loadRow, rowArticle, rowState, rowSummary, writeRow } from './rows';

// One factory per process: ids made in the same millisecond still sort in the order
// they were made, and the random part is drawn once per millisecond, not per id.
const nextId = monotonicFactory();

export const EMPTY_BODY: Block[] = [{ type: 'paragraph', children: [{ text: '' }] }];

/** A new article: a draft in Arabic with empty fields, and its 'create' revision. */
export function createArticle(ctx: StoreContext, draft: ArticleDraft = {}, kind: 'create' | 'import' = 'create'): Article {
  const parsed = parseOrThrow(draftSchema, draft ?? {}) as ArticleDraft;
  const now = ctx.now().toISOString();
  const meta = validateMeta({ ...draftMeta(now), ...parsed.meta, createdAt: now, updatedAt: now });
  const body = parsed.body ?? EMPTY_BODY;
  const id = nextId(ctx.now().getTime());
  meta.slug = uniqueSlug(ctx, meta.slug, id);
  return ctx.db.transaction(() => {
    const revision = makeRevision(ctx, id, { meta, body }, kind, [], { at: now });
    writeRow(ctx, id, { meta, body, revision: revision.id, revisedAt: now, dirty: false });
    return { id, meta, body, revision: revision.id, parents: [] };
  })();
}

export function getArticle(ctx: StoreContext, id: string): Article {
  return rowArticle(ctx, loadRow(ctx, id));
}

export type ListRequest = NonNullable<RequestOf<'articles.list'>>;

export const DEFAULT_LIST_LIMIT = 500;

const ORDER = {
  updated: 'updated_at DESC, num DESC',
  created: 'created_at DESC, num DESC',
  // Nearest deadline first; articles without one after all that have one.
  deadline: 'deadline IS NULL, deadline ASC, updated_at DESC',
  headline: 'headline_key ASC, num ASC',
} as const;

/** Articles matching every given filter; the trash only when `trashed` is true. */
export function listArticles(ctx: StoreContext, request: ListRequest = {}): ArticleSummary[] {
  const r = parseOrThrow(contract['articles.list'].request, request ?? {}) ?? {};
  const where = [r.trashed ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL'];
  const params: (string | number)[] = [];
  if (r.status !== undefined) {
    where.push('status = ?');
    params.push(r.status);
  }
  if (r.section !== undefined) {
    where.push('section = ?');
    params.push(r.section);
  }
  if (r.tag !== undefined) {
    where.push('num IN (SELECT article_num FROM article_tags WHERE tag = ?)');
    params.push(r.tag);
  }
  const sql = `SELECT id, meta, revision, trashed_at, words FROM articles WHERE ${where.join(' AND ')}
    ORDER BY ${ORDER[r.sort ?? 'updated']} LIMIT ? OFFSET ?`;
  params.push(r.limit ?? DEFAULT_LIST_LIMIT, r.offset ?? 0);
  const rows = ctx.stmt(sql).all(...params) as Pick<ArticleRow, 'id' | 'meta' | 'revision' | 'trashed_at' | 'words'>[];
  return rows.map(rowSummary);
}

/** A new draft with the same words; "(نسخة)" marks the copy in the list. */
export function duplicateArticle(ctx: StoreContext, id: string): Article {
  const { meta, body } = rowState(loadRow(ctx, id));
  const copy: Partial<ArticleMeta> = { ...meta, status: 'draft', slug: '' };
  delete copy.createdAt;
  delete copy.updatedAt;
  copy.headline = `${meta.headline} (نسخة)`.slice(0, 1000);
  return createArticle(ctx, { meta: copy, body });
}
