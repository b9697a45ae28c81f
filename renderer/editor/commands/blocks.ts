// Paragraph, heading 2/3, blockquote and pull-quote: the plain text blocks a person
// switches between. Cells and captions keep their type; list items leave their list.
import { Editor, Element, Transforms } from 'slate';
import type { ArticleElement } from '../types';
import { liftListItem } from './lists';
import { retype } from '../nodes';

export const BLOCK_KINDS = ['paragraph', 'heading-2', 'heading-3', 'blockquote', 'pull-quote'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const SWITCHABLE = new Set(['paragraph', 'heading', 'blockquote', 'pull-quote', 'list-item']);

function kindOf(node: ArticleElement): BlockKind | undefined {
  switch (node.type) {
    case 'paragraph':
    case 'blockquote':
    case 'pull-quote':
      return node.type;
    case 'heading':
      return node.level === 3 ? 'heading-3' : 'heading-2';
    default:
      return undefined;
  }
}

/** The kind of the block holding the caret (undefined in lists, cells, captions). */
export function currentBlockKind(editor: Editor): BlockKind | undefined {
  if (!editor.selection) return undefined;
  const entry = Editor.above(editor, {
    match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) && n.type !== 'link',
    mode: 'lowest',
  });
  return entry ? kindOf(entry[0] as ArticleElement) : undefined;
}

export const isBlockKindActive = (editor: Editor, kind: BlockKind): boolean => currentBlockKind(editor) === kind;

export function setBlock(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  const props: Record<string, unknown> =
    kind === 'heading-2'
      ? { type: 'heading', level: 2 }
      : kind === 'heading-3'
        ? { type: 'heading', level: 3 }
        : { type: kind };
  Editor.withoutNormalizing(editor, () => {
    const targets = [
      ...Editor.nodes(editor, {
        match: (n) => Element.isElement(n) && SWITCHABLE.has(n.type),
        mode: 'lowest',
      }),
    ].map(([, path]) => Editor.pathRef(editor, path));
    for (const ref of targets.reverse()) {
      let path = ref.current;
      if (!path) continue;
      const [node] = Editor.node(editor, path) as [ArticleElement, number[]];
      if (node.type === 'list-item') {
        path = liftListItem(editor, path) ?? path;
      }
      if (!kind.startsWith('heading')) Transforms.unsetNodes(editor, 'level', { at: path });
      retype(editor, props, path);
      ref.unref();
    }
  });
}

/** Toolbar and shortcut behaviour: choosing the active kind again returns to paragraph. */
export function toggleBlock(editor: Editor, kind: BlockKind): void {
  setBlock(editor, isBlockKindActive(editor, kind) ? 'paragraph' : kind);
}
