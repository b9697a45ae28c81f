// Screenshots of the editor menus' Cut / Copy / Paste / Select all, for a person to look
// at: the body's menu over a selected word and at a bare caret (Cut and Copy greyed),
// the headline's menu, and the notice when the browser refuses the clipboard; Arabic
// light and English dark:
//   tsx tests/e2e/clipboard-shoot.ts [OUT_DIR]     (default /tmp/qalam-clipboard)
import type { Block } from '../../electron/common/document/types';
import { scriptArgs, shootLooks } from './support/looks';

const { outDir } = scriptArgs('/tmp/qalam-clipboard', []);
const size = { width: 1366, height: 768 };

const BODY = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية اليوم أن الوزير سيزور باريس الأسبوع المقبل في زيارة رسمية.' }] },
  { type: 'paragraph', children: [{ text: 'وقالت مصادر دبلوماسية إن الزيارة تأتي في إطار تعزيز التعاون بين البلدين.' }] },
] as unknown as Block[];

await shootLooks(
  {
    outDir,
    looks: [
      { scheme: 'light', lang: 'ar', size },
      { scheme: 'dark', lang: 'en', size },
    ],
    meta: { headline: 'الخارجية تعلن زيارة الوزير إلى باريس' },
    body: BODY,
  },
  async (page, name) => {
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
  },
);
