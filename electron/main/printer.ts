// The app's Printer (electron/services/export/types.ts): webContents.printToPDF in a
// hidden, sandboxed window with JavaScript disabled, in its own in-memory session that
// refuses every request except the document itself and its data: fonts and images.
// The HTML goes through a private temp file: exported articles embed their fonts, so
// they outgrow the 2 MB Chromium allows a data: URL navigation.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { QalamError } from '../common/errors';
import type { PdfOptions, Printer } from '../services/export/printer';

/** The part of a BrowserWindow the printer uses. */
export interface PrintWindowLike {
  webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
    debugger: {
      attach(protocolVersion?: string): void;
      sendCommand(method: string, params?: unknown): Promise<unknown>;
      detach(): void;
    };
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface ElectronPrinterDeps {
  /** A new hidden window with printWindowOptions() in the print session. */
  createWindow(): PrintWindowLike;
  /** Where job folders are made; default the OS temp folder. */
  tempRoot?: string;
  /** The most a job waits for its fonts before printing; default 10 s. */
  fontsTimeoutMs?: number;
  /** The most a whole job (load, lay out, print) may take; default 60 s, as ChromiumPrinter. */
  jobTimeoutMs?: number;
}

/** Where print jobs write their documents; the print session allows file: URLs only
 * below this folder (see allowPrintRequest). */
export function printTempRoot(): string {
  return os.tmpdir();
}

/** The print session's request filter: the job's own file and inline data, nothing else. */
export function allowPrintRequest(url: string, jobsRoot: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  try {
    const file = path.resolve(fileURLToPath(url));
    const jobDir = path.dirname(file);
    return path.dirname(jobDir) === path.resolve(jobsRoot) && path.basename(jobDir).startsWith('qalam-print-');
  } catch {
    return false;
  }
}

const FONTS_TIMEOUT_MS = 10_000;
const JOB_TIMEOUT_MS = 60_000;

/** Let the data: fonts finish decoding before layout is printed. Page script is off, but
 * the DevTools protocol still evaluates; if it cannot, 'load' has usually been enough. */
async function fontsReady(win: PrintWindowLike, timeoutMs: number): Promise<void> {
  const dbg = win.webContents.debugger;
  try {
    dbg.attach('1.3');
  } catch {
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    // Bounded: a page that never settles its fonts is printed as it stands.
    await Promise.race([
      dbg.sendCommand('Runtime.evaluate', {
        expression: 'document.fonts.ready.then(() => document.fonts.size)',
        awaitPromise: true,
        returnByValue: true,
      }),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
  } catch {
    // Evaluation refused: print with what is laid out.
  } finally {
    clearTimeout(timer);
    try {
      dbg.detach();
    } catch {
      // already detached when the window went away
    }
  }
}

export class ElectronPrinter implements Printer {
  private closed = false;
  private readonly open = new Set<PrintWindowLike>();

  constructor(private readonly deps: ElectronPrinterDeps) {}

  /** Loads `html` in a fresh hidden window, runs `job`, and cleans up whatever happens. */
  private async withDocument<T>(html: string, job: (win: PrintWindowLike) => Promise<T>, timeoutMs?: number): Promise<T> {
    if (this.closed) throw new QalamError('internal', 'printer closed');
    const dir = await mkdtemp(path.join(this.deps.tempRoot ?? printTempRoot(), 'qalam-print-'));
    const file = path.join(dir, 'article.html');
    let win: PrintWindowLike | undefined;
    try {
      await writeFile(file, html, { mode: 0o600 });
      win = this.deps.createWindow();
      this.open.add(win);
      const w = win;
      const run = async () => {
        await w.webContents.loadURL(pathToFileURL(file).href);
        await fontsReady(w, this.deps.fontsTimeoutMs ?? FONTS_TIMEOUT_MS);
        return job(w);
      };
      if (timeoutMs === undefined) return await run();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new QalamError('internal', 'printing timed out')), timeoutMs);
      });
      try {
        return await Promise.race([run(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    } finally {
      if (win) {
        this.open.delete(win);
        if (!win.isDestroyed()) win.destroy();
      }
      await rm(dir, { recursive: true, force: true });
    }
  }

  print(html: string, options: PdfOptions): Promise<Uint8Array> {
    return this.withDocument(html, async (win) => {
      const pdf = await win.webContents.printToPDF({
        pageSize: options.paper,
        // The print stylesheet's @page sets size and margins; its margin boxes carry the
        // running header and page numbers, so Chromium adds neither.
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        generateTaggedPDF: options.tagged,
        generateDocumentOutline: options.outline,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    }, this.deps.jobTimeoutMs ?? JOB_TIMEOUT_MS);
  }

  /** The system print dialog, for paper. Resolves false when the person cancels. No time
   * limit: the person may take as long as they like in the dialog. */
  printOnPaper(html: string): Promise<boolean> {
    return this.withDocument(
      html,
      (win) =>
        new Promise<boolean>((resolve, reject) => {
          win.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
            if (success || reason === 'cancelled') resolve(success);
            else reject(new QalamError('io', `print: ${reason}`));
          });
        }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const win of this.open) if (!win.isDestroyed()) win.destroy();
    this.open.clear();
  }
}
