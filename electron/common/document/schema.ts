// One runtime schema for every document that crosses a boundary (IPC, HTTP, import,
// sync pull, CLI). Objects are strict: an unknown node or attribute is an error that
// names the field, never a crash further in.
import { z } from 'zod';
import { QalamError } from '../errors';
import type { Article, ArticleDraft, ArticleMeta, Block } from './types';
import { STATUSES } from './types';

const MAX_TEXT = 1_000_000;
const dir = z.enum(['rtl', 'ltr', 'auto']).optional();

export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** True for an absolute http, https or mailto URL; everything else is refused. */
export function isSafeHref(href: string): boolean {
  // Control characters and whitespace inside a scheme are how `java\nscript:` slips by.
  if (/[\u0000-\u001f\u007f]/.test(href)) return false;
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

export const textSchema = z.strictObject({
  text: z.string().max(MAX_TEXT),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

export const linkSchema = z.strictObject({
  type: z.literal('link'),
  href: z.string().refine(isSafeHref, { message: 'link must be an http, https or mailto URL' }),
  children: z.array(textSchema).min(1),
});

const inlines = z.array(z.union([textSchema, linkSchema])).min(1);

const listItem = z.strictObject({ type: z.literal('list-item'), dir, children: inlines });
const tableCell = z.strictObject({
  type: z.literal('table-cell'),
  dir,
  header: z.boolean().optional(),
  children: inlines,
});
const tableRow = z.strictObject({ type: z.literal('table-row'), children: z.array(tableCell).min(1) });

export const ASSET_HASH = /^[0-9a-f]{64}$/;

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), dir, children: inlines }),
  z.strictObject({
    type: z.literal('heading'),
    dir,
    level: z.union([z.literal(2), z.literal(3)]),
    children: inlines,
  }),
  z.strictObject({ type: z.literal('bulleted-list'), dir, children: z.array(listItem).min(1) }),
  z.strictObject({ type: z.literal('numbered-list'), dir, children: z.array(listItem).min(1) }),
  z.strictObject({ type: z.literal('blockquote'), dir, children: inlines }),
  z.strictObject({ type: z.literal('pull-quote'), dir, children: inlines }),
  z.strictObject({ type: z.literal('table'), dir, children: z.array(tableRow).min(1) }),
  z.strictObject({
    type: z.literal('figure'),
    dir,
    asset: z.string().regex(ASSET_HASH, 'asset must be a SHA-256 hex hash'),
    alt: z.string().max(2000),
    credit: z.string().max(2000).optional(),
    children: inlines,
  }),
  z.strictObject({ type: z.literal('divider'), children: z.tuple([textSchema]) }),
]);

export const bodySchema = z.array(blockSchema).max(200_000);

const isoDate = z.iso.datetime({ offset: true });

export const metaSchema = z.strictObject({
  kicker: z.string().max(500),
  headline: z.string().max(1000),
  standfirst: z.string().max(5000),
  byline: z.string().max(500),
  section: z.string().max(200),
  tags: z.array(z.string().min(1).max(100)).max(100),
  slug: z.string().max(300).regex(/^[\p{L}\p{N}-]*$/u, 'slug may hold letters, digits and hyphens only'),
  status: z.enum(STATUSES),
  language: z.string().min(2).max(35),
  targetWords: z.number().int().positive().max(1_000_000).optional(),
  deadline: isoDate.optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const articleSchema = z.strictObject({
  id: z.string().regex(ULID, 'id must be a ULID'),
  meta: metaSchema,
  body: bodySchema,
  revision: z.string().max(128),
  parents: z.array(z.string().max(128)).max(2).optional(),
});

export const draftSchema = z.strictObject({
  meta: metaSchema.omit({ createdAt: true, updatedAt: true }).partial().optional(),
  body: bodySchema.optional(),
});

/** `body[3].children[0].href` — the path a person can find the problem at. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Parse with a schema or throw a QalamError('invalid') naming the field and problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, root?: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = formatPath([...(root ? [root] : []), ...(issue?.path ?? [])]);
  throw new QalamError('invalid', `${path}: ${issue?.message ?? 'invalid'}`);
}

export const validateArticle = (value: unknown): Article => parseOrThrow(articleSchema, value) as Article;
export const validateDraft = (value: unknown): ArticleDraft => parseOrThrow(draftSchema, value) as ArticleDraft;
export const validateBody = (value: unknown): Block[] => parseOrThrow(bodySchema, value, 'body') as Block[];
export const validateMeta = (value: unknown): ArticleMeta => parseOrThrow(metaSchema, value, 'meta') as ArticleMeta;
