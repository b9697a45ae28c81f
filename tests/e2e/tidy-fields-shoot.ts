// Screenshots of «تنقيح النص» in the header fields, for a person to look at: the
// headline's right-click menu, the headline after its tidy with the report under the
// fields, and the body's tidy naming the headline; Arabic and English, light and dark:
//   tsx tests/e2e/tidy-fields-shoot.ts [OUT_DIR] [WIDTHxHEIGHT …]     (default /tmp/qalam-tidy-fields)
import type { Block } from '../../electron/common/document/types';
import { looksOf, scriptArgs, shootLooks } from './support/looks';

const { outDir, sizes } = scriptArgs('/tmp/qalam-tidy-fields', ['1366x768']);

const META = { kicker: 'عاجل', headline: 'عاجل : الخارجية ,تعلن زيارة الوزير', standfirst: 'يزور الوزير باريس الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام.' };
const BODY = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل .' }] },
] as unknown as Block[];

await shootLooks({ outDir, looks: looksOf(['light', 'dark'], ['ar', 'en'], sizes), meta: META, body: BODY }, async (page, name, { size, lang, scheme }) => {
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
});
