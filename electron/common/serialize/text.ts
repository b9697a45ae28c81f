// Plain-text serializer: what counts, search indexing and .txt export read.
import type { Article, Block, Element, Inline, Node } from '../document/types';

function isText(node: Node): node is Extract<Node, { text: string }> {
  return 'text' in node;
}

/** The text of any node, inline content joined without separators. */
export function nodeText(node: Node): string {
  if (isText(node)) return node.text;
  return (node.children as Node[]).map(nodeText).join('');
}

function inlineText(children: Inline[]): string {
  return children.map(nodeText).join('');
}

function blockLines(block: Block | Element, markers = true): string[] {
  switch (block.type) {
    case 'bulleted-list':
      return block.children.map((item) => (markers ? `• ${inlineText(item.children)}` : inlineText(item.children)));
    case 'numbered-list':
      return block.children.map((item, i) => (markers ? `${i + 1}. ${inlineText(item.children)}` : inlineText(item.children)));
    case 'table':
      return block.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join('\t'));
    case 'divider':
      return markers ? ['* * *'] : [];
    case 'figure': {
      const caption = inlineText(block.children);
      return [[caption, block.credit].filter(Boolean).join(' — ')].filter(Boolean);
    }
    default:
      return [nodeText(block)];
  }
}

/** Body as text: one block per paragraph, separated by a blank line. */
export function blocksToText(body: readonly Block[]): string {
  return body
    .map((b) => blockLines(b).join('\n'))
    .filter((s) => s.trim() !== '')
    .join('\n\n');
}

/** The whole article as a reader would copy it: kicker.. headline, standfirst, byline, body. */
export function articleToText(article: Pick<Article, 'meta' | 'body'>): string {
  const { kicker, headline, standfirst, byline } = article.meta;
  const title = kicker && headline ? `${kicker}.. ${headline}` : kicker || headline;
  return [title, standfirst, byline, blocksToText(article.body)].filter((s) => s && s.trim() !== '').join('\n\n');
}

/** Only the words a reader reads, for counts: kicker, headline, standfirst and body,
 * without list numbers or divider marks (a "1." is not a word the writer wrote).
 * The status bar, the library and the history all count this same text. */
export function articleCountableText(article: Pick<Article, 'meta' | 'body'>): string {
  const body = article.body
    .map(blockCountableText)
    .filter((t) => t.trim() !== '')
    .join('\n\n');
  return [article.meta.kicker, article.meta.headline, article.meta.standfirst, body].filter(Boolean).join('\n\n');
}

/** One body block's part of articleCountableText (blank when it has no words). Counts
 * add up block by block, so an editor can recount only the blocks that changed. */
export function blockCountableText(block: Block): string {
  return blockLines(block, false).join('\n');
}
