// Where a new table, figure or divider goes: in place of the empty paragraph the
// caret is in, or after the body-level block holding the caret.
import { Editor, Path, Transforms } from 'slate';
import type { Block } from '../types';

export function insertBodyBlock(editor: Editor, block: Block): Path {
  const top = editor.selection ? editor.selection.anchor.path.slice(0, 1) : [editor.children.length];
  const at = top[0]! < editor.children.length ? top : [editor.children.length];
  const [node] = at[0]! < editor.children.length ? Editor.node(editor, at) : [undefined];
  const replaceEmpty =
    node !== undefined && 'type' in node && node.type === 'paragraph' && Editor.string(editor, at) === '';
  const target = replaceEmpty || node === undefined ? at : Path.next(at);
  Editor.withoutNormalizing(editor, () => {
    if (replaceEmpty) Transforms.removeNodes(editor, { at });
    Transforms.insertNodes(editor, block, { at: target });
  });
  return target;
}

/** Make sure a paragraph follows `path`, so the caret has somewhere to go after it. */
export function ensureParagraphAfter(editor: Editor, path: Path): Path {
  const next = Path.next(path);
  if (next[0]! >= editor.children.length) {
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: next });
  }
  return next;
}
