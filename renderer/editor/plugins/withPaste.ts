// Paste and drop go through the importers' own rules: plain text through the text
// importer, HTML through DOMPurify and the allowlist converter (Word lists become
// lists, header rows stay header rows), image files become figures. Nothing pasted
// brings scripts, styles or fonts: only the article model comes out.
import { Editor, Element, Node, Transforms, type Descendant } from 'slate';
import { INLINE_HOLDERS } from '../nodes';
import { textToBlocks } from '../../../electron/common/import/text';
import { htmlToBlocks, htmlToBlocksAsync } from '../../../electron/common/import/html-to-blocks';
import type { Block } from '../types';
import { insertFigure } from '../commands/media';

export interface PasteServices {
  /** Sanitize HTML (DOMPurify with the import hooks) into an element to convert. */
  sanitize(html: string): globalThis.Element;
  /** Store image bytes once and return the asset hash. */
  storeImage?(bytes: Uint8Array, mime: string): Promise<string>;
  /** A failed image store, shown to the person (nothing else changes). */
  onError?(error: unknown): void;
}

const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp)$/;
const HAS_DATA_IMAGE = /<img[^>]+src\s*=\s*["']?\s*data:image\//i;

export function withPaste<E extends Editor>(editor: E, services: PasteServices): E {
  const { insertData } = editor;

  editor.insertData = (data) => {
    // Copy and paste inside Qalam keeps Slate's own fragment: it is already the model.
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);

    const images = [...data.files].filter((f) => IMAGE_TYPES.test(f.type));
    if (images.length > 0 && services.storeImage) {
      void pasteImages(editor, images, services);
      return;
    }
    const html = data.getData('text/html');
    if (html.trim()) {
      pasteHtml(editor, html, services);
      return;
    }
    const text = data.getData('text/plain');
    if (text) {
      pasteText(editor, text);
      return;
    }
    insertData(data);
  };

  return editor;
}

/** Plain text: one line is typed in place; several follow the text importer's rules. */
export function pasteText(editor: Editor, text: string): void {
  const clean = text.replace(/\r\n?/g, '\n');
  if (!clean.includes('\n')) {
    editor.insertText(clean);
    return;
  }
  insertBlocks(editor, textToBlocks(clean));
}

export function pasteHtml(editor: Editor, html: string, services: PasteServices): void {
  const root = services.sanitize(html);
  if (services.storeImage && HAS_DATA_IMAGE.test(html)) {
    // Images inside the HTML must be stored first; the paste lands where the caret was.
    const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
    const putAsset = services.storeImage;
    htmlToBlocksAsync(root, { putAsset })
      .then((blocks) => {
        if (at?.current) Transforms.select(editor, at.current);
        insertBlocks(editor, blocks);
      })
      .catch((e: unknown) => services.onError?.(e))
      .finally(() => at?.unref());
    return;
  }
  insertBlocks(editor, htmlToBlocks(root));
}

async function pasteImages(editor: Editor, files: File[], services: PasteServices): Promise<void> {
  const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
  try {
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const asset = await services.storeImage!(bytes, file.type);
      if (at?.current) Transforms.select(editor, at.current);
      insertFigure(editor, { asset });
    }
  } catch (e) {
    services.onError?.(e);
  } finally {
    at?.unref();
  }
}

/** Insert converted blocks at the caret. A single text block merges into the block the
 * caret is in (pasting a phrase keeps the paragraph); more become blocks of their own. */
export function insertBlocks(editor: Editor, blocks: readonly Block[]): void {
  if (blocks.length === 0) return;
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  // A table cell or a caption holds one run of text: blocks pasted there arrive as
  // their words, so a pasted table can never nest or reshape the table it lands in.
  if (Editor.above(editor, { match: (n) => Element.isElement(n) && (n.type === 'table-cell' || n.type === 'figure') })) {
    editor.insertText(blocksText(blocks));
    return;
  }
  Editor.insertFragment(editor, blocks as Descendant[]);
}

function blocksText(nodes: readonly Descendant[]): string {
  return nodes
    .map((n) => (Element.isElement(n) && !INLINE_HOLDERS.has(n.type) ? blocksText(n.children) : Node.string(n)))
    .filter((s) => s.trim() !== '')
    .join(' ');
}

