// The words of an article as the search index sees them. Kept here rather than in the
// plain-text export serializer because indexing wants no list bullets, numbers or
// divider marks (they would become search tokens).
import type { ArticleMeta, Block, Node } from '../../common/document/types';
import { cliticStems } from '../../common/arabic/clitics';
import { fastNormalize } from './fast-normalize';

function nodeText(node: Node): string {
  if ('text' in node) return node.text;
  let out = '';
  for (const child of node.children as Node[]) out += nodeText(child);
  return out;
}

/** One line per paragraph, list item or table row; table cells joined by a space. */
export function bodyText(body: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of body) {
    switch (block.type) {
      case 'bulleted-list':
      case 'numbered-list':
        for (const item of block.children) lines.push(nodeText(item));
        break;
      case 'table':
        for (const row of block.children) lines.push(row.children.map(nodeText).join(' '));
        break;
      case 'divider':
        break;
      default:
        lines.push(nodeText(block));
    }
  }
  return lines.filter((line) => line !== '').join('\n');
}

/** The index's columns, in order: the four fields, then the clitic stems of each. */
export const FTS_COLUMNS = [
  'headline',
  'standfirst',
  'kicker',
  'body',
  'headline_stems',
  'standfirst_stems',
  'kicker_stems',
  'body_stems',
] as const;

/** One article's row of the index (after its rowid), in FTS_COLUMNS order. */
export const FTS_INSERT = `INSERT INTO articles_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(FTS_COLUMNS.length)})`;

/**
 * What goes into FTS, in FTS_COLUMNS order: the fields normalized, with ta marbuta kept
 * so the query can choose; then, per field, the stems of its words that carry a clitic.
 */
export function indexedText(meta: Pick<ArticleMeta, 'headline' | 'standfirst' | 'kicker'>, text: string): string[] {
  const fields = [meta.headline, meta.standfirst, meta.kicker, text].map((s) => fastNormalize(s, false));
  return [...fields, ...fields.map(cliticStems)];
}
