// Reading and writing an article's current state: the row, its tags and its search
// index entry always change together, inside the caller's transaction.
import { countWords } from '../../common/arabic/count';
import { normalizeForSearch } from '../../common/arabic/normalize';
import type { ArticleSummary } from '../../common/contract';
import type { Article, ArticleMeta, Block, Status } from '../../common/document/types';
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';
import type { State } from './revisions';
import { bodyText, indexedText } from './text';

export interface ArticleRow {
  num: number;
  id: string;
  meta: string;
  body: string;
  revision: string;
  revised_at: string;
  dirty: number;
  trashed_at: string | null;
  words: number;
  status: Status;
}

const ROW_COLUMNS = 'num, id, meta, body, revision, revised_at, dirty, trashed_at, words, status';

export function findRow(ctx: StoreContext, id: string): ArticleRow | undefined {
  return ctx.stmt(`SELECT ${ROW_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
}

export function loadRow(ctx: StoreContext, id: string): ArticleRow {
  const row = findRow(ctx, id);
  if (!row) throw new QalamError('not_found', id);
  return row;
}

export function rowState(row: ArticleRow): State {
  return { meta: JSON.parse(row.meta) as ArticleMeta, body: JSON.parse(row.body) as Block[] };
}

export function parentsOf(ctx: StoreContext, revision: string): string[] {
  const row = ctx.stmt('SELECT parents FROM revisions WHERE id = ?').get(revision) as { parents: string } | undefined;
  return row ? (JSON.parse(row.parents) as string[]) : [];
}

export function rowArticle(ctx: StoreContext, row: ArticleRow): Article {
  const { meta, body } = rowState(row);
  return { id: row.id, meta, body, revision: row.revision, parents: parentsOf(ctx, row.revision) };
}

export function rowSummary(row: Pick<ArticleRow, 'id' | 'meta' | 'revision' | 'trashed_at' | 'words'>): ArticleSummary {
  const m = JSON.parse(row.meta) as ArticleMeta;
  const summary: ArticleSummary = {
    id: row.id,
    kicker: m.kicker,
    headline: m.headline,
    standfirst: m.standfirst,
    status: m.status,
    section: m.section,
    byline: m.byline,
    tags: m.tags,
    words: row.words,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    revision: row.revision,
  };
  if (m.deadline !== undefined) summary.deadline = m.deadline;
  if (row.trashed_at !== null) summary.trashedAt = row.trashed_at;
  return summary;
}

export interface WriteState extends State {
  revision: string;
  revisedAt: string;
  dirty: boolean;
  trashedAt?: string | null;
}

/**
 * Write the current state of an article (insert when `previous` is undefined).
 * Tags and the search entry are rewritten only when what they come from changed.
 */
export function writeRow(ctx: StoreContext, id: string, next: WriteState, previous?: ArticleRow): number {
  const metaJson = JSON.stringify(next.meta);
  const bodyJson = JSON.stringify(next.body);
  const text = bodyText(next.body);
  const m = next.meta;
  const trashedAt = next.trashedAt === undefined ? (previous?.trashed_at ?? null) : next.trashedAt;
  const values = [
    metaJson,
    bodyJson,
    next.revision,
    next.revisedAt,
    next.dirty ? 1 : 0,
    trashedAt,
    countWords(text),
    m.status,
    m.section,
    normalizeForSearch(m.headline),
    m.deadline ?? null,
    m.createdAt,
    m.updatedAt,
  ];
  let num: number;
  if (previous) {
    num = previous.num;
    ctx
      .stmt(
        `UPDATE articles SET meta = ?, body = ?, revision = ?, revised_at = ?, dirty = ?, trashed_at = ?, words = ?,
           status = ?, section = ?, headline_key = ?, deadline = ?, created_at = ?, updated_at = ? WHERE num = ?`,
      )
      .run(...values, num);
  } else {
    num = Number(
      ctx
        .stmt(
          `INSERT INTO articles (id, meta, body, revision, revised_at, dirty, trashed_at, words,
             status, section, headline_key, deadline, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, ...values).lastInsertRowid,
    );
  }

  const old = previous ? (JSON.parse(previous.meta) as ArticleMeta) : undefined;
  if (!old || JSON.stringify(old.tags) !== JSON.stringify(m.tags)) {
    if (old) ctx.stmt('DELETE FROM article_tags WHERE article_num = ?').run(num);
    const add = ctx.stmt('INSERT OR IGNORE INTO article_tags (tag, article_num) VALUES (?, ?)');
    for (const tag of m.tags) add.run(tag, num);
  }

  const wasIndexed = previous !== undefined && previous.trashed_at === null;
  const indexChanged =
    !old ||
    old.headline !== m.headline ||
    old.standfirst !== m.standfirst ||
    old.kicker !== m.kicker ||
    previous!.body !== bodyJson;
  if (trashedAt !== null) {
    if (wasIndexed) unindex(ctx, num);
  } else if (!wasIndexed || indexChanged) {
    if (wasIndexed) unindex(ctx, num);
    const t = indexedText(m, text);
    ctx
      .stmt('INSERT INTO articles_fts (rowid, headline, standfirst, kicker, body) VALUES (?, ?, ?, ?, ?)')
      .run(num, t.headline, t.standfirst, t.kicker, t.body);
  }
  return num;
}

export function unindex(ctx: StoreContext, num: number): void {
  ctx.stmt('DELETE FROM articles_fts WHERE rowid = ?').run(num);
}
