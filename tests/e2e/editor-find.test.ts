// Find & replace in the page: Arabic spelling variants found and highlighted, the
// count shown in Arabic digits, whole word, replace one, replace all as one undo step.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/app';
import { cleanupHarness, openBodyEditor, textOf, type BodyEditor } from './editor-page';

const P1 = 'قال مسئول في الوزارة إن المسؤول الأول سيزور المدينة.';
const P2 = 'وأكد مسؤولٌ آخر أن الزيارة إلى المدينه تأجلت.';

describe('editor: find and replace', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await cleanupHarness();
  });

  async function withText(run: (ed: BodyEditor) => Promise<void>): Promise<void> {
    const ed = await openBodyEditor(browser);
    try {
      await ed.focusEnd();
      await ed.type(P1);
      await ed.page.keyboard.press('Enter');
      await ed.type(P2);
      await run(ed);
    } finally {
      await ed.close();
    }
  }

  const status = (ed: BodyEditor) => ed.page.locator('[data-qalam="find-status"]');
  async function waitStatus(ed: BodyEditor, text: string): Promise<void> {
    await ed.page.waitForFunction((t) => document.querySelector('[data-qalam="find-status"]')?.textContent === t, text);
  }

  test('Ctrl+F finds every spelling of a word and highlights each match', async () => {
    await withText(async (ed) => {
      await ed.page.keyboard.press('Control+KeyF');
      await ed.page.locator('[data-qalam="find-query"]').fill('مسؤول');
      await waitStatus(ed, '١ من ٣');
      assert.equal(await ed.blocks('.find-match').count(), 3);
      assert.equal(await ed.blocks('.find-current').innerText(), 'مسئول');
      await ed.page.locator('[data-qalam="find-query"]').press('Enter');
      await waitStatus(ed, '٢ من ٣');
      assert.equal(await ed.blocks('.find-current').innerText(), 'مسؤول');
      await ed.page.locator('[data-qalam="find-query"]').press('Shift+Enter');
      await waitStatus(ed, '١ من ٣');
      // ta marbuta and alef maqsura fold: المدينة meets المدينه, إلى meets الي.
      await ed.page.locator('[data-qalam="find-query"]').fill('المدينة');
      await waitStatus(ed, '١ من ٢');
      await ed.page.locator('[data-qalam="find-query"]').fill('الي');
      await waitStatus(ed, '١ من ١');
    });
  });

  test('match exactly and whole word narrow the matches', async () => {
    await withText(async (ed) => {
      await ed.page.keyboard.press('Control+KeyF');
      await ed.page.locator('[data-qalam="find-query"]').fill('مسؤول');
      await waitStatus(ed, '١ من ٣');
      await ed.page.locator('[data-qalam="find-exact"]').check();
      // Exactly مسؤول: in المسؤول and مسؤولٌ, not the spelling مسئول.
      await waitStatus(ed, '١ من ٢');
      await ed.page.locator('[data-qalam="find-exact"]').uncheck();
      await ed.page.locator('[data-qalam="find-query"]').fill('مسؤول');
      await ed.page.locator('[data-qalam="find-whole-word"]').check();
      // المسؤول carries the article: not a whole-word match.
      await waitStatus(ed, '١ من ٢');
      assert.equal(await status(ed).innerText(), '١ من ٢');
    });
  });

  test('Ctrl+H replace all changes every variant, and one Ctrl+Z brings them all back', async () => {
    await withText(async (ed) => {
      await ed.page.keyboard.press('Control+KeyH');
      await ed.page.locator('[data-qalam="find-query"]').fill('مسؤول');
      await ed.page.locator('[data-qalam="replace-with"]').fill('ناطق');
      await waitStatus(ed, '١ من ٣');
      await ed.page.getByRole('button', { name: 'استبدال الكل' }).click();
      await waitStatus(ed, 'لا نتائج');
      const replaced = await ed.stored((b) => textOf(b[1]).includes('ناطق'));
      assert.equal(textOf(replaced[0]), 'قال ناطق في الوزارة إن الناطق الأول سيزور المدينة.');
      assert.equal(textOf(replaced[1]), 'وأكد ناطق آخر أن الزيارة إلى المدينه تأجلت.');
      await ed.page.keyboard.press('Escape');
      await ed.page.keyboard.press('Control+KeyZ');
      const restored = await ed.stored((b) => textOf(b[0]) === P1);
      assert.deepEqual(restored.map(textOf), [P1, P2]);
    });
  });

  test('replace one changes only the current match', async () => {
    await withText(async (ed) => {
      await ed.page.keyboard.press('Control+KeyH');
      await ed.page.locator('[data-qalam="find-query"]').fill('المدينة');
      await ed.page.locator('[data-qalam="replace-with"]').fill('العاصمة');
      await waitStatus(ed, '١ من ٢');
      await ed.page.getByRole('button', { name: 'استبدال', exact: true }).click();
      await waitStatus(ed, '١ من ١');
      const body = await ed.stored((b) => textOf(b[0]).includes('العاصمة'));
      assert.equal(textOf(body[0]), 'قال مسئول في الوزارة إن المسؤول الأول سيزور العاصمة.');
      assert.equal(textOf(body[1]), P2);
    });
  });
});
