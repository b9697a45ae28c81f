// Printer for the CLI, the web host and tests: the system Chromium driven by
// playwright-core. One browser per printer, launched on first use and reused.
//
// Pages are reused too. A fresh context per job would cost a new renderer process and a
// second decoding of the embedded fonts on every job: measured here, that alone made an
// export 2–6× slower than printing the same HTML in a warm page. Reuse is safe because
// nothing can carry over from one document to the next: the context runs no script
// (javaScriptEnabled: false), is offline, and our documents keep no state (no storage,
// no cookies, no service workers); setContent replaces the whole document.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { QalamError } from '../../common/errors';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import type { PdfOptions, Printer } from './types';

export interface ChromiumPrinterOptions {
  /** Browser executable; default findChromium() (QALAM_CHROMIUM, then system paths). */
  executablePath?: string;
  /** Per-job limit for loading and printing. Default 60 s (a 50-page article takes a few). */
  timeoutMs?: number;
  /** Print in a browser someone else launched (and will close); close() leaves it open. */
  browser?: Browser;
}

export class ChromiumPrinter implements Printer {
  private browser: Promise<Browser> | undefined;
  private context: Promise<BrowserContext> | undefined;
  /** Warm pages not printing right now; a busy printer opens more (concurrent jobs). */
  private readonly idle: Page[] = [];
  private closed = false;
  private readonly timeoutMs: number;

  constructor(private readonly options: ChromiumPrinterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    if (options.browser) this.browser = Promise.resolve(options.browser);
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({ executablePath: this.options.executablePath ?? findChromium(), args: CHROMIUM_ARGS })
      .catch((e: unknown) => {
        this.browser = undefined;
        throw new QalamError('internal', `Chromium did not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      });
    return this.browser;
  }

  private async page(): Promise<Page> {
    if (this.closed) throw new QalamError('internal', 'printer closed');
    const page = this.idle.pop();
    if (page && !page.isClosed()) return page;
    this.context ??= this.launch()
      .then((b) => b.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' }))
      .catch((e: unknown) => {
        this.context = undefined;
        throw e;
      });
    const fresh = await (await this.context).newPage();
    fresh.setDefaultTimeout(this.timeoutMs);
    return fresh;
  }

  async print(html: string, options: PdfOptions): Promise<Uint8Array> {
    const page = await this.page();
    let healthy = false;
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Page script is off, but Playwright evaluates in its own isolated world, so we can
      // wait for the embedded fonts to be decoded before the layout is printed (data:
      // fonts are normally ready by 'load'; this makes it certain).
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: options.paper,
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        tagged: options.tagged,
        outline: options.outline,
      });
      healthy = true;
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      // A page that failed (timeout, crash) is not trusted with the next job.
      if (healthy && !this.closed) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const context = this.context;
    const browser = this.browser;
    this.context = undefined;
    this.browser = undefined;
    this.idle.length = 0;
    await (await context?.catch(() => undefined))?.close().catch(() => undefined);
    if (browser && !this.options.browser) await (await browser.catch(() => undefined))?.close();
  }
}
