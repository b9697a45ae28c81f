// The editor's own numbers follow the digits chosen in Settings, as the status bar and
// the library do: the find count and the insert-table sizes read «1 من 3» / «3» with
// Western digits in the Arabic UI, «١ من ٣» / «٣» with Arabic-Indic ones. The article's
// own digits are never touched: what the journalist wrote stays as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Block, TableElement } from '../../electron/common/document/types';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { callApi, startApp, useBrowser, q, type App } from './support/app';
import { go } from './library-support';
import { textOf } from './editor-page';
import { shownText } from './support/text';

const browser = useBrowser();

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
const BODY = [
  para('قال مسؤول في الوزارة إن 12 قرية تضررت من السيول.'),
  para('وأكد مسؤول آخر أن ١٥ أسرة نزحت، فيما زار مسؤول ثالث المنطقة.'),
];

/** The app in the given UI language and digits, showing an article with BODY. */
async function openArticle(settings: { uiLanguage: 'ar' | 'en'; digits: DigitStyle }): Promise<{ app: App; id: string }> {
  const app = await startApp(browser());
  await callApi(app, 'settings.set', settings);
  const { id } = await callApi<Article>(app, 'articles.create', { body: BODY });
  await go(app, `#/article/${id}`);
  await app.page.locator(q('body')).waitFor();
  // The page starts in the look it last had and takes the settings when they arrive:
  // wait for them (the heading button's number is the editor's digits).
  const two = settings.uiLanguage === 'ar' && settings.digits === 'arab' ? '٢' : '2';
  await app.page
    .waitForFunction(
      ([sel, digit, lang]) => document.documentElement.lang === lang && (document.querySelector(sel)?.textContent ?? '').includes(digit),
      ['.editor-toolbar [data-command="heading-2"]', two, settings.uiLanguage] as const,
      { timeout: 10_000 },
    )
    .catch(() => undefined); // the assertions below then say what the page showed
  return { app, id };
}

async function findCount(app: App, query: string): Promise<string> {
  await app.page.locator(q('body')).click();
  await app.page.keyboard.press('Control+KeyF');
  await app.page.locator(q('find-query')).fill(query);
  const status = app.page.locator(q('find-status'));
  await app.page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '') !== '', q('find-status'));
  return (await status.textContent()) ?? '';
}

/** Open the insert-table dialog at the end of the body: the sizes it offers. */
async function tableSizes(app: App): Promise<[string, string]> {
  await app.page.locator(q('body')).click();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.locator('.editor-toolbar [data-command="table"]').click();
  return [await app.page.locator(q('table-rows')).inputValue(), await app.page.locator(q('table-cols')).inputValue()];
}

async function storedBody(app: App, id: string, done: (body: Block[]) => boolean): Promise<Block[]> {
  let body = (await callApi<Article>(app, 'articles.get', { id })).body;
  for (let i = 0; i < 80 && !done(body); i++) {
    await app.page.waitForTimeout(100);
    body = (await callApi<Article>(app, 'articles.get', { id })).body;
  }
  return body;
}

const rowsOf = (body: Block[]) => (body.find((b) => b.type === 'table') as TableElement | undefined)?.children.length ?? 0;

test('Arabic UI with Western digits: the find count, table sizes and heading button show 1, 2, 3; Arabic-Indic sizes typed are read', async () => {
  const { app, id } = await openArticle({ uiLanguage: 'ar', digits: 'latn' });
  try {
    assert.equal(await app.page.locator('.editor-toolbar [data-command="heading-2"]').innerText(), 'عنوان 2');
    assert.equal(await findCount(app, 'مسؤول'), '1 من 3');
    await app.page.locator(q('find-query')).press('Enter');
    await app.page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '2 من 3', q('find-status'));
    await app.page.locator(q('find-query')).press('Escape');

    assert.deepEqual(await tableSizes(app), ['3', '2']);
    await app.page.locator(q('table-rows')).fill('٤');
    await app.page.locator('.table-dialog button[type="submit"]').click();
    const body = await storedBody(app, id, (b) => rowsOf(b) > 0);
    assert.equal(rowsOf(body), 4);
    // The article's own numbers stay as written, in both kinds of digits.
    assert.deepEqual(body.filter((b) => b.type === 'paragraph').slice(0, 2).map(textOf), BODY.map(textOf));
    assert.match(await shownText(app.page.locator(q('body'))), /إن 12 قرية[\s\S]*أن ١٥ أسرة/);
  } finally {
    await app.close();
  }
});

test('Arabic UI with Arabic-Indic digits: the find count, table sizes and heading button show ١، ٢، ٣; Western sizes typed are read', async () => {
  const { app, id } = await openArticle({ uiLanguage: 'ar', digits: 'arab' });
  try {
    assert.equal(await app.page.locator('.editor-toolbar [data-command="heading-2"]').innerText(), 'عنوان ٢');
    assert.equal(await findCount(app, 'مسؤول'), '١ من ٣');
    await app.page.locator(q('find-query')).press('Escape');

    assert.deepEqual(await tableSizes(app), ['٣', '٢']);
    await app.page.locator(q('table-rows')).fill('5');
    await app.page.locator('.table-dialog button[type="submit"]').click();
    const body = await storedBody(app, id, (b) => rowsOf(b) > 0);
    assert.equal(rowsOf(body), 5);
    assert.match(await shownText(app.page.locator(q('body'))), /إن 12 قرية[\s\S]*أن ١٥ أسرة/);
  } finally {
    await app.close();
  }
});

test('English UI: the editor’s numbers are Western whatever the digits setting, as in the rest of the chrome', async () => {
  const { app } = await openArticle({ uiLanguage: 'en', digits: 'arab' });
  try {
    assert.equal(await findCount(app, 'مسؤول'), '1 of 3');
  } finally {
    await app.close();
  }
});

test('English UI: the toolbar runs from the left and its glyphs read as written, over an Arabic article', async () => {
  const { app } = await openArticle({ uiLanguage: 'en', digits: 'latn' });
  try {
    const bar = app.page.locator('.editor-toolbar');
    assert.equal(await bar.evaluate((el) => getComputedStyle(el).direction), 'ltr');
    assert.equal(await bar.getAttribute('lang'), 'en');
    // Undo comes first from the left; «1. 2.» starts with its «1.» on the left.
    const x = (command: string) => app.page.locator(`.editor-toolbar [data-command="${command}"]`).evaluate((el) => el.getBoundingClientRect().left);
    assert.ok((await x('undo')) < (await x('bold')), 'undo before bold, from the left');
    const glyph = app.page.locator('.editor-toolbar [data-command="numbered-list"] span');
    const firstDigitLeft = await glyph.evaluate((span) => {
      const range = document.createRange();
      const text = span.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 1);
      return range.getBoundingClientRect().left - span.getBoundingClientRect().left;
    });
    assert.ok(firstDigitLeft < 2, `the «1» of «1. 2.» is at the glyph's left edge (${firstDigitLeft}px in)`);
    assert.equal(await app.page.locator('[data-qalam="body"]').evaluate((el) => getComputedStyle(el).direction), 'rtl', 'the article stays right to left');
  } finally {
    await app.close();
  }
});
