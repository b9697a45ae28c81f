// The printing seam (DESIGN §5): one interface, two implementations: ChromiumPrinter
// (playwright-core; CLI, web host, tests) and the app's printer in electron/main
// (webContents.printToPDF in a hidden, sandboxed, script-free window). Kept free of
// runtime imports so electron/main can import it without pulling in playwright-core.
import type { Paper } from '../../common/serialize/print-css';

export interface PdfOptions {
  /** Fallback paper if the document had no `@page { size }`; the print stylesheet
   * always sets it, and printers must honour it (Chromium: preferCSSPageSize). */
  paper: Paper;
  /** Tagged (accessible) PDF: structure tree from the HTML. */
  tagged: boolean;
  /** Document outline (bookmarks) from the headings. */
  outline: boolean;
}

/*
 * For the printToPDF implementation, the same job reads:
 *   win.loadURL('data:text/html;charset=utf-8,' + encodeURIComponent(html)) (or a file),
 *   in a hidden window with javascript: false, sandbox: true, offline session;
 *   webContents.printToPDF({ pageSize: options.paper, preferCSSPageSize: true,
 *     printBackground: true, generateTaggedPDF: options.tagged,
 *     generateDocumentOutline: options.outline, margins: { marginType: 'none' } })
 * (no displayHeaderFooter: the running head and folios are the document's @page boxes).
 * Embedded data: fonts are decoded by the time the load event fires: checked here in
 * Chromium 156 with document.fonts.status right after 'load' (always "loaded"), so
 * waiting for did-finish-load is enough when page script is off.
 */
export interface Printer {
  /**
   * Lay out a standalone HTML document (fonts and images embedded as data: URLs; it
   * must load nothing else) and return the PDF bytes. Implementations run no script
   * in the page, print backgrounds, and leave header/footer to the document's
   * `@page` margin boxes (no Chromium header/footer templates, no extra margins).
   * The document's <title> becomes the PDF title; other metadata is set afterwards.
   * Safe to call concurrently.
   */
  print(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Release the browser or window. Further print() calls fail. */
  close(): Promise<void>;
}
