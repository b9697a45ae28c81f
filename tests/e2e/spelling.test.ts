// Spelling in the editor, through the web host and the real Hunspell service: only the
// misspelt word of an Arabic sentence is underlined (and marked for screen readers);
// its context menu offers the fix, which replaces it as one undoable step; a word
// added to the dictionary stays accepted after a reload; the setting turns it all off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchBrowser, startApp, type App } from './support/app';
import { EditorPage, LibraryPage } from './support/pages';
import { shownText } from './support/text';
import { until } from '../support/until';

const SENTENCE = 'ذهب الطلاب إلى المدرسه في الصباح الباكر';
const WRONG = 'المدرسه';
const RIGHT = 'المدرسة';

const misspelt = (page: Page) => page.locator('[data-qalam="body"] [data-spelling="misspelled"]');
const misspeltTexts = (page: Page) => misspelt(page).allTextContents();
const bodyText = (page: Page) => shownText(page.locator('[data-qalam="body"]'));


describe('editor: spelling', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  async function withSentence(run: (app: App, editor: EditorPage, id: string) => Promise<void>): Promise<void> {
    const app = await startApp(browser);
    try {
      const id = await new LibraryPage(app.page).newArticle();
      const editor = new EditorPage(app.page);
      await editor.body.click();
      await app.page.keyboard.type(SENTENCE);
      await until('the misspelt word underlined', async () => (await misspelt(app.page).count()) > 0);
      await run(app, editor, id);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  }

  test('only the misspelt word is underlined, and marked as a spelling error', async () => {
    await withSentence(async (app) => {
      assert.deepEqual(await misspeltTexts(app.page), [WRONG]);
      const span = misspelt(app.page).first();
      assert.equal(await span.getAttribute('aria-invalid'), 'spelling');
      const decoration = await span.evaluate((el) => getComputedStyle(el).textDecorationStyle);
      assert.equal(decoration, 'wavy');
    });
  });

  test('the word being typed is not underlined until the caret leaves it', async () => {
    await withSentence(async (app) => {
      const page = app.page;
      await page.keyboard.type(' ككتابب');
      // Long past the pause after which new words are checked: still the word being typed.
      await page.waitForTimeout(1000);
      assert.deepEqual(await misspeltTexts(page), [WRONG]);
      await page.keyboard.press('Space');
      await until('underlined once the word is left', async () => (await misspeltTexts(page)).includes('ككتابب'));
      assert.deepEqual(await misspeltTexts(page), [WRONG, 'ككتابب']);
    });
  });

  test('a suggestion from the context menu replaces the word; Ctrl+Z brings it back', async () => {
    await withSentence(async (app) => {
      const page = app.page;
      await misspelt(page).first().click({ button: 'right' });
      const menu = page.locator('[data-qalam="spelling-menu"]');
      const fix = menu.locator(`[data-suggestion="${RIGHT}"]`);
      await fix.waitFor();
      assert.equal(await fix.getAttribute('aria-label'), `استبدل بـ ${RIGHT}`);
      await fix.click();
      assert.equal(await menu.count(), 0, 'the menu closes');
      assert.equal(await bodyText(page), SENTENCE.replace(WRONG, RIGHT));
      // The corrected word is asked about too: still nothing underlined after the answer.
      await page.waitForTimeout(800);
      assert.deepEqual(await misspeltTexts(page), []);
      await page.keyboard.press('ControlOrMeta+z');
      await until('the word back', async () => (await bodyText(page)) === SENTENCE);
      await until('underlined again', async () => (await misspeltTexts(page)).join() === WRONG);
    });
  });

  test('the menu works from the keyboard: the menu key at the word, then Enter on the first suggestion', async () => {
    await withSentence(async (app) => {
      const page = app.page;
      // The caret into the misspelt word: after "الباكر", "الصباح", "في" and into "المدرسه".
      for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+F10');
      const first = page.locator(`[data-qalam="spelling-menu"] [data-suggestion]`).first();
      await first.waitFor();
      await until('focus on the first suggestion', () => first.evaluate((el) => el === document.activeElement));
      assert.equal(await first.textContent(), RIGHT);
      await page.keyboard.press('Enter');
      assert.equal(await bodyText(page), SENTENCE.replace(WRONG, RIGHT));
    });
  });

  test('a word added to the dictionary is no longer underlined, after a reload too, until it is removed in the settings', async () => {
    await withSentence(async (app, editor, id) => {
      const page = app.page;
      const word = (await misspelt(page).first().boundingBox())!;
      await misspelt(page).first().click({ button: 'right' });
      // The menu opens where the pointer is (the editor pane is a containment boundary:
      // placed inside it, window coordinates would land off by the pane's offset), its
      // right edge there: an Arabic UI's menu grows leftward.
      const menu = (await page.locator('.editor-context-menu').boundingBox())!;
      const [px, py] = [word.x + word.width / 2, word.y + word.height / 2];
      assert.ok(Math.abs(menu.x + menu.width - px) < 2 && menu.y <= py && py <= menu.y + menu.height, JSON.stringify({ word, menu }));
      await page.locator('[data-command="spelling-add"]').click();
      await until('the underline gone', async () => (await misspelt(page).count()) === 0);
      await editor.waitSaved();
      await page.reload();
      await editor.body.waitFor();
      // Another misspelt word, so there is proof the checks ran after the reload.
      await editor.body.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' ككتابب.');
      await until('the new word underlined', async () => (await misspeltTexts(page)).includes('ككتابب'));
      assert.deepEqual(await misspeltTexts(page), ['ككتابب']);
      // The settings page lists it; removing it there brings the underline back.
      await editor.waitSaved();
      await page.evaluate(() => (location.hash = '#/settings'));
      const remove = page.locator(`[data-qalam="settings-dictionary"] button[data-word="${WRONG}"]`);
      assert.equal(await remove.getAttribute('aria-label'), `احذف «${WRONG}» من القاموس`);
      await remove.click();
      await remove.waitFor({ state: 'detached' });
      await page.evaluate((article) => (location.hash = `#/article/${article}`), id);
      await editor.body.waitFor();
      await until('underlined again', async () => (await misspeltTexts(page)).includes(WRONG));
    });
  });

  test('“ignore” accepts the word for this session only', async () => {
    await withSentence(async (app, editor) => {
      const page = app.page;
      await misspelt(page).first().click({ button: 'right' });
      await page.locator('[data-command="spelling-ignore"]').click();
      await until('the underline gone', async () => (await misspelt(page).count()) === 0);
      await editor.waitSaved();
      await page.reload();
      await editor.body.waitFor();
      await until('underlined again after the reload', async () => (await misspeltTexts(page)).join() === WRONG);
    });
  });

  test('the headline is checked too: its word underlined, fixed from its menu, and Ctrl+Z takes the fix back', async () => {
    await withSentence(async (app, editor) => {
      const page = app.page;
      await editor.headline.fill('الجيش يعيد انتشاره قرب العاصمه');
      const underlined = page.locator('.spelled-field .spelling-mirror .spelling-error');
      await until('the headline word underlined', async () => (await underlined.allTextContents()).join() === 'العاصمه');
      assert.equal(await editor.headline.getAttribute('aria-invalid'), 'spelling');
      assert.match((await editor.headline.getAttribute('aria-description')) ?? '', /العاصمه/);
      const box = (await underlined.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
      const fix = page.locator('[data-qalam="spelling-menu"] [data-suggestion="العاصمة"]');
      await fix.click();
      assert.equal(await editor.headline.inputValue(), 'الجيش يعيد انتشاره قرب العاصمة');
      await page.waitForTimeout(800);
      assert.equal(await underlined.count(), 0);
      assert.equal(await editor.headline.getAttribute('aria-invalid'), null);
      await page.keyboard.press('ControlOrMeta+z');
      assert.equal(await editor.headline.inputValue(), 'الجيش يعيد انتشاره قرب العاصمه');
    });
  });

  test('the setting turns spelling off in the body and the fields, and back on', async () => {
    await withSentence(async (app, editor, id) => {
      const page = app.page;
      await editor.headline.fill('قرب العاصمه');
      await until('the headline word underlined', async () => (await page.locator('.spelling-mirror .spelling-error').count()) === 1);
      await editor.waitSaved();
      await page.evaluate(() => (location.hash = '#/settings'));
      const box = page.locator('[data-qalam="spellcheck"]');
      assert.equal(await box.isChecked(), true);
      await box.uncheck();
      await until('the setting stored', async () => (await callApi<{ spellcheck?: boolean }>(app, 'settings.get')).spellcheck === false);
      await page.evaluate((article) => (location.hash = `#/article/${article}`), id);
      await editor.body.waitFor();
      await page.waitForTimeout(800);
      assert.equal(await misspelt(page).count(), 0);
      assert.equal(await page.locator('.spelling-mirror').count(), 0);
      assert.equal(await editor.body.getAttribute('spellcheck'), 'false', 'and Chromium’s own checker stays off');
      await callApi(app, 'settings.set', { spellcheck: true });
      await page.reload();
      await editor.body.waitFor();
      await until('underlined again', async () => (await misspeltTexts(page)).join() === WRONG);
    });
  });
});
