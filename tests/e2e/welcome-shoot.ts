// Screenshots of the main pane with no article open: the welcome of an empty library and
// the short form beside a library with an article, light and dark, Arabic and English:
//   tsx tests/e2e/welcome-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]   (default /tmp/qalam-shots-welcome)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { callApi, launchBrowser, startApp } from './support/app';
import { looksOf, scriptArgs } from './support/looks';

const { outDir, sizes } = scriptArgs('/tmp/qalam-shots-welcome', ['1366x768', '960x1040']);
await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const look of looksOf(['light', 'dark'], ['ar', 'en'], sizes)) {
    const app = await startApp(browser, { colorScheme: look.scheme, viewport: look.size });
    try {
      const { page } = app;
      const stem = path.join(outDir, `${look.size.width}x${look.size.height}-${look.lang}-${look.scheme}`);
      await callApi(app, 'settings.set', { uiLanguage: look.lang });
      await page.reload();
      await page.locator('[data-qalam="welcome-title"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${stem}-welcome.png` });
      await callApi(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة' } });
      await page.reload();
      await page.locator('[data-qalam="choose-article"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${stem}-with-articles.png` });
      if (app.problems.length) console.error(app.problems.join('\n'));
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${outDir}`);
