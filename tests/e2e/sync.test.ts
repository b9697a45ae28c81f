// Two desks, two libraries, one shared folder, all through the UI: configure the share,
// an article crosses over, the same article edited on both becomes a conflict shown on
// both and settled from one, a newer Qalam's files bring one notice to update, a vanished
// share is reported and changes nothing, and an article open on one desk is shown as
// being edited on the other.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp, type App } from './support/app';
import { EditorPage, LibraryPage } from './support/pages';
import { SyncPage } from './sync-page';

describe('sync through a shared folder, in the app', () => {
  let browser: Browser;
  let dir: string;
  let share: string;
  let a: App;
  let b: App;
  before(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-sync-'));
    share = path.join(dir, 'share');
    await mkdir(share);
    a = await startApp(browser);
    b = await startApp(browser);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  let articleId = '';

  test('the share is set up in the sync panel, and an article written on one desk appears on the other', async () => {
    const syncA = new SyncPage(a.page);
    const syncB = new SyncPage(b.page);
    await syncA.status.waitFor();
    assert.equal(await syncA.statusText(), 'لا مجلد مشترك');
    // Keyboard: the status is a named button; Enter opens the panel, Escape closes it.
    assert.equal(await syncA.status.getAttribute('aria-label'), 'حالة المزامنة: لا مجلد مشترك. افتح لوحة المزامنة');
    await syncA.status.focus();
    await a.page.keyboard.press('Enter');
    await syncA.panel.waitFor();
    await a.page.keyboard.press('Escape');
    await syncA.panel.waitFor({ state: 'detached' });
    // A long interval: passes happen when the test says "sync now".
    await syncA.configure(share, 'DESK-1', 3600);
    await syncA.closePanel();
    await syncB.configure(share, 'DESK-3', 3600);
    await syncB.closePanel();
    await callApi(a, 'settings.set', { author: 'فاطمة' });

    const libraryA = new LibraryPage(a.page);
    articleId = await libraryA.newArticle();
    const editorA = new EditorPage(a.page);
    await editorA.typeInto(editorA.headline, 'الحكومة تقرّ الموازنة العامة');
    await editorA.typeInBody('أقرّ مجلس الوزراء مشروع الموازنة العامة للعام المقبل.', { paste: true });
    await editorA.waitSaved();
    await a.page.keyboard.press('Control+s');
    await syncA.syncNow();
    await syncB.syncNow();

    const libraryB = new LibraryPage(b.page);
    await libraryB.item(articleId).waitFor();
    assert.match(await libraryB.item(articleId).innerText(), /الحكومة تقرّ الموازنة العامة/);
    await b.page.locator('[data-qalam="sync-status"][data-tone="ok"]').waitFor();
    assert.match(await syncB.statusText(), /^آخر مزامنة [٠-٩]{2}:[٠-٩]{2}$/);
  });

  test('an article open on one desk shows as being edited there, on the other desk', async () => {
    const syncB = new SyncPage(b.page);
    // A still has the article open from the test before.
    await syncB.syncNow();
    const presence = b.page.locator(`[data-qalam="library-item"][data-id="${articleId}"] [data-qalam="presence"]`);
    await presence.waitFor();
    assert.match(await presence.innerText(), /مفتوح لدى فاطمة \(DESK-1\) منذ [٠-٩]{2}:[٠-٩]{2}/);
    const libraryB = new LibraryPage(b.page);
    await libraryB.open(articleId);
    const notice = b.page.locator('[data-qalam="article-sync-notice"] [data-qalam="presence"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /مفتوح للتحرير لدى فاطمة على DESK-1 منذ [٠-٩]{2}:[٠-٩]{2}/);
  });

  test('a change from the other desk shows in the article open here, not only in the library', async () => {
    const syncA = new SyncPage(a.page);
    const syncB = new SyncPage(b.page);
    const editorA = new EditorPage(a.page);
    await editorA.typeInBody(' وصوّت المجلس بالإجماع.', { paste: true });
    await editorA.waitSaved();
    await a.page.keyboard.press('Control+s');
    await syncA.syncNow();
    await syncB.syncNow();
    await b.page.waitForFunction(
      () => document.querySelector('[data-qalam="body"]')?.textContent?.includes('وصوّت المجلس بالإجماع') ?? false,
      undefined,
      { timeout: 15_000 },
    );
  });

  test('the same article edited on both desks is a conflict on both; resolved on one, it settles on both', async () => {
    const syncA = new SyncPage(a.page);
    const syncB = new SyncPage(b.page);
    const editorA = new EditorPage(a.page);
    const editorB = new EditorPage(b.page);
    await editorA.typeInBody(' وبلغ العجز ثلاثة في المئة.', { paste: true });
    await editorA.waitSaved();
    await a.page.keyboard.press('Control+s');
    await editorB.typeInBody(' ورفض النواب بند الضرائب.', { paste: true });
    await editorB.waitSaved();
    await b.page.keyboard.press('Control+s');
    await syncA.syncNow();
    await syncB.syncNow();
    await syncA.syncNow();

    for (const app of [a, b]) {
      await app.page.locator(`[data-qalam="library-item"][data-id="${articleId}"] [data-qalam="conflict-badge"]`).waitFor();
      await app.page.locator('[data-qalam="sync-status"][data-tone="warn"]').waitFor();
      assert.equal(await new SyncPage(app.page).statusText(), 'تعارض واحد');
    }

    // A finds it from the sync panel and sees the two versions side by side.
    await syncA.openPanel();
    await syncA.panel.locator(`[data-qalam="open-conflict"][data-id="${articleId}"]`).click();
    await syncA.conflictView.waitFor();
    // The two versions arrive after the dialog opens.
    await syncA.conflictView.locator('[data-qalam="conflict-theirs"] ins').first().waitFor();
    assert.match(await syncA.conflictView.locator('[data-qalam="conflict-theirs"] ins').allInnerTexts().then((t) => t.join(' ')), /رفض النواب بند الضرائب/);
    await a.page.keyboard.press('Escape');
    await syncA.conflictView.waitFor({ state: 'detached' });

    // B looks at both versions side by side, then takes A's.
    await b.page.locator('[data-qalam="show-conflict"]').click();
    await syncB.conflictView.waitFor();
    const mine = syncB.conflictView.locator('[data-qalam="conflict-mine"]');
    const theirs = syncB.conflictView.locator('[data-qalam="conflict-theirs"]');
    await theirs.locator('ins').first().waitFor();
    assert.match(await mine.locator('del').allInnerTexts().then((t) => t.join(' ')), /رفض النواب بند الضرائب/);
    assert.match(await theirs.locator('ins').allInnerTexts().then((t) => t.join(' ')), /بلغ العجز ثلاثة/);
    assert.equal(await mine.locator('.conflict-text').getAttribute('dir'), 'rtl');
    await syncB.conflictView.locator('[data-qalam="take-theirs"]').click();
    await syncB.conflictView.waitFor({ state: 'detached' });
    await b.page.locator('[data-qalam="conflict-notice"]').waitFor({ state: 'detached' });

    await syncB.syncNow();
    await syncA.syncNow();
    for (const app of [a, b]) {
      await app.page.locator('[data-qalam="conflict-badge"]').waitFor({ state: 'detached' });
      const article = await callApi<Article>(app, 'articles.get', { id: articleId });
      const text = JSON.stringify(article.body);
      assert.match(text, /بلغ العجز ثلاثة في المئة/);
      assert.doesNotMatch(text, /رفض النواب/);
    }
  });

  test('files from a newer Qalam on the share read as one notice to update, not as errors', async () => {
    const syncB = new SyncPage(b.page);
    const future = path.join(share, 'qalam', 'devices', '01JF8Z3K4M5N6P7Q8R9S0T1V2W.json');
    await writeFile(future, JSON.stringify({ format: 'qalam-device/2', id: '01JF8Z3K4M5N6P7Q8R9S0T1V2W' }));
    // A pass that brings work and one that brings none: the notice is on screen once.
    await callApi(a, 'articles.create', { meta: { headline: 'خبر عاجل من الجهاز الأول' } });
    await callApi(a, 'sync.now', undefined);
    await syncB.syncNow();
    await syncB.syncNow();
    await b.page.locator('[data-qalam="sync-status"][data-tone="warn"]').waitFor();
    assert.equal(await syncB.statusText(), 'حدّث قلم');
    await syncB.openPanel();
    const notices = syncB.panel.locator('[data-qalam="sync-notice"]');
    assert.equal(await notices.count(), 1, 'two polls, one notice');
    assert.match(await notices.innerText(), /^هذه المشاركة فيها ملفات من إصدار أحدث من قلم؛ حدّث البرنامج/);
    assert.equal(await syncB.panel.locator('[data-qalam="sync-log-entry"]').first().getAttribute('data-status'), 'ok');
    await syncB.closePanel();
    await rm(future);
  });

  test('a share folder that disappears is reported, and nothing local changes', async () => {
    const syncB = new SyncPage(b.page);
    const before = await callApi(b, 'articles.list', {});
    await callApi(a, 'sync.configure', { enabled: false });
    await rm(share, { recursive: true, force: true, maxRetries: 5 });
    await syncB.syncNow();
    await b.page.locator('[data-qalam="sync-status"][data-tone="error"]').waitFor();
    assert.equal(await syncB.statusText(), 'المجلد المشترك غير متاح');
    await syncB.openPanel();
    const entry = syncB.panel.locator('[data-qalam="sync-log-entry"]').first();
    assert.match(await entry.innerText(), /تعذّر الوصول إلى المجلد المشترك/);
    // The engine's English line is folded away under an Arabic summary, not shown inline.
    assert.doesNotMatch(await entry.innerText(), /\p{Script=Latin}/u);
    await entry.locator('[data-qalam="sync-log-detail"] summary').click();
    assert.match(await entry.innerText(), /is not there|ENOENT/);
    await syncB.closePanel();
    assert.deepEqual(await callApi(b, 'articles.list', {}), before);
    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems, []);
  });
});
