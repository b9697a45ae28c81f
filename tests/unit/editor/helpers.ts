// A headless article editor holding a body, with the caret placed by path/offset.
import { Editor, Transforms, type Descendant, type Location } from 'slate';
import { createHeadlessEditor } from '../../../renderer/editor/editor';
import '../../../renderer/editor/types';

export function editorWith(body: unknown[], at?: Location): Editor {
  const editor = createHeadlessEditor();
  editor.children = structuredClone(body) as Descendant[];
  Editor.normalize(editor, { force: true });
  if (at) Transforms.select(editor, at);
  return editor;
}

export const p = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'paragraph', ...extra, children: [{ text }] });
export const li = (text: string) => ({ type: 'list-item', children: [{ text }] });
export const td = (text: string, header = false) =>
  header ? { type: 'table-cell', header: true, children: [{ text }] } : { type: 'table-cell', children: [{ text }] };
export const tr = (...cells: unknown[]) => ({ type: 'table-row', children: cells });

/** Body text per block, the way a reader would list it. */
export const texts = (editor: Editor): string[] => editor.children.map((n) => Editor.string(editor, [editor.children.indexOf(n)]));
