// The paged preview draws the PDF itself with pdf.js, page by page, into canvases.
// Why this and not the alternatives (checked for issue 5):
// - The print HTML in an <iframe srcdoc>: Chromium does not paginate on screen, so the
//   "pages" would be a guess, not the @page boxes, folios and column breaks the print
//   desk gets; and the renderer's CSP (default-src 'none', no frame-src) forbids frames.
// - The PDF in an <iframe>/<embed> with a blob: URL: Chromium's PDF viewer is a plugin,
//   absent in headless Chromium (our tests, the web host on a server) and blocked by the
//   same CSP (object-src/frame-src 'none') in the app's sandboxed renderer.
// - Screenshots of pages taken by the host: only the web host has playwright; the app
//   prints with printToPDF in a hidden window, which has no page screenshots.
// pdf.js runs in both hosts under the existing CSP: its worker is our own script
// (pdf.worker.js beside main.js; worker-src falls back to script-src 'self'), embedded
// glyphs are drawn as outlines (no font loading at all), and no WebAssembly is used. So the preview is the same bytes "Export" saves.
// The legacy build: the modern one calls JavaScript newer than Electron 45's Chromium 140
// has (Map.prototype.getOrInsertComputed, Math.sumPrecise); legacy carries polyfills.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

let workerSet = false;
function ensureWorker(): void {
  if (workerSet) return;
  GlobalWorkerOptions.workerSrc = new URL('pdf.worker.js', document.baseURI).href;
  workerSet = true;
}

export interface PdfPages {
  count: number;
  /** First page size in PDF points (what pdfinfo reports). */
  width: number;
  height: number;
  doc: PDFDocumentProxy;
  /** Frees the parsed document and its fonts (a new preview replaces it). */
  release(): void;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfPages> {
  ensureWorker();
  // pdf.js takes ownership of the buffer it is given; the caller may still need its copy.
  // disableFontFace: glyphs are drawn as outlines from the embedded fonts. Through the
  // FontFace path pdf.js hands each glyph to canvas fillText under its Unicode value, and
  // the browser then shapes every Arabic letter alone: isolated forms, broken words (seen
  // here in the preview of the sample, beside poppler's correct rendering of the same file).
  const task = getDocument({ data: bytes.slice(), useWasm: false, useSystemFonts: false, disableFontFace: true, enableXfa: false });
  const doc = await task.promise;
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { count: doc.numPages, width: Math.round(width), height: Math.round(height), doc, release: () => void task.destroy() };
}

/** Draw page `n` (1-based) into `canvas`, `cssWidth` pixels wide on screen. */
export async function drawPage(doc: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await doc.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.round((viewport.height / ratio) * 1000) / 1000}px`;
  await page.render({ canvas, viewport }).promise;
}
