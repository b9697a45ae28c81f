// The words of an article as the search index sees them. Kept here rather than in the
// plain-text export serializer because indexing wants no list bullets, numbers or
// divider marks (they would become search tokens).
import type { ArticleMeta, Block, Node } from '../../common/document/types';
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

export interface IndexedText {
  headline: string;
  standfirst: string;
  kicker: string;
  body: string;
}

/** What goes into FTS: normalized, with ta marbuta kept so the query can choose. */
export function indexedText(meta: Pick<ArticleMeta, 'headline' | 'standfirst' | 'kicker'>, text: string): IndexedText {
  const n = (s: string) => fastNormalize(s, false);
  return { headline: n(meta.headline), standfirst: n(meta.standfirst), kicker: n(meta.kicker), body: n(text) };
}
