// A text block's words as Slate ranges. A word may run across leaves (a bold letter
// inside it) or into a link, so words are found in the block's whole text and mapped
// back to points in its text nodes.
import { Editor, Element, Node, Path, Text, type Point } from 'slate';
import { spellingWords, type SpellingWord } from '../../../electron/common/spelling';

/** A word of a block, its points relative to the block's path. */
export interface BlockWord extends SpellingWord {
  anchor: { path: Path; offset: number };
  focus: { path: Path; offset: number };
}

/** A block whose children are text and inlines (paragraph, heading, list item, cell). */
export function isTextBlock(editor: Editor, node: Node): node is Element {
  return Element.isElement(node) && !editor.isInline(node) && node.children.some((child) => Text.isText(child));
}

/** A block's whole text, and the point (relative to the block) of an offset in it. */
export function blockText(block: Element): { text: string; pointAt(offset: number, preferEnd: boolean): { path: Path; offset: number } } {
  const segments: { start: number; path: Path; length: number }[] = [];
  let text = '';
  for (const [leaf, path] of Node.texts(block)) {
    segments.push({ start: text.length, path, length: leaf.text.length });
    text += leaf.text;
  }
  const pointAt = (offset: number, preferEnd: boolean) => {
    // The leaf holding the offset; at a boundary a start belongs to the next leaf and an
    // end to the previous one, so a word never begins at the end of a leaf.
    let found = segments[0]!;
    for (const segment of segments) {
      if (preferEnd ? segment.start < offset : segment.start <= offset) found = segment;
      if (segment.start > offset) break;
    }
    return { path: found.path, offset: offset - found.start };
  };
  return { text, pointAt };
}

export function blockWords(block: Element): BlockWord[] {
  const { text, pointAt } = blockText(block);
  return spellingWords(text).map((word) => ({ ...word, anchor: pointAt(word.start, false), focus: pointAt(word.end, true) }));
}

/** The text block at `at`, and `at` as an offset in the block's text. */
export function blockAt(editor: Editor, at: Point): { block: Element; blockPath: Path; offset: number } | undefined {
  const entry = Editor.above(editor, { at, match: (n) => isTextBlock(editor, n) });
  if (!entry) return undefined;
  const [block, blockPath] = entry;
  const relative = at.path.slice(blockPath.length);
  let offset = -1;
  let start = 0;
  for (const [leaf, path] of Node.texts(block)) {
    if (Path.equals(path, relative)) offset = start + at.offset;
    start += leaf.text.length;
  }
  return { block, blockPath, offset };
}

/** The word of the block at `at` (inside or touching it), with absolute points. */
export function wordAt(editor: Editor, at: Point): (BlockWord & { blockPath: Path }) | undefined {
  const found = blockAt(editor, at);
  if (!found) return undefined;
  const { block, blockPath, offset } = found;
  const word = blockWords(block).find((w) => w.start <= offset && offset <= w.end);
  if (!word) return undefined;
  const absolute = (p: { path: Path; offset: number }) => ({ path: [...blockPath, ...p.path], offset: p.offset });
  return { ...word, anchor: absolute(word.anchor), focus: absolute(word.focus), blockPath };
}
