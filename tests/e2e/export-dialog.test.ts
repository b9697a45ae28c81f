// The export dialog against the web host: a paged preview that follows the options,
// downloads that are the right files, choices remembered, and a batch into a folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Settings } from '../../electron/common/settings';
import type { Article } from '../../electron/common/document/types';
import { pageSize, pdfInfo, pdfText } from '../unit/export/poppler';
import { callApi, launchBrowser, startApp, type App } from './support/app';
import { EditorPage } from './support/pages';
import { importSampleArticle } from './support/seed';

let browser: Browser;
let scratch: string;

before(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'qalam-export-e2e-'));
});
after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function importSample(app: App): Promise<Article> {
  const article = await importSampleArticle(app);
  await callApi(app, 'articles.save', { id: article.id, meta: { section: 'دولي', byline: 'فاطمة الزهراء', slug: 'sample-article' } });
  return article;
}

async function openDialog(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${new URL(url).origin}/#/article/${id}`);
  await page.locator('[data-qalam="open-export"]').click();
  await page.locator('[data-qalam="export-dialog"]').waitFor();
}

/** Waits until the preview shows pages of this width (points) and is not busy. */
async function previewOf(page: Page, width: number): Promise<{ pages: number; width: number; height: number }> {
  const pages = page.locator(`[data-qalam="export-pages"][data-page-width="${width}"]`);
  await pages.waitFor({ timeout: 60_000 });
  await page.locator('[data-qalam="export-preview"][data-busy="false"]').waitFor({ timeout: 60_000 });
  return {
    pages: Number(await pages.getAttribute('data-pages')),
    width: Number(await pages.getAttribute('data-page-width')),
    height: Number(await pages.getAttribute('data-page-height')),
  };
}

/** pdftotext's words without the bidi controls it puts around runs of digits. */
function plainText(file: string): string {
  return pdfText(file).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

async function pick(page: Page, group: string, value: string): Promise<void> {
  // The label is what a person clicks (the radio itself is visually hidden).
  await page.locator(`[data-qalam="export-${group}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).click();
}

async function download(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-qalam="export-run"]').click()]);
  const file = path.join(scratch, name);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

test('the preview follows paper and columns; the PDF saved is that paper with Arabic-Indic folios; choices survive a reload', async () => {
  const app = await startApp(browser);
  try {
    const article = await importSample(app);
    const { page } = app;
    await openDialog(page, app.url, article.id);

    const a4 = await previewOf(page, 595);
    assert.equal(a4.height, 842, 'A4 is 595×842 pt');
    assert.ok(a4.pages >= 1);
    // Every page of the preview is drawn (pdf.js in the page, under the app's CSP).
    await page.locator('[data-qalam="export-pages"] canvas[data-drawn="true"]').nth(a4.pages - 1).waitFor();

    await pick(page, 'paper', 'A3');
    const a3 = await previewOf(page, 842);
    assert.equal(a3.height, 1191, 'A3 is 842×1191 pt');
    assert.match(await page.locator('[data-qalam="export-page-count"]').innerText(), /A3\s+٢٩٧×٤٢٠ مم/);

    // Three columns on A3 hold the whole sample on fewer pages than one column on A4.
    await pick(page, 'columns', '3');
    await page.locator('[data-qalam="export-preview"][data-busy="true"]').waitFor();
    const threeCols = await previewOf(page, 842);
    assert.ok(threeCols.pages <= a4.pages, `A3 in 3 columns: ${threeCols.pages} pages, A4 in 1: ${a4.pages}`);

    const pdf = await download(page, 'dialog.pdf');
    assert.equal(pdf.suggested, 'sample-article.pdf', 'named from the slug');
    const info = pdfInfo(pdf.file);
    assert.deepEqual(pageSize(info), { width: 842, height: 1191 });
    assert.equal(Number(info.Pages), threeCols.pages, 'the file has the pages the preview showed');
    assert.match(plainText(pdf.file), /صفحة\s*١\s*من\s*[١٢٣٤٥٦٧٨٩]/, 'Arabic-Indic folios');

    // Latin digits, Letter: the next file says so.
    await pick(page, 'digits', 'latn');
    await pick(page, 'paper', 'Letter');
    await previewOf(page, 612);
    const letter = await download(page, 'letter.pdf');
    assert.deepEqual(pageSize(pdfInfo(letter.file)), { width: 612, height: 792 });
    assert.match(plainText(letter.file), /صفحة\s*1\s*من\s*\d/);

    // Remembered per user: in settings, and ticked again after a reload.
    const settings = await callApi<Settings>(app, 'settings.get');
    assert.deepEqual(
      { paper: settings.exportDefaults?.paper, columns: settings.exportDefaults?.columns, digits: settings.exportDefaults?.digits },
      { paper: 'Letter', columns: 3, digits: 'latn' },
    );
    await page.reload();
    await page.locator('[data-qalam="open-export"]').click();
    assert.ok(await page.locator('[data-qalam="export-paper"] input[value="Letter"]').isChecked());
    assert.ok(await page.locator('[data-qalam="export-columns"] input[value="3"]').isChecked());
    assert.ok(await page.locator('[data-qalam="export-digits"] input[value="latn"]').isChecked());
    await previewOf(page, 612);
    assert.deepEqual(app.problems, [], 'no page errors and no CSP violations (pdf.js worker, fonts)');
  } finally {
    await app.close();
  }
});

test('the CMS fragment is previewed as markup and saved body-only', async () => {
  const app = await startApp(browser);
  try {
    const article = await importSample(app);
    const { page } = app;
    await openDialog(page, app.url, article.id);
    await pick(page, 'format', 'fragment');
    const source = page.locator('[data-qalam="export-fragment"]');
    await source.waitFor({ timeout: 60_000 });
    assert.match(await source.innerText(), /^<article/);
    assert.ok(await page.locator('[data-qalam="export-paper"] input[value="A4"]').isDisabled(), 'no page set-up for a fragment');
    const saved = await download(page, 'fragment.html');
    assert.equal(saved.suggested, 'sample-article.fragment.html');
    const html = await readFile(saved.file, 'utf8');
    assert.match(html, /^<article/);
    assert.doesNotMatch(html, /<html|<style|@font-face|<script/i);
    assert.match(html, /المنامة|البحرين|[\u0600-\u06FF]{3,}/);

    await pick(page, 'format', 'html');
    await previewOf(page, 595);
    const standalone = await readFile((await download(page, 'standalone.html')).file, 'utf8');
    assert.match(standalone, /<html lang="ar" dir="rtl"/);
    assert.match(standalone, /@page/);

    // Escape closes the dialog and hands focus back to the Export button.
    await page.keyboard.press('Escape');
    await page.locator('[data-qalam="export-dialog"]').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-qalam')), 'open-export');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('batch: two articles ticked, one folder, two files, nothing overwritten', async () => {
  const app = await startApp(browser);
  try {
    const first = await importSample(app);
    const second = await callApi<Article>(app, 'articles.create', {
      meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', section: 'اقتصاد', slug: 'central-bank' },
      body: [{ type: 'paragraph', children: [{ text: 'قرر البنك المركزي الإبقاء على سعر الفائدة دون تغيير.' }] }],
    });
    const folder = path.join(scratch, 'batch', 'تصدير اليوم');
    // A file of the same name is already there: it must survive.
    await rm(folder, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
    await writeFile(path.join(folder, 'central-bank.pdf'), 'not ours');

    const { page } = app;
    await openDialog(page, app.url, first.id);
    await page.locator('[data-qalam="export-tab-batch"]').click();
    const batch = page.locator('[data-qalam="export-batch"]');
    await batch.locator(`input[data-id="${second.id}"]`).check();
    assert.ok(await batch.locator(`input[data-id="${first.id}"]`).isChecked(), 'the open article is ticked');
    await page.locator('[data-qalam="export-folder"]').fill(folder);
    // The count with its noun, as an Arabic reader says it («تصدير مقالين»), not «تصدير ٢».
    assert.match(await page.locator('[data-qalam="export-batch-run"]').innerText(), /^تصدير مقالين إلى المجلد · /);
    await page.locator('[data-qalam="export-batch-run"]').click();
    await page.locator('[data-qalam="export-batch-status"]', { hasText: folder }).waitFor({ timeout: 120_000 });
    assert.match(await page.locator('[data-qalam="export-batch-status"]').innerText(), /^كُتب ملفان في /);

    const files = (await readdir(folder)).sort();
    assert.deepEqual(files, ['central-bank-2.pdf', 'central-bank.pdf', 'sample-article.pdf']);
    assert.equal(await readFile(path.join(folder, 'central-bank.pdf'), 'utf8'), 'not ours');
    assert.match(pdfText(path.join(folder, 'central-bank-2.pdf')), /سعر الفائدة/);
    assert.equal(pageSize(pdfInfo(path.join(folder, 'sample-article.pdf'))).width, 595);

    // A relative folder is refused with a message, not written somewhere unexpected.
    await assert.rejects(callApi(app, 'export.batch', { ids: [first.id], folder: 'relative/dir', format: 'html' }), /bad_request/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

/** How alike two renderings of a page are: correlation of the ink in 4×4-pixel cells.
 * Measured on the sample: ~0.93 for pdf.js drawing outlines against poppler, ~0.46 when
 * pdf.js let the browser shape each Arabic letter alone (isolated forms, broken words). */
async function inkCorrelation(page: Page, canvasSelector: string, pngDataUrl: string): Promise<number> {
  // Plain loops only: the function is serialized into the page, where helpers the
  // TypeScript loader adds (e.g. __name for named arrows) do not exist.
  return page.locator(canvasSelector).first().evaluate(async (c: HTMLCanvasElement, png: string) => {
    const img = new Image();
    img.src = png;
    await img.decode();
    const other = document.createElement('canvas');
    other.width = c.width;
    other.height = c.height;
    const octx = other.getContext('2d')!;
    octx.drawImage(img, 0, 0, c.width, c.height);
    const a = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const b = octx.getImageData(0, 0, c.width, c.height).data;
    const n = 4;
    const va: number[] = [];
    const vb: number[] = [];
    for (let y = 0; y < Math.floor(c.height / n); y++) {
      for (let x = 0; x < Math.floor(c.width / n); x++) {
        let sa = 0;
        let sb = 0;
        for (let yy = 0; yy < n; yy++) {
          for (let xx = 0; xx < n; xx++) {
            const i = ((y * n + yy) * c.width + x * n + xx) * 4;
            sa += 765 - a[i]! - a[i + 1]! - a[i + 2]!;
            sb += 765 - b[i]! - b[i + 1]! - b[i + 2]!;
          }
        }
        va.push(sa);
        vb.push(sb);
      }
    }
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < va.length; i++) {
      ma += va[i]!;
      mb += vb[i]!;
    }
    ma /= va.length;
    mb /= vb.length;
    let num = 0;
    let da = 0;
    let db = 0;
    for (let i = 0; i < va.length; i++) {
      num += (va[i]! - ma) * (vb[i]! - mb);
      da += (va[i]! - ma) ** 2;
      db += (vb[i]! - mb) ** 2;
    }
    return num / Math.sqrt(da * db);
  }, pngDataUrl);
}

test('the preview draws the Arabic as poppler does: joined letters, not letters shaped one by one', async () => {
  const app = await startApp(browser);
  try {
    const article = await importSample(app);
    const { page } = app;
    await openDialog(page, app.url, article.id);
    await previewOf(page, 595);
    await page.locator('[data-qalam="export-zoom"]').click();
    const canvas = '[data-qalam="export-pages"].large canvas[data-drawn="true"]';
    await page.locator(canvas).first().waitFor({ timeout: 60_000 });
    const [width, height] = await page.locator(canvas).first().evaluate((c: HTMLCanvasElement) => [c.width, c.height]);

    const { pdf } = await callApi<{ pdf: string }>(app, 'export.pdf', { id: article.id, options: {} });
    const file = path.join(scratch, 'compare.pdf');
    await writeFile(file, Buffer.from(pdf, 'base64'));
    const prefix = path.join(scratch, 'compare');
    execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-singlefile', '-scale-to-x', String(width), '-scale-to-y', String(height), file, prefix]);
    const png = `data:image/png;base64,${(await readFile(`${prefix}.png`)).toString('base64')}`;
    const r = await inkCorrelation(page, canvas, png);
    assert.ok(r > 0.8, `page 1 drawn by the preview vs poppler: correlation ${r.toFixed(3)}`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('File › Export… opens the dialog, and words typed a moment before are in the file', async () => {
  const app = await startApp(browser);
  try {
    const article = await importSample(app);
    const { page } = app;
    await page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
    const editor = new EditorPage(page);
    await editor.body.waitFor();
    await editor.typeInBody(' خاتمة كتبها المحرر للتو', { paste: true });
    // The menu command as the web host receives it (the app sends the same id over IPC).
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: 'article.export' })));
    await page.locator('[data-qalam="export-dialog"]').waitFor();
    await previewOf(page, 595);
    const saved = await download(page, 'typed.pdf');
    assert.match(plainText(saved.file), /خاتمة كتبها المحرر للتو/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
