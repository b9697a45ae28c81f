// Reading and writing an article's current state: the row, its tags and its search
// index entry always change together, inside the caller's transaction.
import { countWords } from '../../common/arabic/count';
import { articleCountableText } from '../../common/serialize/text';
import type { ArticleSummary } from '../../common/contract';
import type { Article, ArticleMeta, Block, Status } from '../../common/document/types';
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';
import { fastNormalize } from './fast-normalize';
import type { State } from './revisions';
import { bodyText, FTS_INSERT, indexedText } from './text';

export interface ArticleRow {
  num: number;
  id: string;
  meta: string;
  body: string;
  revision: string;
  revised_at: string;
  dirty: number;
  trashed_at: string | null;
  unindexed: number;
  words: number;
  status: Status;
}

const ROW_COLUMNS = 'num, id, meta, body, revision, revised_at, dirty, trashed_at, unindexed, words, status';

export function findRow(ctx: StoreContext, id: string): ArticleRow | undefined {
  return ctx.stmt(`SELECT ${ROW_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
}

export function loadRow(ctx: StoreContext, id: string): ArticleRow {
  const row = findRow(ctx, id);
  if (!row) throw new QalamError('not_found', id);
  return row;
}

/**
 * The row as loadRow returns it, except that the body (often several overflow pages)
 * is read only if something asks for it: an autosave replaces the body and rarely
 * needs the old one.
 */
export function loadRowForSave(ctx: StoreContext, id: string): ArticleRow {
  const lite = ctx
    .stmt('SELECT num, id, meta, revision, revised_at, dirty, trashed_at, unindexed, words, status FROM articles WHERE id = ?')
    .get(id) as Omit<ArticleRow, 'body'> | undefined;
  if (!lite) throw new QalamError('not_found', id);
  let body: string | undefined;
  return Object.defineProperty(lite, 'body', {
    enumerable: true,
    get: () => (body ??= ctx.stmt('SELECT body FROM articles WHERE num = ?').pluck().get(lite.num) as string),
  }) as ArticleRow;
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
  /** The caller knows the body is the stored one (a metadata-only save). */
  bodyUnchanged?: boolean;
}

/**
 * Write the current state of an article (insert when `previous` is undefined), in the
 * caller's transaction. The search index and word count are not updated here: the row
 * is marked `unindexed` and `flushIndex` catches up before the next search or list.
 * Autosave runs every few seconds while someone types and searches are rare, so the
 * tokenizing happens once per search instead of once per keystroke pause; the mark is
 * written in the same transaction as the text, so a crash cannot lose it.
 */
export function writeRow(ctx: StoreContext, id: string, next: WriteState, previous?: ArticleRow): number {
  const metaJson = JSON.stringify(next.meta);
  const bodyJson = JSON.stringify(next.body);
  const m = next.meta;
  const trashedAt = next.trashedAt === undefined ? (previous?.trashed_at ?? null) : next.trashedAt;
  const old = previous ? (JSON.parse(previous.meta) as ArticleMeta) : undefined;
  // The old body is never read to compare (it is often several overflow pages): a
  // body counts as changed unless the caller says otherwise, and a needless re-index
  // costs one article's tokenizing at the next search.
  const textUnchanged =
    next.bodyUnchanged === true && old!.headline === m.headline && old!.standfirst === m.standfirst && old!.kicker === m.kicker;
  let unindexed: number;
  if (trashedAt !== null) unindexed = 0;
  else if (!previous || previous.trashed_at !== null || previous.unindexed === 1) unindexed = 1;
  else unindexed = textUnchanged ? 0 : 1;

  let num: number;
  if (previous) {
    num = previous.num;
    // Set only the indexed columns whose value changed: SQLite rewrites every index on a
    // column named in SET, and an autosave changes the text and updated_at, not the rest.
    const sets = ['meta = ?', 'body = ?', 'revision = ?', 'revised_at = ?', 'dirty = ?', 'updated_at = ?'];
    const params: unknown[] = [metaJson, bodyJson, next.revision, next.revisedAt, next.dirty ? 1 : 0, m.updatedAt];
    const changed = (column: string, before: unknown, after: unknown) => {
      if (before !== after) {
        sets.push(`${column} = ?`);
        params.push(after);
      }
    };
    changed('unindexed', previous.unindexed, unindexed);
    changed('trashed_at', previous.trashed_at, trashedAt);
    changed('status', old!.status, m.status);
    changed('section', old!.section, m.section);
    if (old!.headline !== m.headline) changed('headline_key', null, fastNormalize(m.headline));
    changed('deadline', old!.deadline ?? null, m.deadline ?? null);
    changed('created_at', old!.createdAt, m.createdAt);
    ctx.stmt(`UPDATE articles SET ${sets.join(', ')} WHERE num = ?`).run(...params, num);
  } else {
    num = Number(
      ctx
        .stmt(
          `INSERT INTO articles (id, meta, body, revision, revised_at, dirty, trashed_at, unindexed, words,
             status, section, headline_key, deadline, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          metaJson,
          bodyJson,
          next.revision,
          next.revisedAt,
          next.dirty ? 1 : 0,
          trashedAt,
          unindexed,
          m.status,
          m.section,
          fastNormalize(m.headline),
          m.deadline ?? null,
          m.createdAt,
          m.updatedAt,
        ).lastInsertRowid,
    );
  }

  if (!old || JSON.stringify(old.tags) !== JSON.stringify(m.tags)) {
    if (old) ctx.stmt('DELETE FROM article_tags WHERE article_num = ?').run(num);
    const add = ctx.stmt('INSERT OR IGNORE INTO article_tags (tag, article_num) VALUES (?, ?)');
    for (const tag of m.tags) add.run(tag, num);
  }
  // A trashed article leaves the index at once: search must never show it.
  if (trashedAt !== null && previous && previous.trashed_at === null) unindex(ctx, num);
  return num;
}

export function unindex(ctx: StoreContext, num: number): void {
  ctx.stmt('DELETE FROM articles_fts WHERE rowid = ?').run(num);
}

/** Bring the search index and word counts up to date; returns how many were updated. */
export function flushIndex(ctx: StoreContext): number {
  const pending = ctx.stmt('SELECT num, meta, body FROM articles WHERE unindexed = 1').all() as {
    num: number;
    meta: string;
    body: string;
  }[];
  if (pending.length === 0) return 0;
  ctx.db.transaction(() => {
    for (const row of pending) {
      const meta = JSON.parse(row.meta) as ArticleMeta;
      const body = JSON.parse(row.body) as Block[];
      const text = bodyText(body);
      unindex(ctx, row.num);
      ctx.stmt(FTS_INSERT).run(row.num, ...indexedText(meta, text));
      ctx.stmt('UPDATE articles SET words = ?, unindexed = 0 WHERE num = ?').run(countWords(articleCountableText({ meta, body })), row.num);
    }
  })();
  return pending.length;
}
