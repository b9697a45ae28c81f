// Several articles at once: Ctrl/Cmd+click, Shift+click, Space and Ctrl+A select rows
// (never opening them), and the selection bar moves them to the trash, changes their
// status, or opens the export dialog's batch tab with exactly them ticked.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ArticleSummary } from '../../electron/common/contract';
import type { Article } from '../../electron/common/document/types';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { createArticle, go, tabTo, unnamedControls } from './library-support';

const browser = useBrowser();

const HEADLINES = ['الحكومة تقر الموازنة', 'ارتفاع أسعار الوقود', 'افتتاح معرض الكتاب', 'فوز المنتخب في التصفيات'];

/** Four articles, listed newest first: the list shows them in reverse creation order. */
async function fourArticles(app: App): Promise<Article[]> {
  const made: Article[] = [];
  for (const headline of HEADLINES) made.push(await createArticle(app, { headline, slug: `a-${made.length + 1}` }));
  await go(app, '#/');
  await app.page.locator(q('library-item')).nth(3).waitFor();
  return made.reverse();
}

const row = (page: Page, id: string) => page.locator(`${q('library-item')}[data-id="${id}"]`);
const selectedIds = (page: Page) => page.locator(`.library-row[data-selected] ${q('library-item')}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const count = (page: Page) => page.locator(q('selection-count')).innerText();

test('Ctrl+click, Shift+click, Space and Ctrl+A select rows without opening them; Escape clears', async () => {
  const app = await startApp(browser());
  try {
    const [a, b, c, d] = await fourArticles(app);
    const url = app.page.url();
    await row(app.page, a!.id).click({ modifiers: ['ControlOrMeta'] });
    await row(app.page, c!.id).click({ modifiers: ['ControlOrMeta'] });
    assert.equal(app.page.url(), url, 'nothing opened');
    assert.equal(app.context.pages().length, 1, 'no new tab');
    assert.deepEqual(await selectedIds(app.page), [a!.id, c!.id]);
    assert.equal(await count(app.page), 'المحدد: ٢');
    // Shift+click: from the last one ticked (c) to d.
    await row(app.page, d!.id).click({ modifiers: ['Shift'] });
    assert.deepEqual(await selectedIds(app.page), [c!.id, d!.id]);
    assert.equal(app.context.pages().length, 1, 'no new window');
    // Keyboard: Space on a focused row ticks it; arrows move between rows.
    await row(app.page, a!.id).focus();
    await app.page.keyboard.press('Space');
    await app.page.keyboard.press('ArrowDown');
    assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('data-id')), b!.id);
    await app.page.keyboard.press('Space');
    assert.deepEqual(await selectedIds(app.page), [a!.id, b!.id, c!.id, d!.id]);
    await app.page.keyboard.press('Space');
    assert.equal(await count(app.page), 'المحدد: ٣');
    await app.page.keyboard.press('ControlOrMeta+a');
    assert.equal(await count(app.page), 'المحدد: ٤');
    await app.page.keyboard.press('Escape');
    await app.page.locator(q('selection-bar')).waitFor({ state: 'detached' });
    assert.equal(app.page.url(), url);
    // A plain click still opens.
    await row(app.page, b!.id).click();
    await app.page.waitForURL(new RegExp(`#/article/${b!.id}$`));
  } finally {
    await app.close();
  }
});

test('the selection changes status, moves to the trash, and opens the batch export with exactly it ticked', async () => {
  const app = await startApp(browser());
  const out = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-batch-'));
  try {
    const [a, b, c, d] = await fourArticles(app);
    // Tick with the boxes, by keyboard.
    await app.page.locator(`.library-row:has(${q('library-item')}[data-id="${a!.id}"]) ${q('select-item')}`).focus();
    await app.page.keyboard.press('Space');
    await app.page.locator(`.library-row:has(${q('library-item')}[data-id="${c!.id}"]) ${q('select-item')}`).check();
    assert.equal(await count(app.page), 'المحدد: ٢');

    // Arrowing through the status list changes nothing until the button says so.
    await app.page.locator(q('status-selected')).focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    assert.equal((await callApi<ArticleSummary[]>(app, 'articles.list', {})).filter((x) => x.status !== 'draft').length, 0);
    await app.page.locator(q('status-selected')).selectOption('ready');
    assert.equal(await app.page.locator(q('apply-status')).getAttribute('aria-label'), 'تغيير حالة المحدد إلى «جاهز»');
    await app.page.locator(q('apply-status')).click();
    await app.page.waitForFunction(() => [...document.querySelectorAll('[data-qalam="item-status"]')].filter((e) => e.textContent === 'جاهز').length === 2);
    const listed = await callApi<ArticleSummary[]>(app, 'articles.list', {});
    assert.deepEqual(listed.filter((x) => x.status === 'ready').map((x) => x.id).sort(), [a!.id, c!.id].sort());
    assert.equal(await count(app.page), 'المحدد: ٢', 'still selected after the change');

    await app.page.locator(q('open-batch-export')).click();
    const dialog = app.page.locator(q('export-dialog'));
    await dialog.waitFor();
    const ticked = await dialog.locator('input[type="checkbox"][data-id]').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.getAttribute('data-id')));
    assert.deepEqual(ticked.sort(), [a!.id, c!.id].sort());
    await dialog.locator('label:has(input[value="html"])').click();
    await dialog.locator(q('export-folder')).fill(out);
    await dialog.locator(q('export-batch-run')).click();
    await dialog.locator(`${q('export-batch-status')}:has-text("${out}")`).waitFor();
    assert.deepEqual((await readdir(out)).sort(), ['a-2.html', 'a-4.html']);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await app.page.locator(q('trash-selected')).click();
    await row(app.page, a!.id).waitFor({ state: 'detached' });
    assert.deepEqual((await callApi<ArticleSummary[]>(app, 'articles.list', { trashed: true })).map((x) => x.id).sort(), [a!.id, c!.id].sort());
    assert.deepEqual((await callApi<ArticleSummary[]>(app, 'articles.list', {})).map((x) => x.id), [b!.id, d!.id]);
    await app.page.locator(q('selection-bar')).waitFor({ state: 'detached' });
  } finally {
    await app.close();
    await rm(out, { recursive: true, force: true });
  }
});

test('selection controls have names in Arabic and English and are reachable with Tab', async () => {
  const app = await startApp(browser());
  try {
    const [a] = await fourArticles(app);
    await row(app.page, a!.id).click({ modifiers: ['ControlOrMeta'] });
    assert.deepEqual(await unnamedControls(app.page, q('library')), []);
    assert.equal(await app.page.locator(q('selection-bar')).getAttribute('aria-label'), 'إجراءات المقالات المحددة');
    assert.equal(await app.page.locator(q('select-item')).first().getAttribute('aria-label'), `تحديد «${HEADLINES[3]}»`);
    await app.page.locator(q('search')).focus();
    for (const target of ['trash-selected', 'status-selected', 'open-batch-export', 'clear-selection', 'select-item']) {
      assert.ok(await tabTo(app.page, q(target)), `Tab reaches ${target}`);
    }
    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await app.page.reload();
    await row(app.page, a!.id).click({ modifiers: ['ControlOrMeta'] });
    assert.equal(await app.page.getByRole('checkbox', { name: `Select “${HEADLINES[3]}”` }).count(), 1);
    assert.equal(await app.page.getByRole('toolbar', { name: 'Actions on the selected articles' }).count(), 1);
    assert.equal(await app.page.getByRole('combobox', { name: 'Change the status of the selected to' }).count(), 1);
    assert.equal(await app.page.getByRole('button', { name: 'Move selected to the trash' }).count(), 1);
    assert.deepEqual(await unnamedControls(app.page, q('library')), []);
  } finally {
    await app.close();
  }
});
