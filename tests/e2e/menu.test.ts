// Menu commands reach the page: the Format menu runs the editor's own command, File ›
// Save revision and main's pre-close flush go through autosave, View items change the
// shell. In the app they arrive through window.qalam.onMenuCommand; here the page gets
// them as the DOM event the same listener accepts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { RevisionSummary } from '../../electron/common/contract';
import { callApi, launchBrowser, readStored, startApp } from './support/app';
import { EditorPage, LibraryPage } from './support/pages';

const menu = (page: Page, command: string) =>
  page.evaluate((c) => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: c })), command);

describe('menu commands', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('Format › Bold and Heading 2 run the editor commands on the selection', async () => {
    const app = await startApp(browser);
    try {
      await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInBody('عنوان فرعي');
      await app.page.keyboard.press('Shift+Home');
      await menu(app.page, 'bold');
      await editor.body.locator('strong, b, [data-mark-bold], span[style*="bold"]').first().waitFor();
      await menu(app.page, 'heading-2');
      await editor.body.locator('h2').waitFor();
      assert.equal((await editor.body.locator('h2').innerText()).trim(), 'عنوان فرعي');
    } finally {
      await app.close();
    }
  });

  test('flush saves what is typed; Save revision makes a snapshot revision', async () => {
    const app = await startApp(browser);
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.headline, 'عنوان قبل الإغلاق', { paste: true });
      await menu(app.page, 'flush');
      await editor.waitSaved();
      assert.equal((await readStored(app.dbPath, id)).meta.headline, 'عنوان قبل الإغلاق');

      await menu(app.page, 'article.saveRevision');
      let kinds: string[] = [];
      for (let i = 0; i < 50 && !kinds.includes('snapshot'); i++) {
        kinds = (await callApi<RevisionSummary[]>(app, 'revisions.list', { id })).map((r) => r.kind);
        if (!kinds.includes('snapshot')) await app.page.waitForTimeout(100);
      }
      assert.ok(kinds.includes('snapshot'), `revision kinds: ${kinds.join(', ')}`);
    } finally {
      await app.close();
    }
  });

  test('View › Dark and View › English change the shell; File › New opens a new article', async () => {
    const app = await startApp(browser);
    try {
      await menu(app.page, 'view.theme.dark');
      await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await menu(app.page, 'view.language.en');
      await app.page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr');
      await menu(app.page, 'article.new');
      await app.page.waitForFunction(() => /^#\/article\/[0-9A-Z]{26}$/.test(location.hash));
      await menu(app.page, 'view.library');
      await app.page.waitForFunction(() => location.hash === '#/' || location.hash === '');
    } finally {
      await app.close();
    }
  });
});
