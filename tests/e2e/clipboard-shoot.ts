// Screenshots of the editor menus' Cut / Copy / Paste / Select all, for a person to look
// at: the body's menu over a selected word and at a bare caret (Cut and Copy greyed),
// the headline's menu, and the notice when the browser refuses the clipboard; Arabic
// light and English dark:
//   tsx tests/e2e/clipboard-shoot.ts [OUT_DIR]     (default /tmp/qalam-clipboard)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp } from './support/app';

const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-clipboard');
await mkdir(outDir, { recursive: true });

const BODY = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية اليوم أن الوزير سيزور باريس الأسبوع المقبل في زيارة رسمية.' }] },
  { type: 'paragraph', children: [{ text: 'وقالت مصادر دبلوماسية إن الزيارة تأتي في إطار تعزيز التعاون بين البلدين.' }] },
] as unknown as Block[];

const browser = await launchBrowser();
try {
  for (const [lang, scheme] of [['ar', 'light'], ['en', 'dark']] as const) {
    const app = await startApp(browser, { colorScheme: scheme, viewport: { width: 1366, height: 768 } });
    try {
      const { page } = app;
      const origin = new URL(app.url).origin;
      await callApi(app, 'settings.set', { uiLanguage: lang });
      const article = await callApi<Article>(app, 'articles.create', { meta: { headline: 'الخارجية تعلن زيارة الوزير إلى باريس' }, body: BODY });
      await page.goto(`${origin}/#/article/${article.id}`);
      await page.reload();
      await page.locator('[data-qalam="body"] p').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const name = (what: string) => path.join(outDir, `${lang}-${scheme}-${what}.png`);
      const word = await page.locator('[data-qalam="body"] p').first().evaluate((p) => {
        const node = p.querySelector('[data-slate-string]')!.firstChild!;
        const at = node.textContent!.indexOf('الخارجية');
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'الخارجية'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.click(word.x, word.y, { button: 'right' });
      await page.locator('.editor-context-menu').waitFor();
      await page.screenshot({ path: name('1-body-selected') });
      await page.keyboard.press('Escape');
      const box = (await page.locator('[data-qalam="body"] p').nth(1).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + 10);
      await page.mouse.click(box.x + box.width / 2, box.y + 10, { button: 'right' });
      await page.locator('.editor-context-menu').waitFor();
      await page.screenshot({ path: name('2-body-caret') });
      // No clipboard permission in this context: Paste says to use the keys.
      await page.locator('.editor-context-menu [data-command="paste"]').click();
      await page.waitForFunction(() => (document.querySelector('[data-qalam="editor-notice"]')?.textContent ?? '') !== '');
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('3-paste-refused') });
      await page.locator('[data-qalam="headline"]').click({ button: 'right', position: { x: 40, y: 15 } });
      await page.locator('.editor-context-menu').waitFor();
      await page.screenshot({ path: name('4-headline-menu') });
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${outDir}`);
