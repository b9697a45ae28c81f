// PDF export (DESIGN §5): the standalone HTML with the print stylesheet, laid out by a
// Printer (Chromium here, printToPDF in the app), then the document information set
// from the article. Chromium takes the title from <title>; pdf-lib adds author, subject
// and keywords by re-saving the file without touching page content, so the text layer
// and embedded fonts stay exactly as Chromium wrote them.
import { PDFDocument } from 'pdf-lib';
import type { Article } from '../../common/document/types';
import { printCss, type PrintCssOptions } from '../../common/serialize/print-css';
import { documentHtml, gatherParts, printOptionsFor, type HtmlExportOptions } from './html';
import type { AssetSource } from './images';
import type { PdfOptions, Printer } from './types';

export interface PdfExportOptions extends Partial<PrintCssOptions>, Pick<HtmlExportOptions, 'digits' | 'font' | 'date'> {
  /** Tagged PDF (structure for screen readers and reflow). Default true. */
  tagged?: boolean;
  /** Bookmarks from the headings. Default true. */
  outline?: boolean;
}

export interface PdfExportDeps {
  printer: Printer;
  assetSource?: AssetSource;
  assetsDir?: string;
}

/** The HTML a printer receives: what exportPdf prints, exposed for previews and benches. */
export async function pdfHtml(
  article: Pick<Article, 'meta' | 'body'>,
  options: PdfExportOptions = {},
  deps: Omit<PdfExportDeps, 'printer'> = {},
): Promise<{ html: string; print: PrintCssOptions }> {
  const { tagged: _t, outline: _o, digits, font, date, ...page } = options;
  const parts = await gatherParts(article, { digits, font, assetSource: deps.assetSource, assetsDir: deps.assetsDir });
  const print = printOptionsFor(article, page, parts.digits, parts.font, date);
  return { html: documentHtml(article, parts, printCss(print)), print };
}

/** The information dictionary from the article (Title is set again: a <title> is
 * "kicker: headline", and some printers ignore it). */
export async function setPdfMetadata(pdf: Uint8Array, meta: Article['meta']): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 100 objects by default; a 50-page PDF has
  // thousands, so parse and write in one go.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  const title = [meta.kicker, meta.headline].filter(Boolean).join(': ');
  if (title) doc.setTitle(title);
  if (meta.byline) doc.setAuthor(meta.byline);
  const subject = meta.standfirst || meta.section;
  if (subject) doc.setSubject(subject);
  // pdf-lib joins keywords with spaces; tags can hold spaces ("صدام حفتر"), so commas.
  if (meta.tags.length) doc.setKeywords([meta.tags.join(', ')]);
  doc.setCreator('Qalam');
  doc.setProducer(`Qalam (${doc.getProducer() ?? 'Chromium'})`);
  doc.setLanguage(meta.language || 'ar');
  // Object streams would make the file unreadable to very old RIPs; keep it plain.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

export async function exportPdf(
  article: Pick<Article, 'meta' | 'body'>,
  options: PdfExportOptions = {},
  deps: PdfExportDeps,
): Promise<Uint8Array> {
  const { html, print } = await pdfHtml(article, options, deps);
  const pdfOptions: PdfOptions = { paper: print.paper, tagged: options.tagged ?? true, outline: options.outline ?? true };
  const raw = await deps.printer.print(html, pdfOptions);
  return setPdfMetadata(raw, article.meta);
}
