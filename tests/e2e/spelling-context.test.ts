// Context slips in the editor, through the web host: «ان» right after «وقال» gets its own
// underline (marked as a grammar slip, not as misspelt, though ayaspell rejects «ان»
// alone); its menu offers «إن» first and says why; choosing it changes only the hamza,
// so the word keeps its bold; «وأكد أن» is left alone; "ignore" takes the underline
// away; the header fields get them too; the spelling setting turns these off with the rest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi, startApp, useBrowser, type App } from './support/app';
import { EditorPage, LibraryPage } from './support/pages';
import { shownText } from './support/text';
import { until } from '../support/until';

const SLIP = 'وقال ان الحكومة ستعلن الموازنة';
const FIXED = 'وقال إن الحكومة ستعلن الموازنة';
const RIGHT = 'وأكد أن الوزارة ستدعم المزارعين';

const slips = (page: Page) => page.locator('[data-qalam="body"] [data-spelling="context"]');
const slipTexts = (page: Page) => slips(page).allTextContents();
const misspeltTexts = (page: Page) => page.locator('[data-qalam="body"] [data-spelling="misspelled"]').allTextContents();
const bodyText = (page: Page) => shownText(page.locator('[data-qalam="body"]'));


const browser = useBrowser();

/** A new article with `text` typed into its body (Ctrl+B around «ان» when `boldSlip`). */
async function withBody(text: string, run: (app: App, editor: EditorPage) => Promise<void>, boldSlip = false): Promise<void> {
  const app = await startApp(browser());
  try {
    await new LibraryPage(app.page).newArticle();
    const editor = new EditorPage(app.page);
    await editor.body.click();
    if (boldSlip) {
      const [before, after] = text.split(' ان ');
      await app.page.keyboard.type(`${before} `);
      await app.page.keyboard.press('ControlOrMeta+b');
      await app.page.keyboard.type('ان');
      await app.page.keyboard.press('ControlOrMeta+b');
      await app.page.keyboard.type(` ${after}`);
    } else {
      await app.page.keyboard.type(text);
    }
    await run(app, editor);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
}

test('«ان» after «وقال» is underlined as a context slip; «إن» first in its menu replaces it', async () => {
  await withBody(`${SLIP}. ${RIGHT}.`, async (app) => {
    const page = app.page;
    await until('the slip underlined', async () => (await slipTexts(page)).length > 0);
    assert.deepEqual(await slipTexts(page), ['ان'], 'only «ان»: «وأكد أن» is right');
    const span = slips(page).first();
    assert.equal(await span.getAttribute('aria-invalid'), 'grammar');
    assert.equal(await span.evaluate((el) => getComputedStyle(el).textDecorationStyle), 'double');
    // ayaspell's answer for «ان» alone arrives, and the slip's underline stays the one shown.
    await page.waitForTimeout(800);
    assert.deepEqual(await misspeltTexts(page), []);
    assert.deepEqual(await slipTexts(page), ['ان']);

    await span.click({ button: 'right' });
    const menu = page.locator('[data-qalam="spelling-menu"]');
    const first = menu.locator('[data-suggestion]').first();
    await first.waitFor();
    assert.equal(await first.textContent(), 'إن');
    assert.equal(await menu.getAttribute('aria-label'), 'الهمزة: «ان»');
    assert.equal(await menu.locator('.spelling-why').textContent(), 'بعد «وقال» تُكتب:');
    assert.equal(await page.locator('[data-command="spelling-add"]').count(), 0, 'nothing to add: «ان» is a word');
    await first.click();
    assert.equal(await menu.count(), 0, 'the menu closes');
    assert.equal(await bodyText(page), `${FIXED}. ${RIGHT}.`);
    await until('no underline left', async () => (await slipTexts(page)).length === 0);
    await page.keyboard.press('ControlOrMeta+z');
    await until('the slip back', async () => (await bodyText(page)) === `${SLIP}. ${RIGHT}.`);
  });
});

test('the fixed word keeps its marks: a bold «ان» becomes a bold «إن»', async () => {
  await withBody(SLIP, async (app) => {
    const page = app.page;
    await until('the slip underlined', async () => (await slipTexts(page)).join() === 'ان');
    await slips(page).first().click({ button: 'right' });
    await page.locator('[data-qalam="spelling-menu"] [data-suggestion="إن"]').click();
    assert.equal(await bodyText(page), FIXED);
    assert.deepEqual(await page.locator('[data-qalam="body"] strong').allTextContents(), ['إن']);
  }, true);
});

test('“ignore” takes the underline away, and ayaspell’s «ان» does not take its place', async () => {
  await withBody(SLIP, async (app) => {
    const page = app.page;
    await until('the slip underlined', async () => (await slipTexts(page)).join() === 'ان');
    await slips(page).first().click({ button: 'right' });
    await page.locator('[data-command="spelling-ignore"]').click();
    await until('the underline gone', async () => (await slipTexts(page)).length === 0);
    await page.waitForTimeout(800);
    assert.deepEqual(await misspeltTexts(page), []);
    assert.equal(await bodyText(page), SLIP);
  });
});

test('the standfirst gets its slip underlined too, fixed from its menu, Ctrl+Z taking the fix back', async () => {
  await withBody(RIGHT, async (app, editor) => {
    const page = app.page;
    await editor.standfirst.fill(SLIP);
    const underlined = page.locator('.spelled-field .spelling-mirror .spelling-context');
    await until('the standfirst slip underlined', async () => (await underlined.allTextContents()).join() === 'ان');
    assert.equal(await editor.standfirst.getAttribute('aria-invalid'), 'grammar');
    const box = (await underlined.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const first = page.locator('[data-qalam="spelling-menu"] [data-suggestion]').first();
    assert.equal(await first.textContent(), 'إن');
    await first.click();
    assert.equal(await editor.standfirst.inputValue(), FIXED);
    assert.equal(await underlined.count(), 0);
    await page.keyboard.press('ControlOrMeta+z');
    assert.equal(await editor.standfirst.inputValue(), SLIP);
  });
});

test('with spelling off in the settings, no context slip is underlined', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { spellcheck: false });
    await app.page.reload();
    await new LibraryPage(app.page).newArticle();
    const editor = new EditorPage(app.page);
    await editor.body.click();
    await app.page.keyboard.type(SLIP);
    await app.page.keyboard.type('.');
    assert.equal(await bodyText(app.page), `${SLIP}.`);
    await app.page.waitForTimeout(800);
    assert.equal(await slips(app.page).count(), 0);
    assert.equal(await editor.body.getAttribute('spellcheck'), 'false');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
