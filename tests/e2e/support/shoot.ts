// Screenshots of the shell holding the sample article, light and dark, for a person to
// look at (the issue asks for it before calling the editor done):
//   tsx tests/e2e/support/shoot.ts [OUT_DIR]      (default /tmp/qalam-shots)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, startApp } from './app';
import { EditorPage } from './pages';
import { seedSampleDesk } from './seed';

const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-shots');
await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser, { colorScheme: scheme });
    try {
      const article = await seedSampleDesk(app);
      await app.page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
      await app.page.reload();
      const editor = new EditorPage(app.page);
      await editor.body.waitFor();
      await app.page.evaluate(() => document.fonts.ready);
      await app.page.locator('[data-qalam="word-count"]').waitFor();
      const file = path.join(outDir, `shell-${scheme}.png`);
      await app.page.screenshot({ path: file });
      console.log(file);
      // The status bar close up, where digits and the percent sign sit.
      await app.page.locator('[data-qalam="statusbar"]').screenshot({ path: path.join(outDir, `statusbar-${scheme}.png`) });
      if (scheme === 'light') {
        // The English UI: chrome mirrored to left-to-right, the article still right to left.
        await app.page.locator('[data-qalam="toggle-language"]').click();
        await app.page.locator('[data-qalam="new-article"]', { hasText: 'New article' }).waitFor();
        await app.page.screenshot({ path: path.join(outDir, 'shell-english-light.png') });
        await app.page.locator('[data-qalam="toggle-language"]').click();
      }
      if (app.problems.length) console.error(app.problems.join('\n'));
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
