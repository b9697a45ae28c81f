// Revisions: immutable, content-addressed snapshots of an article. The id is the
// SHA-256 of the canonical JSON of the content, so the same revision has the same id
// on every device and a file on the share can be checked against its name.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../common/canonical-json';
import { countWords } from '../../common/arabic/count';
import { articleCountableText } from '../../common/serialize/text';
import type { RevisionKind, RevisionSummary } from '../../common/contract';
import { bodySchema, metaSchema, parseOrThrow, ULID } from '../../common/document/schema';
import type { ArticleMeta, Block, Status } from '../../common/document/types';
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';

export const REVISION_KINDS = ['create', 'autosave', 'snapshot', 'status', 'restore', 'merge', 'import', 'delete', 'sync'] as const;

/** Everything a revision says; its id is sha256(canonicalJson(this)). */
export interface RevisionContent {
  articleId: string;
  parents: string[];
  meta: ArticleMeta;
  body: Block[];
  kind: RevisionKind;
  createdAt: string;
  author: string;
  device: string;
  /** The device's name from settings when the revision was made ("DESK-3"); absent on
   * revisions from before names were recorded and where no name was set. */
  deviceName?: string;
  /** Present (true) only on a revision that deletes the article (moves it to the trash). */
  deleted?: true;
  /** This Qalam never writes it: a revision without one is major 1 (sync/versions.ts). */
  format?: 'qalam-revision/1';
}

const REVISION_ID = /^[0-9a-f]{64}$/;

// Known fields are checked as strictly as ever (meta and body through the one document
// schema, whose objects stay strict). Top-level fields this Qalam does not know are a
// newer desk's additions within the same major (sync README "Versions"): z.object lets
// them through, unknownFieldProblem checks they are plain JSON data, and the id hashes
// the revision as received, so they are kept, not dropped.
export const revisionContentSchema = z.object({
  format: z.literal('qalam-revision/1').optional(),
  articleId: z.string().regex(ULID, 'id must be a ULID'),
  parents: z.array(z.string().regex(REVISION_ID, 'parent must be a revision id')).max(2),
  meta: metaSchema,
  body: bodySchema,
  kind: z.enum(REVISION_KINDS),
  createdAt: z.iso.datetime({ offset: true }),
  author: z.string().max(200),
  device: z.string().max(200),
  deviceName: z.string().min(1).max(200).optional(),
  deleted: z.literal(true).optional(),
});

const KNOWN_FIELDS = new Set(Object.keys(revisionContentSchema.shape));
/** Deep enough for any record a newer desk could want to add; deeper is not data. */
const UNKNOWN_FIELD_DEPTH = 32;

/** Why a top-level field this Qalam does not know cannot be kept as it is (undefined
 * when every one can): it must be JSON data that hashes the same on every device — no
 * `__proto__` key, no number JSON cannot write, no cycle or absurd depth. */
export function unknownFieldProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Object.getPrototypeOf(value) !== Object.prototype) return '(root): not JSON data';
  for (const key of Object.keys(value)) {
    if (KNOWN_FIELDS.has(key)) continue;
    const problem = propertyProblem(value as Record<string, unknown>, key, key, 0);
    if (problem) return problem;
  }
  return undefined;
}

function propertyProblem(record: Record<string, unknown>, key: string, path: string, depth: number): string | undefined {
  if (key === '__proto__') return `${path}: not allowed`;
  const item = record[key];
  // canonicalJson leaves out an undefined property, as JSON.stringify does.
  return item === undefined ? undefined : dataProblem(item, path, depth);
}

function dataProblem(value: unknown, path: string, depth: number): string | undefined {
  if (depth > UNKNOWN_FIELD_DEPTH) return `${path}: nested too deep`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path}: not a finite number`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = dataProblem(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return `${path}: not JSON data`;
  for (const key of Object.keys(value)) {
    const problem = propertyProblem(value as Record<string, unknown>, key, `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

export interface State {
  meta: ArticleMeta;
  body: Block[];
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The canonical text of a revision and its id. */
export function encodeRevision(content: RevisionContent): { id: string; json: string } {
  const json = canonicalJson(content);
  return { id: sha256Hex(json), json };
}

function insert(ctx: StoreContext, content: RevisionContent, id: string, json: string): void {
  ctx
    .stmt(
      `INSERT OR IGNORE INTO revisions (id, article_id, parents, kind, created_at, author, device, status, words, headline, content)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      content.articleId,
      JSON.stringify(content.parents),
      content.kind,
      content.createdAt,
      content.author,
      content.device,
      content.meta.status,
      countWords(articleCountableText(content)),
      content.meta.headline,
      json,
    );
}

/** Record the given state as a new revision of this device; returns its id and time. */
export function makeRevision(
  ctx: StoreContext,
  articleId: string,
  state: State,
  kind: RevisionKind,
  parents: string[],
  options: { deleted?: boolean; at?: string } = {},
): { id: string; createdAt: string } {
  const content: RevisionContent = {
    articleId,
    parents,
    meta: state.meta,
    body: state.body,
    kind,
    createdAt: options.at ?? ctx.now().toISOString(),
    author: ctx.author(),
    device: ctx.device,
  };
  // Only when set: a library with no device name writes exactly what it wrote before.
  const deviceName = ctx.deviceName?.().trim();
  if (deviceName) content.deviceName = deviceName;
  if (options.deleted) content.deleted = true;
  const { id, json } = encodeRevision(content);
  insert(ctx, content, id, json);
  return { id, createdAt: content.createdAt };
}

/**
 * For sync: store a revision that came from elsewhere. The content is validated with
 * the schema and its id recomputed; a revision whose id does not match is refused.
 * Fields this Qalam does not know are stored with it, as they are part of what the id
 * hashes (and go on to the next share as they came). Idempotent. Returns the id.
 */
export function insertRevision(ctx: StoreContext, content: unknown, expectedId?: string): string {
  const parsed = parseOrThrow(revisionContentSchema, content, 'revision') as RevisionContent;
  const problem = unknownFieldProblem(content);
  if (problem) throw new QalamError('invalid', `revision.${problem}`);
  // The value as given, not zod's copy: that one has only the fields this Qalam knows.
  const { id, json } = encodeRevision(content as RevisionContent);
  if (expectedId !== undefined && expectedId !== id) {
    throw new QalamError('invalid', `revision: id ${expectedId} does not match its content (${id})`);
  }
  insert(ctx, parsed, id, json);
  return id;
}

interface RevisionRow {
  id: string;
  article_id: string;
  parents: string;
  kind: RevisionKind;
  created_at: string;
  author: string;
  device: string;
  device_name: string | null;
  status: Status;
  words: number;
  headline: string;
}

/** The stored canonical JSON of a revision (byte-exact what its id hashes). */
export function revisionJson(ctx: StoreContext, revisionId: string): string {
  const row = ctx.stmt('SELECT content FROM revisions WHERE id = ?').get(revisionId) as { content: string } | undefined;
  if (!row) throw new QalamError('revision_not_found', revisionId);
  return row.content;
}

export function getRevisionContent(ctx: StoreContext, revisionId: string, articleId?: string): RevisionContent {
  const content = JSON.parse(revisionJson(ctx, revisionId)) as RevisionContent;
  if (articleId !== undefined && content.articleId !== articleId) throw new QalamError('revision_not_found', revisionId);
  return content;
}

function summary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    parents: JSON.parse(row.parents) as string[],
    kind: row.kind,
    createdAt: row.created_at,
    author: row.author,
    device: row.device,
    deviceName: row.device_name ?? '',
    status: row.status,
    words: row.words,
    headline: row.headline,
  };
}

/** Newest first, with parent ids (the ancestry sync merges by). */
export function listRevisions(ctx: StoreContext, articleId: string): RevisionSummary[] {
  const rows = ctx
    .stmt(
      // The device name lives only in the revision's content (no column, no migration).
      `SELECT id, article_id, parents, kind, created_at, author, device, json_extract(content, '$.deviceName') AS device_name,
              status, words, headline
       FROM revisions WHERE article_id = ? ORDER BY created_at DESC, rowid DESC`,
    )
    .all(articleId) as RevisionRow[];
  return rows.map(summary);
}

/** True when `ancestor` is `descendant` or reachable from it through parents. */
export function isAncestor(ctx: StoreContext, ancestor: string, descendant: string): boolean {
  if (ancestor === descendant) return true;
  const parentsOf = ctx.stmt('SELECT parents FROM revisions WHERE id = ?');
  const seen = new Set<string>([descendant]);
  const queue = [descendant];
  while (queue.length > 0) {
    const row = parentsOf.get(queue.pop()!) as { parents: string } | undefined;
    if (!row) continue;
    for (const parent of JSON.parse(row.parents) as string[]) {
      if (parent === ancestor) return true;
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
    }
  }
  return false;
}

/** Same words and metadata, ignoring when it was last touched. */
export function sameState(a: State, b: State): boolean {
  const strip = (m: ArticleMeta) => ({ ...m, updatedAt: '' });
  return canonicalJson({ meta: strip(a.meta), body: a.body }) === canonicalJson({ meta: strip(b.meta), body: b.body });
}
