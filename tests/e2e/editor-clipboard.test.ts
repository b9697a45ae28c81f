// Cut, Copy and Paste in the editor's own right-click menus (web host: execCommand for
// cut and copy, navigator.clipboard for paste, handed to the body's Ctrl+V path). The
// body and the headline copy a selected Arabic word to the clipboard, paste it where
// the caret is (the article stores it), and cut it away; a read-only revision offers
// Copy and no Cut or Paste; an English UI says Cut / Copy / Paste; a browser that will
// not let the page read the clipboard gets a word on using Ctrl+V, not silence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { Article, Block } from '../../electron/common/document/types';
import { go } from './library-support';
import { callApi, q, startApp, useBrowser, type App } from './support/app';
import { shownText } from './support/text';
import { openNewArticle } from './support/seed';

const SENTENCE = 'أعلنت وزارة الخارجية اليوم أن الوزير سيزور باريس.';
const WORD = 'الخارجية';
const HEADLINE = 'الخارجية تعلن زيارة الوزير';
const BODY = [{ type: 'paragraph', children: [{ text: SENTENCE }] }] as unknown as Block[];

const browser = useBrowser();

async function withArticle(options: { lang?: 'ar' | 'en'; clipboard?: boolean }, run: (page: Page, app: App, id: string) => Promise<void>): Promise<void> {
  const app = await startApp(browser(), { viewport: { width: 1366, height: 768 } });
  try {
    if (options.clipboard !== false) await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    const { id } = await openNewArticle(app, { meta: { headline: HEADLINE }, body: BODY, ...(options.lang ? { lang: options.lang } : {}) });
    await run(app.page, app, id);
    // Chromium's clipboard HTML carries inline styles; the paste path quiets them before
    // parsing (csp-quiet.ts), so no page error and no CSP report at all is expected.
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
}

const menu = (page: Page) => page.locator('.editor-context-menu');
const item = (page: Page, name: string) => menu(page).locator(`[data-command="${name}"]`);
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const labels = (page: Page) => menu(page).locator('[role="menuitem"]').allTextContents();

/** Select `word` in the body's first paragraph (as a drag would) and return its middle. */
const selectInBody = (page: Page, word: string) => selectInParagraph(page.locator('[data-qalam="body"] p').first(), word);

/** Select `word` in the paragraph (as a drag would) and return its middle. */
async function selectInParagraph(paragraph: Locator, word: string): Promise<{ x: number; y: number }> {
  return paragraph.evaluate((p, w) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`${w} is not in the paragraph`);
  }, word);
}

/** Put the caret at the end of the body (from the keyboard) and return where it shows. */
async function caretAtBodyEnd(page: Page): Promise<{ x: number; y: number }> {
  await page.locator('[data-qalam="body"]').focus();
  await page.keyboard.press('ControlOrMeta+End');
  return page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left, y: r.top + r.height / 2 };
  });
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(await check(), what);
}

const storedText = async (app: App, id: string) => {
  const body = (await callApi<Article>(app, 'articles.get', { id })).body as unknown as { children: { text?: string }[] }[];
  return body.map((b) => b.children.map((c) => c.text ?? '').join('')).join('\n');
};
const bodyText = (page: Page) => shownText(page.locator('[data-qalam="body"]')).then((t) => t.trim());

test('in the body: Copy puts the selected word on the clipboard, Paste puts it at the caret (stored), Cut takes it away', async () => {
  await withArticle({}, async (page, app, id) => {
    const word = await selectInBody(page, WORD);
    await page.mouse.click(word.x, word.y, { button: 'right' });
    assert.deepEqual((await labels(page)).slice(0, 4), ['قص', 'نسخ', 'لصق', 'تحديد الكل'], 'the clipboard items come first');
    await item(page, 'copy').click();
    assert.equal(await menu(page).count(), 0, 'the menu closes');
    assert.equal(await clipboardText(page), WORD);
    assert.equal(await bodyText(page), SENTENCE, 'a copy leaves the text alone');

    const end = await caretAtBodyEnd(page);
    await page.mouse.click(end.x, end.y, { button: 'right' });
    assert.equal(await item(page, 'cut').getAttribute('aria-disabled'), 'true', 'nothing selected: no cut');
    assert.equal(await item(page, 'copy').getAttribute('aria-disabled'), 'true', 'nothing selected: no copy');
    await item(page, 'paste').click();
    await until('the word is pasted at the caret', async () => (await bodyText(page)) === SENTENCE + WORD);
    await until('the article stores the paste', async () => (await storedText(app, id)) === SENTENCE + WORD);

    const again = await selectInBody(page, 'الوزير');
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await item(page, 'cut').click();
    const cut = SENTENCE.replace('الوزير', '') + WORD;
    await until('the cut word leaves the body', async () => (await bodyText(page)) === cut);
    assert.equal(await clipboardText(page), 'الوزير');
    await until('the article stores the cut', async () => (await storedText(app, id)) === cut);
  });
});

/** Select `word` in a header field and return its middle on screen, measured on the
 * spelling mirror that lies exactly under the field (a textarea's text has no rects). */
async function selectInField(field: Locator, word: string): Promise<{ x: number; y: number }> {
  return field.evaluate((el: HTMLTextAreaElement, w) => {
    el.focus();
    const at = el.value.indexOf(w);
    el.setSelectionRange(at, at + w.length);
    const mirror = el.parentElement!.querySelector('.spelling-mirror')!;
    const walker = document.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (at >= seen && at + w.length <= seen + length) {
        const range = document.createRange();
        range.setStart(node, at - seen);
        range.setEnd(node, at - seen + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      seen += length;
    }
    throw new Error(`${w} is not in the mirror`);
  }, word);
}
/** In a right-to-left field, a click left of the text puts the caret at its end. */
const PAST_THE_END = { x: 40, y: 15 };

test('in the headline: Copy, Paste at the caret (stored, one Ctrl+Z takes it back) and Cut act on the field', async () => {
  await withArticle({}, async (page, app, id) => {
    const headline = page.locator(q('headline'));
    const storedHeadline = async () => (await callApi<Article>(app, 'articles.get', { id })).meta.headline;
    const visit = await selectInField(headline, 'زيارة');
    await page.mouse.click(visit.x, visit.y, { button: 'right' });
    assert.deepEqual((await labels(page)).slice(0, 5), ['قص', 'نسخ', 'لصق', 'تحديد الكل', 'تنقيح النص']);
    await item(page, 'copy').click();
    assert.equal(await clipboardText(page), 'زيارة');

    await headline.click({ button: 'right', position: PAST_THE_END });
    await item(page, 'paste').click();
    await until('pasted at the end of the headline', async () => (await headline.inputValue()) === `${HEADLINE}زيارة`);
    await until('the article stores it', async () => (await storedHeadline()) === `${HEADLINE}زيارة`);
    await page.keyboard.press('ControlOrMeta+z');
    assert.equal(await headline.inputValue(), HEADLINE, 'the field’s own undo takes the paste back');

    const minister = await selectInField(headline, 'الوزير');
    await page.mouse.click(minister.x, minister.y, { button: 'right' });
    await item(page, 'cut').click();
    await until('cut from the headline', async () => (await headline.inputValue()) === 'الخارجية تعلن زيارة ');
    assert.equal(await clipboardText(page), 'الوزير');
    await until('the article stores the cut', async () => (await storedHeadline()) === 'الخارجية تعلن زيارة ');
  });
});

test('a paste of two lines into the headline stays one line', async () => {
  await withArticle({}, async (page, app, id) => {
    await page.evaluate(() => navigator.clipboard.writeText('عاجل\nزيارة'));
    const headline = page.locator(q('headline'));
    await headline.click({ button: 'right', position: PAST_THE_END });
    await item(page, 'paste').click();
    await until('pasted as one line', async () => (await headline.inputValue()) === `${HEADLINE}عاجل زيارة`);
    await until('stored as one line', async () => (await callApi<Article>(app, 'articles.get', { id })).meta.headline === `${HEADLINE}عاجل زيارة`);
  });
});

test('a read-only revision offers Copy and Select all, no Cut or Paste, and Copy copies', async () => {
  await withArticle({}, async (page, app, id) => {
    const saved = await callApi<Article>(app, 'articles.save', { id, meta: { headline: HEADLINE }, body: BODY, reason: 'snapshot' });
    await go(app, `#/article/${id}/history`);
    await page.locator(`${q('revision')}[data-id="${saved.revision}"] ${q('open-revision')}`).click();
    const view = page.locator(`${q('revision-view')}[data-revision="${saved.revision}"]`);
    await view.locator(`${q('body')} p`).first().waitFor();
    const word = await selectInParagraph(view.locator(`${q('body')} p`).first(), WORD);
    await page.mouse.click(word.x, word.y, { button: 'right' });
    assert.deepEqual(await labels(page), ['نسخ', 'تحديد الكل']);
    assert.equal(await item(page, 'cut').count(), 0);
    assert.equal(await item(page, 'paste').count(), 0);
    await item(page, 'copy').click();
    assert.equal(await clipboardText(page), WORD);
  });
});

test('an English UI says Cut, Copy, Paste and Select all, in the body and the fields', async () => {
  await withArticle({ lang: 'en' }, async (page) => {
    const word = await selectInBody(page, WORD);
    await page.mouse.click(word.x, word.y, { button: 'right' });
    assert.deepEqual((await labels(page)).slice(0, 4), ['Cut', 'Copy', 'Paste', 'Select all']);
    await page.keyboard.press('Escape');
    await page.locator(q('standfirst')).click({ button: 'right', position: { x: 40, y: 15 } });
    assert.deepEqual((await labels(page)).slice(0, 5), ['Cut', 'Copy', 'Paste', 'Select all', 'Tidy text']);
  });
});

test('when the browser will not let the page read the clipboard, Paste says to use Ctrl+V and changes nothing', async () => {
  await withArticle({ clipboard: false }, async (page, app, id) => {
    const end = await caretAtBodyEnd(page);
    await page.mouse.click(end.x, end.y, { button: 'right' });
    await item(page, 'paste').click();
    await page.waitForFunction(() => document.querySelector('[data-qalam="editor-notice"]')?.textContent === 'تعذّر اللصق من القائمة: الصق بـ Ctrl+V');
    assert.equal(await bodyText(page), SENTENCE);
    assert.equal(await storedText(app, id), SENTENCE);
  });
});

test('the latest report is the one shown: a refused paste right after a tidy says so, in the body and in the headline', async () => {
  await withArticle({ clipboard: false }, async (page) => {
    const notice = (where: string, text: string) => page.waitForFunction(([w, t]) => document.querySelector(`[data-qalam="${w}"]`)?.textContent === t, [where, text] as const);
    await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
    await notice('editor-notice', 'لا يحتاج النص إلى تنقيح');
    const end = await caretAtBodyEnd(page);
    await page.mouse.click(end.x, end.y, { button: 'right' });
    await item(page, 'paste').click();
    await notice('editor-notice', 'تعذّر اللصق من القائمة: الصق بـ Ctrl+V');

    const headline = page.locator(q('headline'));
    await headline.click({ button: 'right', position: { x: 40, y: 15 } });
    await item(page, 'tidy-text').click();
    await notice('field-notice', 'لا يحتاج العنوان إلى تنقيح');
    await headline.click({ button: 'right', position: { x: 40, y: 15 } });
    await item(page, 'paste').click();
    await notice('field-notice', 'تعذّر اللصق من القائمة: الصق بـ Ctrl+V');
  });
});
