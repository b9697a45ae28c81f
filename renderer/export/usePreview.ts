// The live preview: asks for the PDF (or the CMS fragment) a short while after the last
// option change, and keeps only the newest answer.
import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../electron/common/contract';
import { previewCallFor, previewKey, type ExportChoice } from './options';
import { base64ToBytes, openPdf, type PdfPages } from './pdf-pages';

/** Long enough to let a few quick clicks settle; a PDF takes longer than this anyway. */
export const PREVIEW_DELAY_MS = 350;

export type Preview =
  | { kind: 'loading' }
  | { kind: 'pages'; pages: PdfPages }
  | { kind: 'source'; html: string }
  | { kind: 'failed'; error: unknown };

export function usePreview(api: Api, id: string, choice: ExportChoice, enabled: boolean): { preview: Preview; busy: boolean } {
  const [preview, setPreview] = useState<Preview>({ kind: 'loading' });
  const [busy, setBusy] = useState(true);
  const latest = useRef(0);
  const key = previewKey(id, choice);
  useEffect(() => {
    if (!enabled) return;
    const ticket = ++latest.current;
    setBusy(true);
    const timer = setTimeout(() => {
      const call = previewCallFor(id, choice);
      const work =
        call.channel === 'export.pdf'
          ? api.export.pdf(call.request).then(async ({ pdf }) => ({ kind: 'pages' as const, pages: await openPdf(base64ToBytes(pdf)) }))
          : api.export.html(call.request).then(({ html }) => ({ kind: 'source' as const, html }));
      work.then(
        (next) => {
          if (ticket !== latest.current) {
            if (next.kind === 'pages') next.pages.release();
            return;
          }
          setPreview((old) => {
            if (old.kind === 'pages') old.pages.release();
            return next;
          });
          setBusy(false);
        },
        (error: unknown) => {
          if (ticket !== latest.current) return;
          setPreview({ kind: 'failed', error });
          setBusy(false);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // `key` is the whole request: the choice object itself changes on every render.
  }, [api, key, enabled]);
  return { preview, busy };
}
