// Screenshots of the export dialog holding the sample article, Arabic, light and dark,
// for a person to look at:   tsx tests/e2e/export-shoot.ts [OUT_DIR]  (default /tmp/qalam-shots-5)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { callApi, launchBrowser, startApp } from './support/app';
import { importSampleArticle } from './support/seed';

const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-shots-5');
await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser, { colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    try {
      const { page } = app;
      const article = await importSampleArticle(app);
      await callApi(app, 'articles.save', { id: article.id, meta: { section: 'دولي', byline: 'فاطمة الزهراء', slug: 'haftar-paris' } });
      await callApi(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', section: 'اقتصاد' } });
      await page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
      await page.locator('[data-qalam="open-export"]').click();
      const ready = async (width: number) => {
        await page.locator(`[data-qalam="export-pages"][data-page-width="${width}"]`).waitFor({ timeout: 60_000 });
        await page.locator('[data-qalam="export-preview"][data-busy="false"]').waitFor({ timeout: 60_000 });
        const count = Number(await page.locator('[data-qalam="export-pages"]').getAttribute('data-pages'));
        await page.locator('[data-qalam="export-pages"] canvas[data-drawn="true"]').nth(count - 1).waitFor();
        await page.evaluate(() => document.fonts.ready);
      };
      await ready(595);
      await page.screenshot({ path: path.join(outDir, `export-a4-${scheme}.png`) });
      const pickLabel = (group: string, value: string) =>
        page.locator(`[data-qalam="export-${group}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).click();
      await pickLabel('paper', 'A3');
      await pickLabel('columns', '2');
      await page.locator('[data-qalam="export-preview"][data-busy="true"]').waitFor();
      await ready(842);
      await page.screenshot({ path: path.join(outDir, `export-a3-2col-${scheme}.png`) });
      // One page close up, as large as the preview draws it.
      await page.locator('[data-qalam="export-zoom"]').click();
      await page.locator('[data-qalam="export-pages"].large canvas[data-drawn="true"]').first().waitFor();
      await page.locator('[data-qalam="export-pages"] canvas').first().screenshot({ path: path.join(outDir, `export-page1-large-${scheme}.png`) });
      await page.screenshot({ path: path.join(outDir, `export-large-${scheme}.png`) });
      await page.locator('[data-qalam="export-zoom"]').click();
      if (scheme === 'light') {
        // The same PDF for pdftoppm, to hold the preview against poppler's rendering.
        const { pdf } = await callApi<{ pdf: string }>(app, 'export.pdf', { id: article.id, options: { paper: 'A3', columns: 2 } });
        await writeFile(path.join(outDir, 'a3-2col.pdf'), Buffer.from(pdf, 'base64'));
      }
      if (scheme === 'light') {
        await pickLabel('format', 'fragment');
        await page.locator('[data-qalam="export-fragment"]').waitFor();
        await page.screenshot({ path: path.join(outDir, 'export-fragment-light.png') });
        await page.locator('[data-qalam="export-tab-batch"]').click();
        await page.screenshot({ path: path.join(outDir, 'export-batch-light.png') });
        // The English UI: the dialog mirrored left to right, the pages still Arabic.
        await page.keyboard.press('Escape');
        await callApi(app, 'settings.set', { uiLanguage: 'en' });
        await page.reload();
        await page.locator('[data-qalam="open-export"]').click();
        await pickLabel('format', 'pdf');
        await ready(842);
        await page.screenshot({ path: path.join(outDir, 'export-english-light.png') });
      }
      if (app.problems.length) console.error(app.problems.join('\n'));
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
console.log(outDir);
