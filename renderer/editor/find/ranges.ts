// Matches over a Slate body. A text block's words are split across leaves (marks,
// links), so matching runs on the block's whole string and each span is mapped back
// to points in the leaves.
import { Element, Node, type BaseRange, type Descendant, type Path, type Point, type Range } from 'slate';
import { INLINE_HOLDERS } from '../nodes';
import { findInText, type FindOptions } from './match';

export interface FindMatch {
  range: BaseRange;
  /** Path of the text block holding the match. */
  block: Path;
}

export function findMatches(body: readonly Descendant[], query: string, options: FindOptions): FindMatch[] {
  const out: FindMatch[] = [];
  if (query === '') return out;
  const visit = (nodes: readonly Descendant[], parent: Path) => {
    nodes.forEach((node, index) => {
      if (!Element.isElement(node)) return;
      const path = [...parent, index];
      if (INLINE_HOLDERS.has(node.type)) collectBlock(node, path, query, options, out);
      else visit(node.children, path);
    });
  };
  visit(body, []);
  return out;
}

function collectBlock(block: Element, path: Path, query: string, options: FindOptions, out: FindMatch[]): void {
  const leaves: { path: Path; start: number; text: string }[] = [];
  let full = '';
  for (const [text, rel] of Node.texts(block)) {
    leaves.push({ path: [...path, ...rel], start: full.length, text: text.text });
    full += text.text;
  }
  const spans = findInText(full, query, options);
  if (spans.length === 0) return;
  const toPoint = (offset: number, preferEnd: boolean): Point => {
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i]!;
      const end = leaf.start + leaf.text.length;
      // A start offset on a leaf boundary belongs to the next leaf, an end offset to this one.
      if (offset < end || (preferEnd && offset === end) || i === leaves.length - 1) {
        return { path: leaf.path, offset: Math.min(offset - leaf.start, leaf.text.length) };
      }
    }
    return { path: leaves[0]!.path, offset: 0 };
  };
  for (const span of spans) {
    out.push({ range: { anchor: toPoint(span.start, false), focus: toPoint(span.end, true) }, block: path });
  }
}

/** Matches grouped by their text block, for `decorate`: slate-react hands a block's
 * decorations down to the leaves they cover, however the words are split. */
export function indexByBlock(matches: readonly FindMatch[], current: number): Map<string, Range[]> {
  const index = new Map<string, Range[]>();
  matches.forEach((m, i) => {
    const key = m.block.join(',');
    const list = index.get(key) ?? [];
    list.push({ ...m.range, findMatch: true, ...(i === current ? { findCurrent: true } : {}) });
    index.set(key, list);
  });
  return index;
}
