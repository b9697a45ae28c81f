// Keeps every body the editor holds valid per electron/common/document/schema.ts, so an
// autosave is never refused. Each rule fixes one thing and returns; Slate runs the
// normalizer again until nothing changes. Content is kept wherever it can be: a block
// in the wrong place is unwrapped or re-typed, not dropped.
import { Editor, Element, Node, Text, Transforms, type NodeEntry, type Path } from 'slate';
import { ASSET_HASH, isSafeHref } from '../../../electron/common/document/schema';
import { MARKS } from '../../../electron/common/document/types';
import { ALLOWED_KEYS, INLINE_HOLDERS, KNOWN_TYPES, TOP_BLOCKS, isListElement, retype } from '../nodes';

const TEXT_KEYS = new Set<string>(['text', ...MARKS]);
const DIRECTIONS = new Set(['rtl', 'ltr', 'auto']);

export function withNormalize<E extends Editor>(editor: E): E {
  const { normalizeNode, getDirtyPaths } = editor;

  // Typing changes no block's place or type, so it need not re-check the whole article:
  // Slate marks every ancestor of the edited text dirty, the root included, and the root's
  // rules (here and in Slate) walk all top-level blocks — 20,000 per keystroke in a long
  // article. The text's own block and the blocks around it are still normalized.
  editor.getDirtyPaths = (op) => {
    const paths = getDirtyPaths(op);
    return op.type === 'insert_text' || op.type === 'remove_text' ? paths.filter((p) => p.length > 0) : paths;
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (normalizeRoot(editor, node)) return;
    } else if (Text.isText(node)) {
      if (normalizeText(editor, node, path)) return;
    } else if (Element.isElement(node)) {
      if (normalizeElement(editor, node, path)) return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

function normalizeRoot(editor: Editor, root: Editor): boolean {
  if (root.children.length === 0) {
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
    return true;
  }
  for (const [index, child] of root.children.entries()) {
    const at = [index];
    if (Text.isText(child) || (Element.isElement(child) && child.type === 'link')) {
      Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at });
      return true;
    }
    if (!Element.isElement(child)) continue;
    if (child.type === 'list-item') {
      Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] }, { at });
      return true;
    }
    if (child.type === 'table-cell') {
      Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at });
      return true;
    }
    if (child.type === 'table-row') {
      Transforms.wrapNodes(editor, { type: 'table', children: [] }, { at });
      return true;
    }
    if (!KNOWN_TYPES.has(child.type)) {
      retype(editor, { type: 'paragraph' }, at);
      return true;
    }
  }
  return false;
}

function normalizeText(editor: Editor, node: Text, path: Path): boolean {
  const stray = Object.keys(node).filter((k) => !TEXT_KEYS.has(k) || (k !== 'text' && (node as unknown as Record<string, unknown>)[k] !== true));
  if (stray.length > 0) {
    Transforms.unsetNodes(editor, stray, { at: path });
    return true;
  }
  return false;
}

function normalizeElement(editor: Editor, node: Element, path: Path): boolean {
  const parent = Node.parent(editor, path);
  const type: string = node.type;

  if (!KNOWN_TYPES.has(type)) {
    // An unknown element inside something: keep its words, lose the wrapper.
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  if (stripUnknownAttributes(editor, node, path)) return true;
  if ('dir' in node && node.dir !== undefined && !DIRECTIONS.has(node.dir)) {
    Transforms.unsetNodes(editor, 'dir', { at: path });
    return true;
  }
  if (!Editor.isEditor(parent) && TOP_BLOCKS.has(node.type) && misplacedBlock(editor, node, path, parent as Element)) {
    return true;
  }

  switch (node.type) {
    case 'link':
      return normalizeLink(editor, node, path);
    case 'heading':
      if (node.level !== 2 && node.level !== 3) {
        Transforms.setNodes(editor, { level: 2 }, { at: path });
        return true;
      }
      break;
    case 'bulleted-list':
    case 'numbered-list':
      return normalizeList(editor, node, path);
    case 'list-item':
      if (Editor.isEditor(parent)) {
        Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] }, { at: path });
        return true;
      }
      if (!isListElement(parent)) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        return true;
      }
      break;
    case 'table':
      return normalizeTable(editor, node, path);
    case 'table-row':
      return normalizeRow(editor, node, path, parent);
    case 'table-cell':
      if (!(Element.isElement(parent) && parent.type === 'table-row')) {
        Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at: path });
        return true;
      }
      if (node.header !== undefined && node.header !== true) {
        Transforms.unsetNodes(editor, 'header', { at: path });
        return true;
      }
      break;
    case 'figure':
      return normalizeFigure(editor, node, path);
    case 'divider':
      if (node.children.length !== 1 || node.children[0]?.text !== '' || Object.keys(node.children[0]).length > 1) {
        Editor.withoutNormalizing(editor, () => {
          // voids: true, or Slate skips the insides of a void and nothing changes.
          for (let i = node.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [...path, i], voids: true });
          Transforms.insertNodes(editor, { text: '' }, { at: [...path, 0], voids: true });
        });
        return true;
      }
      break;
  }

  if (INLINE_HOLDERS.has(node.type)) return liftBlocksOutOfInlines(editor, node, path);
  return false;
}

function stripUnknownAttributes(editor: Editor, node: Element, path: Path): boolean {
  const allowed = ALLOWED_KEYS[node.type];
  const stray = Object.keys(node).filter((k) => k !== 'type' && k !== 'children' && !allowed.includes(k));
  if (stray.length === 0) return false;
  Transforms.unsetNodes(editor, stray, { at: path });
  return true;
}

/** A body-level block found inside another element. */
function misplacedBlock(editor: Editor, node: Element, path: Path, parent: Element): boolean {
  if (isListElement(parent) && INLINE_HOLDERS.has(node.type)) {
    Transforms.setNodes(editor, { type: 'list-item' }, { at: path });
    return true;
  }
  if ((parent.type === 'table-row') && INLINE_HOLDERS.has(node.type)) {
    Transforms.setNodes(editor, { type: 'table-cell' }, { at: path });
    return true;
  }
  if (INLINE_HOLDERS.has(parent.type) || isListElement(parent) || parent.type === 'table-row') {
    // Keep the words, drop the nesting (a list inside a paragraph, a quote inside a cell).
    if (node.type === 'divider' || node.type === 'figure' || node.type === 'table') {
      Transforms.liftNodes(editor, { at: path });
    } else {
      Transforms.unwrapNodes(editor, { at: path });
    }
    return true;
  }
  Transforms.liftNodes(editor, { at: path });
  return true;
}

function normalizeLink(editor: Editor, node: Extract<Element, { type: 'link' }>, path: Path): boolean {
  if (typeof node.href !== 'string' || !isSafeHref(node.href)) {
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of node.children.entries()) {
    if (Element.isElement(child)) {
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
  }
  if (Node.string(node) === '') {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  return false;
}

function normalizeList(editor: Editor, node: Element, path: Path): boolean {
  if (node.children.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of node.children.entries()) {
    const at = [...path, index];
    if (Text.isText(child) || (Element.isElement(child) && child.type === 'link')) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at });
      return true;
    }
    if (Element.isElement(child) && isListElement(child)) {
      Transforms.unwrapNodes(editor, { at });
      return true;
    }
    if (Element.isElement(child) && (child.type === 'table-row' || child.type === 'table-cell')) {
      Transforms.unwrapNodes(editor, { at });
      return true;
    }
  }
  return false;
}

function normalizeTable(editor: Editor, node: Element, path: Path): boolean {
  if (node.children.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of node.children.entries()) {
    const at = [...path, index];
    if (Element.isElement(child) && child.type === 'table-row') continue;
    if (Element.isElement(child) && (child.type === 'table-cell' || INLINE_HOLDERS.has(child.type))) {
      Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at });
      return true;
    }
    if (Text.isText(child) || (Element.isElement(child) && child.type === 'link')) {
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at });
      return true;
    }
    Transforms.unwrapNodes(editor, { at });
    return true;
  }
  // Rectangular: pad short rows with empty cells rather than ever dropping one.
  const widths = node.children.map((row) => (Element.isElement(row) ? row.children.length : 0));
  const width = Math.max(...widths);
  const short = widths.findIndex((w) => w < width);
  if (short >= 0) {
    const missing = width - widths[short]!;
    const cells = Array.from({ length: missing }, () => ({ type: 'table-cell' as const, children: [{ text: '' }] }));
    Transforms.insertNodes(editor, cells, { at: [...path, short, widths[short]!] });
    return true;
  }
  return false;
}

function normalizeRow(editor: Editor, node: Element, path: Path, parent: Node): boolean {
  if (!(Element.isElement(parent) && parent.type === 'table')) {
    Transforms.wrapNodes(editor, { type: 'table', children: [] }, { at: path });
    return true;
  }
  if (node.children.length === 0) {
    Transforms.insertNodes(editor, { type: 'table-cell', children: [{ text: '' }] }, { at: [...path, 0] });
    return true;
  }
  for (const [index, child] of node.children.entries()) {
    if (Text.isText(child) || (Element.isElement(child) && child.type === 'link')) {
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: [...path, index] });
      return true;
    }
  }
  return false;
}

function normalizeFigure(editor: Editor, node: Extract<Element, { type: 'figure' }>, path: Path): boolean {
  if (typeof node.asset !== 'string' || !ASSET_HASH.test(node.asset)) {
    // Without its image a figure is only its caption: keep that as a paragraph.
    Editor.withoutNormalizing(editor, () => {
      Transforms.unsetNodes(editor, ['asset', 'alt', 'credit'], { at: path });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    });
    return true;
  }
  if (typeof node.alt !== 'string') {
    Transforms.setNodes(editor, { alt: '' }, { at: path });
    return true;
  }
  if (node.credit !== undefined && typeof node.credit !== 'string') {
    Transforms.unsetNodes(editor, 'credit', { at: path });
    return true;
  }
  return liftBlocksOutOfInlines(editor, node, path);
}

/** Blocks inside a paragraph-like element are unwrapped so their text stays in place. */
function liftBlocksOutOfInlines(editor: Editor, node: Element, path: Path): boolean {
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (Element.isElement(child) && child.type !== 'link') {
      // Handled here, not when the child is visited: Slate's own normalizer would
      // otherwise drop a block that sits among inlines, words and all.
      const at = [...path, index];
      if (child.type === 'divider' || child.type === 'figure' || child.type === 'table') {
        Transforms.liftNodes(editor, { at });
      } else {
        Transforms.unwrapNodes(editor, { at });
      }
      return true;
    }
  }
  return false;
}

export type { NodeEntry };
