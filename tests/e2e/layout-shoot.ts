// Screenshots of the shell holding the sample article at the widths editors work at
// (half a 1920 screen, small laptops, a wide desk), light and dark, Arabic and English,
// for a person to look at:
//   tsx tests/e2e/layout-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]     (default /tmp/qalam-layout)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { callApi, launchBrowser, startApp } from './support/app';
import { seedSampleDesk } from './support/seed';

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
      const article = await seedSampleDesk(app, { kicker: 'دولي' });
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
      // The narrow cases beyond the article alone: details opened on a laptop, each panel
      // over the article on half a laptop, the library, history and settings views.
      for (const lang of scheme === 'light' ? (['ar', 'en'] as const) : (['ar'] as const)) {
        await callApi(app, 'settings.set', { uiLanguage: lang });
        const origin = new URL(app.url).origin;
        const shot = async (name: string) => {
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: path.join(outDir, `${name}-${lang}-${scheme}.png`) });
        };
        await page.setViewportSize({ width: 1024, height: 700 });
        await page.goto(`${origin}/#/article/${article.id}`);
        await page.reload();
        await page.locator('[data-qalam="word-count"]').waitFor();
        await page.locator('[data-qalam="toggle-inspector"]').click();
        await page.locator('[data-qalam="inspector"]').waitFor();
        await shot('1024x700-details-open');
        await page.locator('[data-qalam="toggle-inspector"]').click();
        await page.setViewportSize({ width: 683, height: 768 });
        await page.locator('[data-qalam="toggle-library"]').click();
        await page.locator('[data-qalam="library"]').waitFor();
        await shot('683x768-library-over');
        await page.locator('[data-qalam="toggle-inspector"]').click();
        await page.locator('[data-qalam="inspector"]').waitFor();
        await shot('683x768-details-over');
        await page.locator('[data-qalam="toggle-inspector"]').click();
        await page.goto(`${origin}/#/`);
        await page.locator('.editor-pane.empty').waitFor();
        await shot('683x768-library-view');
        await page.setViewportSize({ width: 960, height: 1040 });
        await shot('960x1040-library-view');
        // A morning's revisions, so the history's list has to scroll where it is above the diff.
        for (const [i, headline] of ['مباحثات ليبية فرنسية في الإليزيه', 'حفتر في باريس', 'باريس تستقبل حفتر', 'حفتر يبحث في باريس التعاون الأمني'].entries()) {
          if (lang === 'ar') await callApi(app, 'articles.save', { id: article.id, meta: { headline: i === 3 ? article.meta.headline : headline }, reason: 'snapshot' });
        }
        await page.goto(`${origin}/#/article/${article.id}/history`);
        await page.locator('[data-qalam="diff"]').first().waitFor();
        await shot('960x1040-history');
        await page.setViewportSize({ width: 683, height: 768 });
        await shot('683x768-history');
        await page.locator('[data-qalam="fold-revisions"]').click();
        await shot('683x768-history-folded');
        await page.locator('[data-qalam="fold-revisions"]').click();
        await page.setViewportSize({ width: 1440, height: 900 });
        await shot('1440x900-history');
        await page.setViewportSize({ width: 960, height: 1040 });
        await page.goto(`${origin}/#/settings`);
        await page.locator('[data-qalam="settings"]').waitFor();
        await shot('960x1040-settings');
        await page.setViewportSize({ width: 683, height: 768 });
        await shot('683x768-settings');
        await page.evaluate(() => localStorage.removeItem('qalam.panels'));
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
