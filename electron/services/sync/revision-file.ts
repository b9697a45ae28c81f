// A revision file on the share is the revision's canonical JSON, named by its SHA-256.
// Reading one checks, in order: size, UTF-8, JSON, the store's revision schema (meta
// and body through the one document schema), the article it claims, and the hash —
// so a file that was edited, truncated or planted is refused, never imported.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/canonical-json';
import type { RevisionContent } from '../store/revisions';
import { revisionContentSchema } from '../store/revisions';

/** An article revision is a few hundred KB at most; anything past this is not ours. */
export const REVISION_FILE_MAX = 16 * 1024 * 1024;
/** Images for the web and print desks; larger files are refused unread. */
export const ASSET_FILE_MAX = 64 * 1024 * 1024;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export type RevisionCheck = { content: RevisionContent; json: string } | { reason: string };

export function parseRevisionFile(bytes: Uint8Array, expectedId: string, articleId: string): RevisionCheck {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { reason: 'not UTF-8 text' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'invalid JSON' };
  }
  const parsed = revisionContentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: `wrong schema: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const content = parsed.data as RevisionContent;
  if (content.articleId !== articleId) return { reason: `belongs to article ${content.articleId}, not ${articleId}` };
  const json = canonicalJson(content);
  const id = sha256Hex(json);
  if (id !== expectedId) return { reason: `content hash ${id} does not match its name` };
  return { content, json };
}

/** Asset hashes a body refers to (figures), in order, without repeats. */
export function figureAssets(content: Pick<RevisionContent, 'body'>): string[] {
  const out = new Set<string>();
  for (const block of content.body) if (block.type === 'figure') out.add(block.asset);
  return [...out];
}
