// Two desks on one share: a name desk 1 adds to its dictionary stops being underlined in
// the article open on desk 3 after a pass on each, with no reload; taken back, it is
// underlined there again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, type App } from './support/app';
import { twoDesks, type TwoDesks } from './sync-page';

const underlined = (page: Page) =>
  page.locator('[data-qalam="body"] [data-spelling="misspelled"]').evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));

let desks: TwoDesks;
let a: App;
let b: App;
before(async () => {
  desks = await twoDesks();
  ({ a, b } = desks);
});
after(async () => desks?.close());

test('a word added on one desk is no longer underlined in the article open on the other, and comes back when taken back', async () => {
  const article = await callApi<Article>(b, 'articles.create', {
    meta: { headline: 'زيارة رسمية' },
    body: [{ type: 'paragraph', children: [{ text: 'وصل حفتر إلى باريس في زيارة رسمية.' }] }],
  });
  await b.page.goto(`${new URL(b.url).origin}/#/article/${article.id}`);
  await b.page.reload();
  await b.page.waitForFunction(() => document.querySelector('[data-qalam="body"] [data-spelling="misspelled"]')?.textContent === 'حفتر');
  assert.deepEqual(await underlined(b.page), ['حفتر']);

  await callApi(a, 'spelling.add', { word: 'حفتر' });
  await callApi(a, 'sync.now', {});
  await callApi(b, 'sync.now', {});
  // The page learns it from its sync poll (every few seconds), then asks again.
  await b.page.waitForFunction(() => document.querySelectorAll('[data-qalam="body"] [data-spelling="misspelled"]').length === 0, undefined, {
    timeout: 15_000,
  });

  await callApi(a, 'spelling.remove', { word: 'حفتر' });
  await callApi(a, 'sync.now', {});
  await callApi(b, 'sync.now', {});
  await b.page.waitForFunction(() => document.querySelector('[data-qalam="body"] [data-spelling="misspelled"]')?.textContent === 'حفتر', undefined, {
    timeout: 15_000,
  });
  assert.deepEqual(b.problems, []);
});
