// Benchmark of PDF export (not a test): Qalam's exportPdf (serialize, embed fonts,
// fresh script-free context, wait for fonts, tagged PDF with outline, metadata via
// pdf-lib) against the baseline: raw `page.setContent(html)` + `page.pdf()` of the very
// same HTML in the same browser, in the same run. Goal: ≤ 1.2×.
//
//   tsx tests/bench/pdf.ts                                     sample + a 50-page article
//   QALAM_BENCH_PDF_PAGES=10 QALAM_BENCH_PDF_ROUNDS=2 tsx tests/bench/pdf.ts   a quick run
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/services/chromium';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { exportPdf, pdfHtml, setPdfMetadata } from '../../electron/services/export/pdf';
import type { Article } from '../../electron/common/document/types';
import { longArticle, sampleArticle } from '../unit/export/sample-article';

const PAGES = Number(process.env.QALAM_BENCH_PDF_PAGES ?? 50);
const ROUNDS = Number(process.env.QALAM_BENCH_PDF_ROUNDS ?? 5);
const DATE = '2026-11-29';

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const printer = new ChromiumPrinter({ browser });
const rawPage = await (await browser.newContext()).newPage();
const dir = mkdtempSync(join(tmpdir(), 'qalam-bench-pdf-'));

async function raw(html: string): Promise<Uint8Array> {
  await rawPage.setContent(html, { waitUntil: 'load' });
  return rawPage.pdf({ preferCSSPageSize: true, printBackground: true });
}

const pagesOf = (pdf: Uint8Array) => {
  const file = join(dir, 'count.pdf');
  writeFileSync(file, pdf);
  return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];
};

const ms = (t: number) => `${t.toFixed(0)} ms`;

async function bench(name: string, article: Article): Promise<void> {
  const { html } = await pdfHtml(article, { date: DATE });
  // Warm up both paths once (font decoding, first context) before timing.
  const first = await exportPdf(article, { date: DATE }, { printer });
  await raw(html);
  let qalam = 0;
  let baseline = 0;
  let metadata = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first so drift in machine load (2 shared cores) hits both alike.
    const runQalam = async () => {
      const t = performance.now();
      await exportPdf(article, { date: DATE }, { printer });
      qalam += performance.now() - t;
    };
    const runRaw = async () => {
      const t = performance.now();
      await raw(html);
      baseline += performance.now() - t;
    };
    if (r % 2) {
      await runRaw();
      await runQalam();
    } else {
      await runQalam();
      await runRaw();
    }
    const t = performance.now();
    await setPdfMetadata(first, article.meta);
    metadata += performance.now() - t;
  }
  console.log(
    `${name}: ${pagesOf(first)} pages, HTML ${(html.length / 1024).toFixed(0)} KiB | ` +
      `exportPdf ${ms(qalam / ROUNDS)} vs raw setContent+pdf ${ms(baseline / ROUNDS)} → ${(qalam / baseline).toFixed(2)}× ` +
      `(goal ≤ 1.2×; of which pdf-lib metadata ${ms(metadata / ROUNDS)})`,
  );
}

try {
  console.log(`PDF export, ${ROUNDS} rounds each, Chromium ${browser.version()}`);
  await bench('sample article', sampleArticle());
  await bench(`long article (~${PAGES} pages asked)`, longArticle(PAGES));
} finally {
  await printer.close();
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
