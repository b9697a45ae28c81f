// Two desks on one share: a name desk 1 adds to its dictionary stops being underlined in
// the article open on desk 3 after a pass on each, with no reload; taken back, it is
// underlined there again.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp, type App } from './support/app';

const underlined = (page: Page) =>
  page.locator('[data-qalam="body"] [data-spelling="misspelled"]').evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));

let browser: Browser;
let dir: string;
let a: App;
let b: App;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-words-'));
  const share = path.join(dir, 'share');
  await mkdir(share);
  browser = await launchBrowser();
  a = await startApp(browser);
  b = await startApp(browser);
  await callApi(a, 'sync.configure', { shareFolder: share, deviceName: 'DESK-1', intervalSeconds: 3600, enabled: true });
  await callApi(b, 'sync.configure', { shareFolder: share, deviceName: 'DESK-3', intervalSeconds: 3600, enabled: true });
});
after(async () => {
  await a?.close();
  await b?.close();
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

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
