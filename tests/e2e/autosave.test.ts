import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Handlers, RevisionSummary } from '../../electron/common/contract';
import { QalamError } from '../../electron/common/errors';
import { callApi, launchBrowser, readStored, startApp } from './support/app';
import { qalamShow } from './support/cli';
import { EditorPage, LibraryPage } from './support/pages';

const HEADLINE = 'صدام حفتر يجري مباحثات مع مسؤولين فرنسيين داخل قصر الإليزيه';
const BODY = 'ركزت المباحثات على تعزيز التعاون في 2025 مع Paris؛ وشارك 12 مسؤولًا.';

describe('autosave', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('what was typed is there after a reload, and in the library file for the CLI', async () => {
    const app = await startApp(browser);
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.kicker, 'تحركات عسكرية..');
      await editor.typeInto(editor.headline, HEADLINE, { paste: true });
      await editor.typeInBody(BODY, { paste: true });
      await editor.waitSaved();
      await app.page.reload();
      await editor.headline.waitFor();
      assert.equal(await editor.headline.inputValue(), HEADLINE);
      assert.equal(await editor.kicker.inputValue(), 'تحركات عسكرية..');
      assert.equal((await editor.bodyText()).trim(), BODY);

      await app.stopHost();
      const stored = await qalamShow(id, app.dbPath);
      assert.equal(stored.meta.headline, HEADLINE);
      assert.equal(stored.meta.kicker, 'تحركات عسكرية..');
      assert.deepEqual(stored.body, [{ type: 'paragraph', children: [{ text: BODY }] }]);
    } finally {
      await app.close();
    }
  });

  test('reloading straight after typing, before the pause, loses nothing', async () => {
    const app = await startApp(browser);
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.headline, 'عنوان أول');
      await editor.waitSaved();
      // No wait: the last words are still inside the debounce window when the page goes.
      await editor.typeInto(editor.headline, ' ثم إضافة');
      await editor.typeInBody('فقرة كُتبت للتو');
      // One input event and straight away a reload: well inside the 600 ms pause, so only
      // the unload flush (keepalive request) can carry these words.
      await app.page.keyboard.insertText(' وكلمة أخيرة');
      await app.page.reload();
      await editor.headline.waitFor();
      await app.stopHost();
      const stored = await readStored(app.dbPath, id);
      assert.equal(stored.meta.headline, 'عنوان أول ثم إضافة');
      assert.deepEqual(stored.body, [{ type: 'paragraph', children: [{ text: 'فقرة كُتبت للتو وكلمة أخيرة' }] }]);
    } finally {
      await app.close();
    }
  });

  test('a failed save is shown, retried, and nothing is lost once the store recovers', async () => {
    let failing = false;
    let failures = 0;
    const wrap = (handlers: Handlers): Handlers => ({
      ...handlers,
      'articles.save': async (request) => {
        if (failing) {
          failures++;
          throw new QalamError('disk_full');
        }
        return handlers['articles.save'](request);
      },
    });
    const app = await startApp(browser, { wrapHandlers: wrap });
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      failing = true;
      await editor.typeInto(editor.headline, 'خبر عاجل');
      await editor.waitSaveFailed();
      assert.match(await editor.saveState.innerText(), /فشل الحفظ — إعادة المحاولة/);
      await editor.typeInBody('تفاصيل الخبر تُكتب والقرص ممتلئ');
      failing = false;
      await editor.waitSaved();
      assert.ok(failures >= 1);
      const stored = await callApi<{ meta: { headline: string }; body: unknown }>(app, 'articles.get', { id });
      assert.equal(stored.meta.headline, 'خبر عاجل');
      assert.deepEqual(stored.body, [{ type: 'paragraph', children: [{ text: 'تفاصيل الخبر تُكتب والقرص ممتلئ' }] }]);
    } finally {
      await app.close();
    }
  });

  test('Ctrl+S keeps a revision now', async () => {
    const app = await startApp(browser);
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.headline, 'نسخة محفوظة يدويًا');
      await app.page.keyboard.press('Control+s');
      await editor.waitSaved();
      const revisions = await callApi<RevisionSummary[]>(app, 'revisions.list', { id });
      const snapshot = revisions.find((r) => r.kind === 'snapshot');
      assert.ok(snapshot, `kinds: ${revisions.map((r) => r.kind).join(', ')}`);
      assert.equal(snapshot.headline, 'نسخة محفوظة يدويًا');
    } finally {
      await app.close();
    }
  });
});
