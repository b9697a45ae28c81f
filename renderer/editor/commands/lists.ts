// Bulleted and numbered lists. The schema keeps lists flat (list → list-item →
// text), so Tab on the paragraph right after a list joins it and Shift+Tab leaves.
import { Editor, Element, Path, Transforms } from 'slate';
import { LIST_TYPES, isListElement, type ListType } from '../nodes';

export function isListActive(editor: Editor, type: ListType): boolean {
  if (!editor.selection) return false;
  const entry = Editor.above(editor, { match: (n) => isListElement(n), mode: 'lowest' });
  return !!entry && (entry[0] as Element).type === type;
}

/** Move one list item out of its list (splitting the list) and make it a paragraph. */
export function liftListItem(editor: Editor, itemPath: Path): Path | undefined {
  const ref = Editor.pathRef(editor, itemPath);
  Editor.withoutNormalizing(editor, () => {
    Transforms.liftNodes(editor, { at: itemPath });
    if (ref.current) Transforms.setNodes(editor, { type: 'paragraph' }, { at: ref.current });
  });
  return ref.unref() ?? undefined;
}

const LISTABLE = new Set(['paragraph', 'heading', 'blockquote', 'pull-quote', 'list-item']);

export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection) return;
  if (Editor.above(editor, { match: (n) => Element.isElement(n) && (n.type === 'table' || n.type === 'figure') })) return;
  const active = isListActive(editor, type);
  // A list of the other kind changes kind as a whole, as in a word processor.
  const otherLists = [...Editor.nodes(editor, { match: (n) => isListElement(n) && n.type !== type })];
  const plainBlocks = [...Editor.nodes(editor, { match: (n) => Element.isElement(n) && LISTABLE.has(n.type) && n.type !== 'list-item' })];
  if (!active && otherLists.length > 0 && plainBlocks.length === 0) {
    Editor.withoutNormalizing(editor, () => {
      for (const [, path] of otherLists) Transforms.setNodes(editor, { type }, { at: path });
    });
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => Element.isElement(n) && (LIST_TYPES as readonly string[]).includes(n.type),
      split: true,
    });
    const match = (n: unknown) => Element.isElement(n) && LISTABLE.has(n.type);
    Transforms.unsetNodes(editor, 'level', { match });
    Transforms.setNodes(editor, { type: active ? 'paragraph' : 'list-item' }, { match });
    if (!active) Transforms.wrapNodes(editor, { type, children: [] }, { match: (n) => Element.isElement(n) && n.type === 'list-item' });
  });
}

/** Tab: a paragraph right after a list joins that list. True when handled. */
export function indentIntoList(editor: Editor): boolean {
  if (!editor.selection) return false;
  const inItem = Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'list-item' });
  if (inItem) return true; // already in a list: nothing deeper exists, but keep focus here
  const block = Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'paragraph' });
  if (!block || block[1].length !== 1 || block[1][0] === 0) return false;
  const prevPath = Path.previous(block[1]);
  const [prev] = Editor.node(editor, prevPath);
  if (!isListElement(prev)) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, { type: 'list-item' }, { at: block[1] });
    Transforms.moveNodes(editor, { at: block[1], to: [...prevPath, prev.children.length] });
  });
  return true;
}

/** Shift+Tab: the list item leaves its list. True when handled. */
export function outdentFromList(editor: Editor): boolean {
  const item = Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'list-item' });
  if (!item) return false;
  liftListItem(editor, item[1]);
  return true;
}
