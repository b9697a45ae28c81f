// What each element type is allowed to be and hold, in one table the normalizer,
// the commands and paste all read (mirrors electron/common/document/schema.ts).
import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import type { ArticleElement, ElementType } from './types';

/** Elements whose children are text and links (the caption of a figure included). */
export const INLINE_HOLDERS: ReadonlySet<ElementType> = new Set<ElementType>([
  'paragraph',
  'heading',
  'list-item',
  'blockquote',
  'pull-quote',
  'table-cell',
  'figure',
]);

/** Types that may sit at the top of the body. */
export const TOP_BLOCKS: ReadonlySet<ElementType> = new Set<ElementType>([
  'paragraph',
  'heading',
  'bulleted-list',
  'numbered-list',
  'blockquote',
  'pull-quote',
  'table',
  'figure',
  'divider',
]);

export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export type ListType = (typeof LIST_TYPES)[number];

/** Attributes each type may carry besides `type` and `children` (schema objects are strict). */
export const ALLOWED_KEYS: Readonly<Record<ElementType, readonly string[]>> = {
  paragraph: ['dir'],
  heading: ['dir', 'level'],
  'bulleted-list': ['dir'],
  'numbered-list': ['dir'],
  'list-item': ['dir'],
  blockquote: ['dir'],
  'pull-quote': ['dir'],
  table: ['dir'],
  'table-row': [],
  'table-cell': ['dir', 'header'],
  figure: ['dir', 'asset', 'alt', 'credit'],
  divider: [],
  link: ['href'],
};

export const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.keys(ALLOWED_KEYS));

export const isElementOfType = <T extends ElementType>(
  node: unknown,
  type: T,
): node is Extract<ArticleElement, { type: T }> => Element.isElement(node) && node.type === type;

export const isListElement = (node: unknown): node is Extract<ArticleElement, { type: ListType }> =>
  Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');

export const holdsInlines = (node: Node): boolean =>
  Element.isElement(node) && INLINE_HOLDERS.has(node.type);

/** The nearest element of one of the types around the selection (or a path). */
export function aboveOfType<T extends ElementType>(
  editor: Editor,
  types: readonly T[],
  at?: Path,
): [Extract<ArticleElement, { type: T }>, Path] | undefined {
  const entry = Editor.above(editor, {
    at: at ?? editor.selection ?? undefined,
    match: (n) => Element.isElement(n) && (types as readonly string[]).includes(n.type),
    mode: 'lowest',
  });
  return entry as [Extract<ArticleElement, { type: T }>, Path] | undefined;
}

/** The inline-holding block the caret is in (paragraph, heading, list item, cell, caption…). */
export function currentTextBlock(editor: Editor): [ArticleElement, Path] | undefined {
  if (!editor.selection) return undefined;
  const entry = Editor.above(editor, {
    at: editor.selection,
    match: (n) => Element.isElement(n) && INLINE_HOLDERS.has(n.type),
    mode: 'lowest',
  });
  return entry as [ArticleElement, Path] | undefined;
}

export const emptyParagraph = (): ArticleElement => ({ type: 'paragraph', children: [{ text: '' }] });

export const isEmptyText = (node: Node): boolean => Node.string(node) === '' && !hasNonTextChild(node);

function hasNonTextChild(node: Node): boolean {
  return Element.isElement(node) && node.children.some((c) => !Text.isText(c) && !(Element.isElement(c) && c.type === 'link'));
}

/** setNodes for a type change. Slate's typing of `Partial<union>` picks one member of
 * the element union, so a change of `type` needs this one loosely typed door. */
export function retype(editor: Editor, props: Record<string, unknown>, at: Path): void {
  Transforms.setNodes<Text>(editor, props as Partial<Text>, { at });
}
