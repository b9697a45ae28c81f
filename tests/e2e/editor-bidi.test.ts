// Caret, selection and deletion in RTL text and at Arabic/Latin/digit boundaries, typed
// with real key events. Slate has open bugs here (arrow keys in RTL: #4711, #3879,
// #5566; grapheme deletion: #87, #5886); these tests pin down what Qalam guarantees.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editorSuite, textOf, type BodyEditor } from './editor-page';

describe('editor: bidi caret, selection and deletion', () => {
  const { withEditor } = editorSuite();

  /** Put the DOM caret at a logical offset of the first paragraph's text. */
  async function caretAt(ed: BodyEditor, offset: number): Promise<void> {
    await ed.body.evaluate((el, at) => {
      const walker = document.createTreeWalker(el.querySelector('p')!, NodeFilter.SHOW_TEXT);
      let left = at;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = (node.textContent ?? '').replace(/\uFEFF/g, '').length;
        if (left <= len) {
          const range = document.createRange();
          range.setStart(node, left);
          range.collapse(true);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
        left -= len;
      }
    }, offset);
    // Slate picks up DOM selection changes on a short throttle.
    await ed.page.waitForTimeout(150);
  }

  const firstText = async (ed: BodyEditor, check: (t: string) => boolean) => textOf((await ed.stored((b) => check(textOf(b[0]))))[0]);

  test('Arabic, then Latin, then digits typed in one paragraph stay in logical order', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      const typed = 'قال متحدث باسم Reuters إن 25 شخصًا أصيبوا في 2025، وفق BBC News.';
      await ed.type(typed);
      assert.equal(await firstText(ed, (t) => t === typed), typed);
    });
  });

  test('Backspace and Delete at an Arabic/Latin boundary remove exactly one character', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('عربيEnglish');
      await caretAt(ed, 4); // between ي and E
      await ed.page.keyboard.press('Backspace');
      assert.equal(await firstText(ed, (t) => t.length === 10), 'عربEnglish');
      await ed.page.keyboard.press('Delete');
      assert.equal(await firstText(ed, (t) => t.length === 9), 'عربnglish');
    });
  });

  test('Backspace and Delete at a Latin/Arabic and digit boundary remove exactly one character', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('Gaza غزة 2025');
      await caretAt(ed, 5); // between the space and غ
      await ed.page.keyboard.press('Delete');
      assert.equal(await firstText(ed, (t) => t === 'Gaza زة 2025'), 'Gaza زة 2025');
      await caretAt(ed, 8); // between the space and 2
      await ed.page.keyboard.press('Backspace');
      assert.equal(await firstText(ed, (t) => t === 'Gaza زة2025'), 'Gaza زة2025');
    });
  });

  test('Backspace after a letter with tashkeel removes only the mark', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('كَتَبَ');
      await ed.page.keyboard.press('Backspace');
      assert.equal(await firstText(ed, (t) => t === 'كَتَب'), 'كَتَب');
    });
  });

  test('Shift+Arrow selects a logically contiguous run, and typing replaces exactly that', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      const text = 'وصل Emmanuel Macron إلى بيروت';
      await ed.type(text);
      await caretAt(ed, 4); // before E
      for (let i = 0; i < 8; i++) await ed.page.keyboard.press('Shift+ArrowRight');
      const selected = await ed.page.evaluate(() => window.getSelection()!.toString());
      assert.ok(selected.length > 0, 'something is selected');
      assert.ok(text.includes(selected), `selection "${selected}" is one logical run of the text`);
      await ed.page.waitForTimeout(150);
      await ed.type('X');
      const expected = text.replace(selected, 'X');
      assert.equal(await firstText(ed, (t) => t === expected), expected);
    });
  });

  test('Shift+ArrowLeft in RTL text selects the next letter in reading order', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('بيروت');
      await caretAt(ed, 0);
      await ed.page.keyboard.press('Shift+ArrowLeft');
      assert.equal(await ed.page.evaluate(() => window.getSelection()!.toString()), 'ب');
    });
  });

  test('Home and End go to the logical start and end of a mixed line', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('خبر عن NATO في 2025');
      await caretAt(ed, 8);
      await ed.page.keyboard.press('Home');
      await ed.type('«');
      await ed.page.keyboard.press('End');
      await ed.type('»');
      assert.equal(await firstText(ed, (t) => t.endsWith('»')), '«خبر عن NATO في 2025»');
    });
  });
});
