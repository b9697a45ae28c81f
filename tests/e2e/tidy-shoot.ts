// Screenshots of «تنقيح النص» and context slips on the article page, for a person to look
// at: wire copy with slips and a «وقال ان» before the tidy, the slip's menu, the page
// after the tidy with its notice, and the editor's menu; Arabic and English, light and
// dark, at a laptop and at half a 1920 screen:
//   tsx tests/e2e/tidy-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]     (default /tmp/qalam-tidy)
import type { Block } from '../../electron/common/document/types';
import { looksOf, scriptArgs, shootLooks } from './support/looks';

const { outDir, sizes } = scriptArgs('/tmp/qalam-tidy', ['1366x768', '960x1040']);

const WIRE = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل .' }] },
  { type: 'paragraph', children: [{ text: 'وقال ان الزيارة تأتي في إطار "تعزيز التعاون" بين البلدين ،وإن التفاصيل ستعلن لاحقا ؟؟' }] },
  { type: 'paragraph', children: [{ text: 'ووصف المراقبون الخطوة بأنها مهمـــة جدًا لمستقبل العلاقات ,وأكد أن الحوار مستمر .' }] },
  { type: 'paragraph', children: [{ text: 'يعد التنسيق بين باريس والمؤسسات الليبية ركيزة هامة في ملف الاستقرار الإقليمي، وتأتي هذه الخطوة في ظل التحديات الراهنة.' }] },
] as unknown as Block[];

await shootLooks(
  { outDir, looks: looksOf(['light', 'dark'], ['ar', 'en'], sizes), meta: { headline: 'الخارجية تعلن زيارة الوزير إلى باريس' }, body: WIRE },
  async (page, name, { size, lang, scheme }) => {
    const slip = page.locator('[data-qalam="body"] [data-spelling="context"]').first();
    await slip.waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: name('1-before') });
    await slip.click({ button: 'right' });
    await page.locator('[data-qalam="spelling-menu"] [data-suggestion]').first().waitFor();
    await page.screenshot({ path: name('2-slip-menu') });
    await page.keyboard.press('Escape');
    await page.locator('[data-qalam="body"] p').first().click();
    await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
    await page.waitForFunction(() => (document.querySelector('[data-qalam="editor-notice"]')?.textContent ?? '') !== '');
    await page.waitForTimeout(300);
    await page.screenshot({ path: name('3-after-tidy') });
    const box = await page.locator('[data-qalam="body"] p').nth(3).boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + 10, { button: 'right' });
    await page.locator('.editor-context-menu').waitFor();
    await page.screenshot({ path: name('4-editor-menu') });
    await page.keyboard.press('Escape');
    const measured = await page.evaluate(() => {
      const bar = document.querySelector('.editor-toolbar')!;
      const tools = [...bar.querySelectorAll('.tool')].map((b) => b.getBoundingClientRect());
      const notice = document.querySelector('[data-qalam="editor-notice"]')!.getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      return {
        toolbarRows: new Set(tools.map((r) => Math.round(r.top))).size,
        outside: tools.filter((r) => r.left < barBox.left - 1 || r.right > barBox.right + 1).length,
        notice: { top: Math.round(notice.top), left: Math.round(notice.left), right: Math.round(notice.right), barBottom: Math.round(barBox.bottom) },
      };
    });
    console.log(`${size.width}x${size.height}-${lang}-${scheme}`, JSON.stringify(measured));
  },
);
