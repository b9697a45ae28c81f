// «تنقيح النص» in the kicker, headline and standfirst: the fields' right-click menu opens
// anywhere in a field (spelling items first over an underlined word) and tidies that
// field alone, through the field's own editing: the article stores it as if typed, and
// one Ctrl+Z in the field brings the wire headline back. The menu key opens the same
// menu. A tidy of the whole body names a header field that still needs one, untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article, ArticleMeta, Block } from '../../electron/common/document/types';
import { callApi, startApp, useBrowser, type App } from './support/app';
import { openNewArticle } from './support/seed';
import { until } from '../support/until';

const WIRE_HEADLINE = 'عاجل : الخارجية ,تعلن زيارة الوزير';
const TIDIED_HEADLINE = 'عاجل: الخارجية، تعلن زيارة الوزير';
const CLEAN_STANDFIRST = 'يزور الوزير باريس الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام.';
const BODY = [{ type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس .' }] }] as unknown as Block[];

const browser = useBrowser();

async function withArticle(
  meta: Partial<ArticleMeta>,
  lang: 'ar' | 'en',
  run: (page: Page, app: App, id: string) => Promise<void>,
): Promise<void> {
  const app = await startApp(browser(), { viewport: { width: 1366, height: 768 } });
  try {
    const { id } = await openNewArticle(app, { meta, body: BODY, lang });
    await run(app.page, app, id);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
}

const menu = (page: Page) => page.locator('.editor-context-menu');
const fieldNotice = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-qalam="field-notice"]')?.textContent === t, text);
/** Until the stored article's headline is `headline` (autosave takes a moment). */
const storedHeadline = (app: App, id: string, headline: string) =>
  until(`the stored headline «${headline}»`, async () => (await callApi<Article>(app, 'articles.get', { id })).meta.headline === headline, { everyMs: 100 });

test('a right click anywhere in the headline tidies it; the article stores it; one Ctrl+Z in the field brings the wire headline back', async () => {
  await withArticle({ headline: WIRE_HEADLINE, standfirst: CLEAN_STANDFIRST }, 'ar', async (page, app, id) => {
    const headline = page.locator('[data-qalam="headline"]');
    // Over no underlined word: the menu holds the tidy.
    await headline.click({ button: 'right', position: { x: 40, y: 15 } });
    const tidy = menu(page).locator('[data-command="tidy-text"]');
    assert.equal(await tidy.textContent(), 'تنقيح النص');
    await tidy.click();
    assert.equal(await menu(page).count(), 0, 'the menu closes');
    assert.equal(await headline.inputValue(), TIDIED_HEADLINE);
    await fieldNotice(page, 'نُقّح العنوان: تصحيحان');
    await storedHeadline(app, id, TIDIED_HEADLINE);
    // The body was not the tidy's business.
    assert.deepEqual((await callApi<Article>(app, 'articles.get', { id })).body, BODY);

    assert.ok(await headline.evaluate((el) => el === document.activeElement), 'the caret is back in the headline');
    await page.keyboard.press('ControlOrMeta+z');
    assert.equal(await headline.inputValue(), WIRE_HEADLINE);
    await storedHeadline(app, id, WIRE_HEADLINE);
    assert.equal(await page.locator('[data-qalam="field-notice"]').textContent(), '', 'the next key takes the report away');
  });
});

test('a clean standfirst says so under the fields and is left as it was', async () => {
  await withArticle({ headline: WIRE_HEADLINE, standfirst: CLEAN_STANDFIRST }, 'ar', async (page) => {
    const standfirst = page.locator('[data-qalam="standfirst"]');
    await standfirst.click({ button: 'right', position: { x: 60, y: 15 } });
    await menu(page).locator('[data-command="tidy-text"]').click();
    await fieldNotice(page, 'لا تحتاج المقدمة إلى تنقيح');
    assert.equal(await standfirst.inputValue(), CLEAN_STANDFIRST);
    const notice = page.locator('[data-qalam="field-notice"]');
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.equal(await notice.getAttribute('lang'), 'ar');
  });
});

test('with part of the headline selected, the menu key opens the menu and the tidy keeps to the selection', async () => {
  await withArticle({ headline: WIRE_HEADLINE }, 'ar', async (page) => {
    const headline = page.locator('[data-qalam="headline"]');
    await headline.focus();
    // «عاجل :» alone.
    await headline.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 6));
    await page.keyboard.press('Shift+F10');
    const tidy = menu(page).locator('[data-command="tidy-text"]');
    await tidy.waitFor();
    // The keyboard starts on Cut, above the tidy (Cut, Copy, Paste, Select all, Tidy text).
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-command')), 'cut', 'the keyboard starts on the first item');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    assert.ok(await tidy.evaluate((el) => el === document.activeElement), 'four steps down is the tidy');
    await page.keyboard.press('Enter');
    assert.equal(await headline.inputValue(), 'عاجل: الخارجية ,تعلن زيارة الوزير');
    await fieldNotice(page, 'نُقّح النص المحدَّد: تصحيح واحد');
    // The tidied part stays selected.
    assert.deepEqual(await headline.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]), [0, 5]);
    // The ContextMenu key too.
    await page.keyboard.press('ContextMenu');
    await menu(page).locator('[data-command="tidy-text"]').waitFor();
    await page.keyboard.press('Escape');
    await menu(page).waitFor({ state: 'detached' });
  });
});

test('over an underlined word the spelling items come first, then the tidy', async () => {
  await withArticle({ headline: 'الجيش يعيد انتشاره قرب العاصمه' }, 'ar', async (page) => {
    const underlined = page.locator('.spelled-field .spelling-mirror .spelling-error', { hasText: 'العاصمه' });
    await underlined.waitFor();
    const box = (await underlined.boundingBox())!;
    await page.locator('[data-qalam="headline"]').click({ button: 'right', position: await page.locator('[data-qalam="headline"]').evaluate((el, b) => {
      const r = el.getBoundingClientRect();
      return { x: b.x + b.width / 2 - r.left, y: b.y + b.height / 2 - r.top };
    }, box) });
    await menu(page).locator('[data-qalam="spelling-menu"] [data-suggestion]').first().waitFor();
    const commands = await menu(page).locator('[role="menuitem"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-command') ?? 'suggestion'));
    assert.equal(commands[0], 'suggestion');
    // Then the clipboard items, then the tidy.
    assert.deepEqual(commands.slice(-5), ['cut', 'copy', 'paste', 'select-all', 'tidy-text']);
  });
});

test('English UI: the field menu says Tidy text and the report is English', async () => {
  await withArticle({ headline: WIRE_HEADLINE, kicker: 'عاجل' }, 'en', async (page) => {
    const headline = page.locator('[data-qalam="headline"]');
    await headline.click({ button: 'right', position: { x: 40, y: 15 } });
    const tidy = menu(page).locator('[data-command="tidy-text"]');
    assert.equal(await tidy.textContent(), 'Tidy text');
    await tidy.click();
    await fieldNotice(page, 'Headline tidied: 2 fixes');
    assert.equal(await page.locator('[data-qalam="field-notice"]').getAttribute('lang'), 'en');
    const kicker = page.locator('[data-qalam="kicker"]');
    await kicker.click({ button: 'right' });
    await menu(page).locator('[data-command="tidy-text"]').click();
    await fieldNotice(page, 'The kicker needs no tidying');
  });
});

test('with spelling off the menu still tidies; a fix that only takes kashida out is undone by one Ctrl+Z too', async () => {
  await withArticle({ kicker: 'عاجـــل', headline: TIDIED_HEADLINE }, 'ar', async (page, app) => {
    await callApi(app, 'settings.set', { spellcheck: false });
    await page.reload();
    await page.locator('[data-qalam="body"] p').first().waitFor();
    assert.equal(await page.locator('.spelling-mirror').count(), 0, 'no spelling mirror');
    const kicker = page.locator('[data-qalam="kicker"]');
    await kicker.click({ button: 'right' });
    await menu(page).locator('[data-command="tidy-text"]').click();
    assert.equal(await kicker.inputValue(), 'عاجل');
    await fieldNotice(page, 'نُقّح العنوان التمهيدي: تصحيح واحد');
    await page.keyboard.press('ControlOrMeta+z');
    assert.equal(await kicker.inputValue(), 'عاجـــل');
  });
});

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}: tidying the whole body names the headline that still needs it, and leaves the headline alone`, async () => {
    await withArticle({ headline: WIRE_HEADLINE, standfirst: CLEAN_STANDFIRST }, lang, async (page) => {
      await page.locator('[data-qalam="body"] p').first().click();
      await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
      const expected = lang === 'ar' ? 'نُقّح النص: ٣ تصحيحات، والعنوان يحتاج إلى تنقيح' : 'Text tidied: 3 fixes; the headline needs tidying';
      await page.waitForFunction((t) => document.querySelector('[data-qalam="editor-notice"]')?.textContent === t, expected);
      assert.equal(await page.locator('[data-qalam="headline"]').inputValue(), WIRE_HEADLINE);
    });
  });
}
