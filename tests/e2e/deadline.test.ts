// The deadline in an Arabic newsroom's words: day, month by its Arabic name, year and a
// 24-hour time, all in the app's digits, set and stepped by keyboard, checked in place
// in the UI language; the library flags articles past their deadline and sorts by it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { EditorPage } from './support/pages';
import { createArticle, go } from './library-support';

const browser = useBrowser();

const get = (app: App, id: string) => callApi<Article>(app, 'articles.get', { id });
/** A local wall-clock time as the page (and so the app) reads it, as ISO. */
const local = (page: Page, ...parts: [number, number, number, number, number]) =>
  page.evaluate(([y, m, d, h, min]) => new Date(y, m - 1, d, h, min).toISOString(), parts);

async function openArticle(app: App, id: string): Promise<EditorPage> {
  await go(app, `#/article/${id}`);
  await app.page.locator(q('deadline')).waitFor();
  return new EditorPage(app.page);
}

async function fields(page: Page): Promise<string[]> {
  const values: string[] = [];
  for (const part of ['day', 'year', 'hour', 'minute']) values.push(await page.locator(q(`deadline-${part}`)).inputValue());
  const month = await page.locator(q('deadline-month')).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  return [values[0]!, month, ...values.slice(1)];
}

test('a deadline shows in Arabic: day, month name, year and time in Arabic-Indic digits', async () => {
  const app = await startApp(browser());
  try {
    const a = await createArticle(app, { headline: 'موعد التسليم' });
    await callApi(app, 'articles.save', { id: a.id, meta: { deadline: await local(app.page, 2026, 12, 3, 16, 5) } });
    await openArticle(app, a.id);
    assert.deepEqual(await fields(app.page), ['٣', 'ديسمبر', '٢٠٢٦', '١٦', '٠٥']);
    const months = await app.page.locator(`${q('deadline-month')} option`).allInnerTexts();
    assert.deepEqual(months.slice(1, 4), ['يناير', 'فبراير', 'مارس']);
    const text = await app.page.locator(q('deadline-text')).innerText();
    assert.match(text, /^الخميس، ٣ ديسمبر ٢٠٢٦/);
    assert.match(text, /١٦:٠٥/);
    assert.doesNotMatch(text, /[0-9]/, 'no Latin digits');
    // In English with Latin digits: English month names, Latin digits.
    await callApi(app, 'settings.set', { uiLanguage: 'en', digits: 'latn' });
    await openArticle(app, a.id);
    // The settings arrive after the first paint: wait for the English words.
    await app.page.locator(`${q('deadline')} legend`, { hasText: 'Deadline' }).waitFor();
    assert.deepEqual(await fields(app.page), ['3', 'December', '2026', '16', '05']);
  } finally {
    await app.close();
  }
});

test('typed in either digits, stepped with the arrows, checked in place, saved only when real', async () => {
  const app = await startApp(browser());
  try {
    const a = await createArticle(app, { headline: 'موعد' });
    const editor = await openArticle(app, a.id);
    const page = app.page;
    // Keyboard only: Tab from the day through the month (arrows pick it) to the time.
    await page.locator(q('deadline-day')).focus();
    await page.keyboard.type('٣٠');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('٩');
    await page.keyboard.press('Tab');
    await page.keyboard.type('٤٥');
    await editor.waitSaved();
    assert.equal((await get(app, a.id)).meta.deadline, await local(page, 2026, 11, 30, 9, 45));
    // Arrow up on the day: 30 November is the last; it stays, nothing impossible is made.
    await page.locator(q('deadline-day')).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const error = page.locator(q('deadline-error'));
    assert.equal(await error.innerText(), 'اكتب تاريخًا صحيحًا: يوم من ١ إلى ٣٠ وساعة من ٠ إلى ٢٣ ودقيقة من ٠ إلى ٥٩.');
    assert.equal(await page.locator(q('deadline-day')).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator(q('deadline-day')).getAttribute('aria-describedby'), 'qalam-error-deadline');
    await editor.waitSaved();
    assert.equal((await get(app, a.id)).meta.deadline, await local(page, 2026, 11, 30, 9, 45), 'the impossible date was not saved');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await error.waitFor({ state: 'detached' });
    await editor.waitSaved();
    assert.equal((await get(app, a.id)).meta.deadline, await local(page, 2026, 11, 29, 9, 45));
    // The hour shown back in the app's digits once the field is left.
    assert.equal(await page.locator(q('deadline-hour')).inputValue(), '٠٩');
    // A field emptied: said once focus leaves the deadline, not while typing.
    await page.locator(q('deadline-minute')).fill('');
    assert.equal(await error.count(), 0);
    await page.locator(q('slug')).focus();
    assert.equal(await error.innerText(), 'أكمل التاريخ والساعة، أو امسح الحقول كلها.');
    // And in English.
    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await openArticle(app, a.id);
    await page.locator(`${q('deadline')} legend`, { hasText: 'Deadline' }).waitFor();
    await page.locator(q('deadline-hour')).fill('25');
    assert.equal(await error.innerText(), 'Enter a real date: a day from 1 to 30, an hour from 0 to 23 and a minute from 0 to 59.');
  } finally {
    await app.close();
  }
});

test('the library flags articles past their deadline (until published) and sorts by deadline', async () => {
  const app = await startApp(browser());
  try {
    const hour = 3600_000;
    const now = Date.now();
    const late = await createArticle(app, { headline: 'تقرير متأخر', deadline: new Date(now - 2 * hour).toISOString() });
    const soon = await createArticle(app, { headline: 'تقرير قريب', deadline: new Date(now + 3 * hour).toISOString() });
    const done = await createArticle(app, { headline: 'تقرير منشور', status: 'published', deadline: new Date(now - 5 * hour).toISOString() });
    await createArticle(app, { headline: 'بلا موعد' });
    await go(app, '#/');
    const deadlineOf = (id: string) => app.page.locator(`${q('library-item')}[data-id="${id}"] ${q('item-deadline')}`);
    await deadlineOf(late.id).waitFor();
    assert.equal(await deadlineOf(late.id).innerText(), 'فات الموعد (قبل ساعتين)');
    assert.equal(await deadlineOf(late.id).getAttribute('data-overdue'), 'true');
    assert.match(await deadlineOf(soon.id).innerText(), /^الموعد خلال (ساعتين|٣ ساعات)$/);
    assert.equal(await deadlineOf(soon.id).getAttribute('data-overdue'), null);
    assert.equal(await deadlineOf(done.id).count(), 0, 'a published article is not late');
    await app.page.locator(q('sort')).selectOption('deadline');
    await app.page.waitForFunction(() => document.querySelector('[data-qalam="library-item"] .headline')?.textContent === 'تقرير منشور');
    assert.deepEqual(await app.page.locator(`${q('library-item')} .headline`).allInnerTexts(), ['تقرير منشور', 'تقرير متأخر', 'تقرير قريب', 'بلا موعد']);
  } finally {
    await app.close();
  }
});
