// Small readings of sanitized DOM shared by the converter and the page reader.
import type { Block, Direction, Inline } from '../document/types';
import { tidyInlines, type Marks } from './inline';

export const nameOf = (el: Element): string => (el.localName || el.nodeName).toLowerCase();
export const isElement = (n: Node): n is Element => n.nodeType === 1;

export function dirAttr(el: Element): Direction | undefined {
  const d = el.getAttribute('dir')?.trim().toLowerCase();
  return d === 'rtl' || d === 'ltr' || d === 'auto' ? d : undefined;
}

export function applyMarks(el: Element, name: string, marks: Marks): Marks {
  const m = { ...marks };
  if (name === 'b' || name === 'strong') m.bold = true;
  if (name === 'i' || name === 'em') m.italic = true;
  if (name === 'u' || name === 'ins') m.underline = true;
  for (const t of (el.getAttribute('data-qalam-fmt') ?? '').split(' ')) {
    const on = t.endsWith('+');
    if (t.startsWith('b')) m.bold = on;
    if (t.startsWith('i')) m.italic = on;
    if (t.startsWith('u')) m.underline = on;
  }
  return m;
}

/** Flatten blocks to one run of inlines, a line break between blocks (for cells, items…). */
export function flatten(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const add = (inl: Inline[]) => {
    if (!inl.length) return;
    if (out.length) out.push({ text: '\n' });
    out.push(...inl);
  };
  for (const b of blocks) {
    if (b.type === 'table') for (const r of b.children) add(r.children.flatMap((c, i) => (i ? [{ text: ' ' }, ...c.children] : c.children)));
    else if (b.type === 'bulleted-list' || b.type === 'numbered-list') for (const li of b.children) add(li.children);
    else if (b.type !== 'divider' && b.type !== 'figure') add(b.children);
  }
  return tidyInlines(out);
}

/** Characters of paragraph text inside an element: how much copy it holds. */
export function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').trim().length;
  return n;
}
