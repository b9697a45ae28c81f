// Screenshots of the shell holding the sample article at the widths editors work at
// (half a 1920 screen, small laptops, a wide desk), light and dark, Arabic and English,
// for a person to look at:
//   tsx tests/e2e/layout-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]     (default /tmp/qalam-layout)
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp } from './support/app';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-layout');
const sizes = (process.argv.length > 3 ? process.argv.slice(3) : ['960x1040', '1024x700', '1366x768', '1440x900']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width!, height: height! };
});
await mkdir(outDir, { recursive: true });

const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser, { colorScheme: scheme });
    try {
      const data = (await readFile(path.join(ROOT, 'tests/fixtures/article-ar.txt'))).toString('base64');
      const article = await callApi<Article>(app, 'import.file', { name: 'article-ar.txt', data });
      await callApi(app, 'articles.save', { id: article.id, meta: { targetWords: 600, section: 'دولي', byline: 'فاطمة الزهراء', kicker: 'دولي' } });
      await callApi(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', status: 'ready' } });
      const { page } = app;
      await page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
      for (const lang of scheme === 'light' ? (['ar', 'en'] as const) : (['ar'] as const)) {
        await callApi(app, 'settings.set', { uiLanguage: lang });
        for (const size of sizes) {
          await page.setViewportSize(size);
          await page.reload();
          await page.locator('[data-qalam="body"]').waitFor();
          await page.locator('[data-qalam="word-count"]').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const name = `${size.width}x${size.height}-${lang}-${scheme}`;
          await page.screenshot({ path: path.join(outDir, `${name}.png`) });
          const measured = await page.evaluate(() => {
            const body = document.querySelector('[data-qalam="body"] p');
            const bar = document.querySelector('.editor-toolbar');
            const tools = [...document.querySelectorAll('.editor-toolbar .tool')].map((b) => Math.round(b.getBoundingClientRect().top));
            return { text: Math.round(body?.getBoundingClientRect().width ?? 0), toolbarRows: new Set(tools).size, toolbarHeight: Math.round(bar?.getBoundingClientRect().height ?? 0) };
          });
          console.log(name, JSON.stringify(measured));
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
