// Delete forever, one article at a time, from the trash: asked first in the UI's
// language, and on a desk that syncs, the deletion reaches the other desks (as the
// trash's 'delete' revision) and the article never comes back to this desk.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { ArticleSummary } from '../../electron/common/contract';
import type { SyncState } from '../../electron/common/sync';
import { createServices } from '../../electron/services/index';
import { callApi, startApp, useBrowser, q } from './support/app';
import { createArticle, go } from './library-support';

const browser = useBrowser();

test('delete forever asks in Arabic (or English), cancel keeps it, yes purges only that article', async () => {
  const app = await startApp(browser());
  try {
    const gone = await createArticle(app, { headline: 'مسودة ملغاة' });
    const kept = await createArticle(app, { headline: 'مسودة للمراجعة' });
    await callApi(app, 'articles.trash', { id: gone.id });
    await callApi(app, 'articles.trash', { id: kept.id });
    await go(app, '#/');
    await app.page.locator(q('show-trash')).click();
    const row = app.page.locator(`${q('library-item')}[data-id="${gone.id}"]`).locator('..');
    await row.waitFor();
    const purge = row.locator(q('purge'));
    assert.equal(await purge.getAttribute('aria-label'), 'حذف نهائي: «مسودة ملغاة»');
    await purge.focus();
    await app.page.keyboard.press('Enter');
    assert.equal(await row.locator(`${q('purge-confirm')} [role="alert"]`).innerText(), 'حذف «مسودة ملغاة» نهائيًا مع سجل نسخه؟ لا تراجع عن ذلك.');
    // Focus on the safe answer; Escape (or cancel) keeps the article.
    assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('data-qalam')), 'purge-cancel');
    await app.page.keyboard.press('Escape');
    assert.equal((await callApi<ArticleSummary[]>(app, 'articles.list', { trashed: true })).length, 2);
    await purge.click();
    await row.locator(q('purge-yes')).click();
    await app.page.locator(`${q('library-item')}[data-id="${gone.id}"]`).waitFor({ state: 'detached' });
    assert.deepEqual((await callApi<ArticleSummary[]>(app, 'articles.list', { trashed: true })).map((a) => a.id), [kept.id]);
    assert.deepEqual(await callApi(app, 'revisions.list', { id: gone.id }), [], 'its history went with it');

    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await app.page.reload();
    await app.page.locator(q('show-trash')).click();
    const english = app.page.getByRole('button', { name: 'Delete forever: “مسودة للمراجعة”' });
    await english.click();
    assert.equal(await app.page.locator(`${q('purge-confirm')} [role="alert"]`).innerText(), 'Delete “مسودة للمراجعة” forever, with its history? This cannot be undone.');
  } finally {
    await app.close();
  }
});

test('on a desk that syncs, delete forever carries the deletion to the other desk first and the article never comes back', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-purge-'));
  const share = path.join(dir, 'share');
  await mkdir(share);
  const other = await createServices({ dbPath: path.join(dir, 'other.db') });
  const app = await startApp(browser());
  try {
    const article = await createArticle(app, { headline: 'تقرير سيُحذف' }, 'نص التقرير.');
    // A long interval: passes happen only when asked (configure runs the first one).
    await callApi(app, 'sync.configure', { shareFolder: share, deviceName: 'DESK-1', intervalSeconds: 3600, enabled: true });
    await other.handlers['sync.configure']({ shareFolder: share, deviceName: 'DESK-2', intervalSeconds: 3600, enabled: true });
    assert.equal((await other.handlers['articles.get']({ id: article.id })).meta.headline, 'تقرير سيُحذف');

    // Trashed and deleted forever in the UI with no sync pass in between.
    await go(app, '#/');
    await app.page.locator(`${q('library-item')}[data-id="${article.id}"]`).locator('..').locator(q('trash')).click();
    await app.page.locator(`${q('library-item')}[data-id="${article.id}"]`).waitFor({ state: 'detached' });
    await app.page.locator(q('show-trash')).click();
    const row = app.page.locator(`${q('library-item')}[data-id="${article.id}"]`).locator('..');
    await row.locator(q('purge')).click();
    await row.locator(q('purge-yes')).click();
    await app.page.locator(`${q('library-item')}[data-id="${article.id}"]`).waitFor({ state: 'detached' });

    // The other desk learns of the deletion: the article is in its trash, not live.
    await other.handlers['sync.now'](undefined);
    const there = await other.handlers['articles.list']({ trashed: true });
    assert.deepEqual(there.map((a) => a.id), [article.id], 'in the trash on the other desk');
    // The other desk keeps editing its copy; this desk syncs and it stays gone, sync healthy.
    await other.handlers['articles.restore']({ id: article.id });
    await other.handlers['articles.save']({ id: article.id, meta: { headline: 'تقرير أُعيد' }, reason: 'snapshot' });
    await other.handlers['sync.now'](undefined);
    const state = await callApi<SyncState>(app, 'sync.now', {});
    assert.equal(state.log[0]?.status, 'ok');
    assert.equal(state.log[0]?.openConflicts, 0);
    assert.deepEqual(state.conflictIds, []);
    assert.deepEqual(await callApi<ArticleSummary[]>(app, 'articles.list', {}), []);
    assert.deepEqual(await callApi<ArticleSummary[]>(app, 'articles.list', { trashed: true }), []);
  } finally {
    await app.close();
    await other.close();
    await rm(dir, { recursive: true, force: true });
  }
});
