// Backspace and Delete at the edge of a table or figure would, by Slate's default,
// merge a paragraph into a cell or a caption (or a caption into a paragraph, losing
// the image). These helpers let withTables and withFigures refuse that one step.
import { Editor, Element, Path, Point, Range, Transforms } from 'slate';
import type { ElementType } from '../types';
import { currentTextBlock } from '../nodes';

export type Edge = 'start' | 'end';

/** The text block holding a collapsed caret, when the caret sits on its `edge`. */
export function caretAtBlockEdge(editor: Editor, edge: Edge): [Element, Path] | undefined {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  const block = currentTextBlock(editor);
  if (!block) return undefined;
  const point = selection.anchor;
  const at = edge === 'start' ? Editor.start(editor, block[1]) : Editor.end(editor, block[1]);
  return Point.equals(point, at) ? block : undefined;
}

/** The element of `type` enclosing a path, if any. */
export function enclosing(editor: Editor, path: Path, type: ElementType): [Element, Path] | undefined {
  return Editor.above(editor, { at: path, match: (n) => Element.isElement(n) && n.type === type }) as
    | [Element, Path]
    | undefined;
}

/**
 * Caret at the start (Backspace) or end (Delete) of a plain block whose neighbour in
 * that direction lies inside an element of `type`. An empty block is removed; a full
 * one is left alone and the caret steps into the neighbour on Backspace.
 */
export function guardNeighbour(editor: Editor, edge: Edge, type: ElementType): boolean {
  const block = caretAtBlockEdge(editor, edge);
  if (!block) return false;
  const [, blockPath] = block;
  if (enclosing(editor, blockPath, type)) return false;
  const neighbour = edge === 'start' ? Editor.before(editor, blockPath) : Editor.after(editor, blockPath);
  if (!neighbour) return false;
  const inside = enclosing(editor, neighbour.path, type);
  if (!inside || Path.isAncestor(inside[1], blockPath)) return false;
  if (Editor.string(editor, blockPath) === '' && blockPath.length === 1) {
    Transforms.removeNodes(editor, { at: blockPath });
    // The neighbour after an emptied block slides into its path.
    Transforms.select(editor, edge === 'start' ? neighbour : Editor.start(editor, blockPath));
    return true;
  }
  if (edge === 'start') Transforms.select(editor, neighbour);
  return true;
}
