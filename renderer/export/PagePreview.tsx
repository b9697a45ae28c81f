// The pages of the preview PDF, drawn one canvas per page. Pages are drawn in order and
// a newer PDF cancels the drawing of an older one, so quick option changes never leave
// a mix of two layouts on screen.
import { useEffect, useRef } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { useLang } from '../i18n';
import { showDigits } from './options';
import type { PdfPages } from './pdf-pages';
import { drawPage } from './pdf-pages';
import { exportText } from './strings';

/** Page widths on screen: the spread of pages, and one page large enough to read. */
export const PAGE_WIDTH_PX = { small: 260, large: 720 } as const;
export type PageZoom = keyof typeof PAGE_WIDTH_PX;

export function PagePreview({ pages, digits, zoom }: { pages: PdfPages; digits: DigitStyle; zoom: PageZoom }) {
  const width = PAGE_WIDTH_PX[zoom];
  const lang = useLang();
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    const canvases = holder.current ? Array.from(holder.current.querySelectorAll('canvas')) : [];
    void (async () => {
      for (let i = 0; i < canvases.length && current; i++) {
        await drawPage(pages.doc, i + 1, canvases[i]!, width).catch(() => {});
        canvases[i]!.dataset.drawn = 'true';
      }
    })();
    return () => {
      current = false;
    };
  }, [pages, width]);
  const aspect = pages.height / pages.width;
  return (
    <div className={`export-pages ${zoom}`} ref={holder} data-qalam="export-pages" data-pages={pages.count} data-page-width={pages.width} data-page-height={pages.height}>
      {Array.from({ length: pages.count }, (_, i) => (
        <figure key={i} className="export-page">
          <canvas
            key={zoom}
            width={width}
            height={Math.round(width * aspect)}
            aria-label={exportText(lang, 'pageOf', { n: showDigits(i + 1, digits) })}
            role="img"
          />
          <figcaption>{showDigits(i + 1, digits)}</figcaption>
        </figure>
      ))}
    </div>
  );
}
