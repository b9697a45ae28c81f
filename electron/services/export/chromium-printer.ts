// Printer for the CLI, the web host and tests: the system Chromium driven by
// playwright-core. One browser per printer, launched on first use and reused; each job
// gets a fresh context with JavaScript disabled and every request refused, so a
// document can neither run script nor fetch anything (its fonts and images are data:).
import { chromium, type Browser } from 'playwright-core';
import { QalamError } from '../../common/errors';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import type { PdfOptions, Printer } from './types';

export interface ChromiumPrinterOptions {
  /** Browser executable; default findChromium() (QALAM_CHROMIUM, then system paths). */
  executablePath?: string;
  /** Per-job limit for loading and printing. Default 60 s (a 50-page article takes a few). */
  timeoutMs?: number;
}

export class ChromiumPrinter implements Printer {
  private browser: Promise<Browser> | undefined;
  private closed = false;
  private readonly timeoutMs: number;

  constructor(private readonly options: ChromiumPrinterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new QalamError('internal', 'printer closed'));
    this.browser ??= chromium
      .launch({ executablePath: this.options.executablePath ?? findChromium(), args: CHROMIUM_ARGS })
      .catch((e: unknown) => {
        this.browser = undefined;
        throw new QalamError('internal', `Chromium did not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      });
    return this.browser;
  }

  async print(html: string, options: PdfOptions): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(this.timeoutMs);
      await page.setContent(html, { waitUntil: 'load' });
      // With page script disabled Playwright still evaluates in its own isolated world,
      // so we can wait for the embedded fonts to be decoded before layout is printed.
      // data: fonts are normally ready by 'load'; this makes it certain.
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
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
