// A page holding only the article editor (or, with ?engine=prosemirror, a ProseMirror
// baseline on the same text and fonts), for the editor benchmark and for running the
// editor e2e tests without the app (QALAM_EDITOR_HARNESS=1). Assets live in memory.
import { createRoot } from 'react-dom/client';
import { ArticleEditor, type ArticleEditorApi } from '../../renderer/editor/ArticleEditor';
import type { Block } from '../../electron/common/document/types';
import { mountProseMirror } from './editor-prosemirror';
import 'qalam:fonts.css';

declare global {
  interface Window {
    __harness: {
      body(): Block[];
      changes: number;
      ready: boolean;
      firstPaintMs?: number;
      mountMs?: number;
    };
    __initialBody?: Block[];
  }
}

const assets = new Map<string, string>();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const api: ArticleEditorApi = {
  async putAsset(data, mime) {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const hash = await sha256Hex(bytes);
    assets.set(hash, `data:${mime};base64,${data}`);
    return { hash };
  },
  assetUrl: (hash) => assets.get(hash) ?? '',
};

const params = new URLSearchParams(location.search);
const initial: Block[] = window.__initialBody ?? [{ type: 'paragraph', children: [{ text: '' }] }];
// The page keeps no copy of the body beside the editor's own, for either engine: the
// benchmark's heap is the editor's (Slate's value is this very array; ProseMirror
// builds its own document from it).
window.__initialBody = undefined;
let latest = initial;
window.__harness = { body: () => latest, changes: 0, ready: false };

const root = document.getElementById('root')!;
const started = performance.now();
if (params.get('engine') === 'prosemirror') {
  mountProseMirror(root, initial);
  latest = [];
} else {
  createRoot(root).render(
    <ArticleEditor
      articleId="01HARNESS00000000000000000"
      initialBody={initial}
      api={api}
      lang={params.get('lang') === 'en' ? 'en' : 'ar'}
      onChange={(body) => {
        latest = body;
        window.__harness.changes++;
      }}
    />,
  );
}
// Open → first paint: from navigation start until a frame after the body's blocks are
// in the DOM (React commits asynchronously, so poll a frame at a time).
const bodyShown = () => !!document.querySelector('[data-qalam="body"] > *, .ProseMirror > *');
const waitPainted = () => {
  if (!bodyShown()) return requestAnimationFrame(waitPainted);
  requestAnimationFrame(() => {
    window.__harness.firstPaintMs = performance.now();
    window.__harness.mountMs = performance.now() - started;
    window.__harness.ready = true;
  });
};
requestAnimationFrame(waitPainted);
