// The editor the app mounts: Slate + React + history + the article schema + paste,
// with children chunking so a 20,000-paragraph article stays fluid.
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticleSchema } from './editor';
import { withPaste, type PasteServices } from './plugins/withPaste';
import { sanitizePaste } from './plugins/sanitize';
import { withChunkMounting } from './elements/chunk-mounting';
import { withModelClipboard } from './plugins/withModelClipboard';
import type { ArticleEditorInstance } from './types';

/** Top-level blocks per chunk. Chunks are the unit slate-react skips re-rendering and
 * the browser skips laying out (content-visibility: auto). */
export const CHUNK_SIZE = 100;

export function createArticleEditor(services: Partial<PasteServices> = {}): ArticleEditorInstance {
  const editor = withModelClipboard(withChunkMounting(withPaste(withArticleSchema(withHistory(withReact(createEditor()))), {
    sanitize: services.sanitize ?? sanitizePaste,
    ...(services.storeImage ? { storeImage: services.storeImage } : {}),
    ...(services.onError ? { onError: services.onError } : {}),
  })));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
