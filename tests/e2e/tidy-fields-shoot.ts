// Screenshots of «تنقيح النص» in the header fields, for a person to look at: the
// headline's right-click menu, the headline after its tidy with the report under the
// fields, and the body's tidy naming the headline; Arabic and English, light and dark:
//   tsx tests/e2e/tidy-fields-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]     (default /tmp/qalam-tidy-fields)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp } from './support/app';

const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-tidy-fields');
const sizes = (process.argv.length > 3 ? process.argv.slice(3) : ['1366x768']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width!, height: height! };
});
await mkdir(outDir, { recursive: true });

const META = { kicker: 'عاجل', headline: 'عاجل : الخارجية ,تعلن زيارة الوزير', standfirst: 'يزور الوزير باريس الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام.' };
const BODY = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل .' }] },
] as unknown as Block[];

const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser, { colorScheme: scheme });
    try {
      const { page } = app;
      const origin = new URL(app.url).origin;
      for (const lang of ['ar', 'en'] as const) {
        await callApi(app, 'settings.set', { uiLanguage: lang });
        for (const size of sizes) {
          const article = await callApi<Article>(app, 'articles.create', { meta: META, body: BODY });
          await page.setViewportSize(size);
          await page.goto(`${origin}/#/article/${article.id}`);
          await page.reload();
          await page.locator('[data-qalam="body"]').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const name = (what: string) => path.join(outDir, `${size.width}x${size.height}-${lang}-${scheme}-${what}.png`);
          const headline = page.locator('[data-qalam="headline"]');
          const box = (await headline.boundingBox())!;
          await page.mouse.click(box.x + box.width * (lang === 'ar' ? 0.85 : 0.6), box.y + box.height / 2, { button: 'right' });
          await page.locator('.editor-context-menu [data-command="tidy-text"]').waitFor();
          await page.screenshot({ path: name('1-field-menu') });
          await page.locator('.editor-context-menu [data-command="tidy-text"]').click();
          await page.waitForFunction(() => (document.querySelector('[data-qalam="field-notice"]')?.textContent ?? '') !== '');
          await page.screenshot({ path: name('2-field-tidied') });
          await page.keyboard.press('ControlOrMeta+z');
          await page.locator('[data-qalam="body"] p').first().click();
          await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
          await page.waitForFunction(() => (document.querySelector('[data-qalam="editor-notice"]')?.textContent ?? '') !== '');
          await page.screenshot({ path: name('3-body-names-headline') });
          console.log(`${size.width}x${size.height}-${lang}-${scheme}`, await page.locator('[data-qalam="editor-notice"]').textContent());
        }
      }
      await callApi(app, 'settings.set', { uiLanguage: 'ar' });
      if (app.problems.length) console.error(app.problems.join('\n'));
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
