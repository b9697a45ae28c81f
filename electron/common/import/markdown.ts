// The inline half of Markdown, for .md files: **bold**, __bold__, *italic*, _italic_ and
// [text](address) links (http, https, mailto only; any other address stays text). Block
// structure (#, lists, tables, ---) is read by the plain-text rules, which know it.
import type { Block, FormattedText, Inline } from '../document/types';
import { isSafeHref } from '../document/schema';
import { inlineText, leaf, tidyInlines, type Marks } from './inline';

const INLINE =
  /\\([\\*_[\]()])|\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*([^*\n]+)\*\*|__([^_\n]+)__|\*([^*\s][^*\n]*)\*|(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])/gu;

function parse(text: string, marks: Marks): FormattedText[] | Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push(leaf(text.slice(at, m.index), marks));
    const [, escaped, label, href, bold1, bold2, italic1, italic2] = m;
    if (escaped) out.push(leaf(escaped, marks));
    else if (label !== undefined) {
      const children = parse(label, marks) as FormattedText[];
      if (isSafeHref(href!)) out.push({ type: 'link', href: href!, children: children.filter((c) => !('type' in c)) });
      else out.push(...children);
    } else if (bold1 ?? bold2) out.push(...parse((bold1 ?? bold2)!, { ...marks, bold: true }));
    else out.push(...parse((italic1 ?? italic2)!, { ...marks, italic: true }));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(leaf(text.slice(at), marks));
  return out;
}

export function markdownInlines(inlines: Inline[]): Inline[] {
  return tidyInlines(inlines.flatMap((n) => ('type' in n ? [n] : parse(n.text, { bold: n.bold, italic: n.italic, underline: n.underline }))));
}

/** The plain text a Markdown line reads as (for the title and standfirst). */
export const markdownPlain = (text: string): string => inlineText(markdownInlines([{ text }]));

type WithInlines = { children: Inline[] };

export function applyMarkdown(blocks: Block[]): Block[] {
  const visit = (el: { type: string; children: unknown[] }): void => {
    if (['paragraph', 'heading', 'list-item', 'blockquote', 'pull-quote', 'table-cell'].includes(el.type)) {
      const target = el as unknown as WithInlines;
      const children = markdownInlines(target.children);
      target.children = children.length ? children : [{ text: '' }];
    } else {
      for (const c of el.children) if (c && typeof c === 'object' && 'children' in c) visit(c as { type: string; children: unknown[] });
    }
  };
  blocks.forEach((b) => visit(b));
  return blocks;
}
