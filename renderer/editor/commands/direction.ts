// Per-block direction, so an English quote can sit in an Arabic article. Inside a
// table the whole table turns (its columns run the other way); elsewhere each
// selected text block does.
import { Editor, Element, Path, Transforms } from 'slate';
import type { ArticleElement, Direction } from '../types';

const DIRECTED = new Set(['paragraph', 'heading', 'list-item', 'blockquote', 'pull-quote', 'figure']);

function targets(editor: Editor): Path[] {
  if (!editor.selection) return [];
  const table = Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'table' });
  if (table) return [table[1]];
  return [...Editor.nodes(editor, { match: (n) => Element.isElement(n) && DIRECTED.has(n.type), mode: 'lowest' })].map(
    ([, p]) => p,
  );
}

/** The body is right-to-left unless a block says otherwise. */
export const BODY_DIRECTION: Direction = 'rtl';

/** The direction of the block at the caret (inherited blocks report the body's). */
export function currentDirection(editor: Editor): Direction | undefined {
  const [first] = targets(editor);
  if (!first) return undefined;
  const [node] = Editor.node(editor, first) as [ArticleElement, Path];
  return ('dir' in node ? node.dir : undefined) ?? BODY_DIRECTION;
}

export function setDirection(editor: Editor, dir: Direction): void {
  Editor.withoutNormalizing(editor, () => {
    for (const path of targets(editor)) Transforms.setNodes(editor, { dir }, { at: path });
  });
}
