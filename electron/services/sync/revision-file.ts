// A revision file on the share is the revision's canonical JSON, named by its SHA-256.
// Reading one checks, in order: size, UTF-8, JSON, its format (a newer major is set
// aside, README "Versions"), the store's revision schema (meta and body through the one
// document schema; fields this Qalam does not know are kept), the article it claims,
// and the hash — so a file that was edited, truncated or planted is refused, never imported.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/canonical-json';
import type { RevisionContent } from '../store/revisions';
import { revisionContentSchema, unknownFieldProblem } from '../store/revisions';
import { newerFormat } from './versions';

/** An article revision is a few hundred KB at most; anything past this is not ours. */
export const REVISION_FILE_MAX = 16 * 1024 * 1024;
/** Images for the web and print desks; larger files are refused unread. */
export const ASSET_FILE_MAX = 64 * 1024 * 1024;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** `content` is the revision as read, fields this Qalam does not know included; `json`
 * its canonical text, which the name hashes. `newer`: the format of a newer Qalam. */
export type RevisionCheck = { content: RevisionContent; json: string } | { reason: string } | { newer: string };

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
  const newer = newerFormat(value, 'revision');
  if (newer) return { newer };
  const parsed = revisionContentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: `wrong schema: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const unknown = unknownFieldProblem(value);
  if (unknown) return { reason: `wrong schema: ${unknown}` };
  // The revision as read, not zod's copy (which holds only the fields this Qalam knows):
  // its hash must be the name, and what is stored and passed on must be all of it.
  const content = value as RevisionContent;
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
