// Arabic letters typed: what is stored must be exactly what the page shows, in the
// middle of a word, next to marks, after a link and between Arabic and Latin runs.
// Typing edits the paragraph's text node in place (renderer/editor/elements/text-string.tsx)
// and goes straight to the model when the page's caret is Slate's (renderer/editor/typing.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block } from '../../electron/common/document/types';
import { editorSuite, textOf } from './editor-page';

const settle = (ed: { page: { evaluate(f: () => Promise<unknown>): Promise<unknown> } }) =>
  ed.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('editor: typing Arabic letters', () => {
  const { withEditor } = editorSuite();

  test('letters typed inside a word land where the caret is, and the page and the store agree', async () => {
    const body: Block[] = [{ type: 'paragraph', children: [{ text: 'قال المتحدث إن الاجتماع انتهى' }] }];
    await withEditor(async (ed) => {
      await ed.body.locator('p').first().click();
      await ed.page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await ed.page.keyboard.press('ArrowRight');
      // A person's next key comes frames later; under a loaded CI machine the keys can
      // arrive before the editor has taken in where the caret moved.
      await settle(ed);
      await ed.type('ت');
      await ed.page.keyboard.press('End');
      await settle(ed);
      await ed.type(' اليوم');
      const stored = await ed.stored((b) => textOf(b[0]).endsWith('اليوم'));
      const shown = (await ed.blockTexts())[0];
      assert.equal(textOf(stored[0]), shown);
      assert.ok(textOf(stored[0]).endsWith(' اليوم'));
      // One ت went in somewhere inside, nothing else moved.
      const before = textOf(stored[0]).slice(0, -' اليوم'.length);
      const original = 'قال المتحدث إن الاجتماع انتهى';
      assert.ok([...before].some((ch, i) => ch === 'ت' && before.slice(0, i) + before.slice(i + 1) === original), before);
    }, body);
  });

  test('after a bold word the letters stay bold; after Ctrl+B off they are plain', async () => {
    const body: Block[] = [{ type: 'paragraph', children: [{ text: 'خبر ' }, { text: 'عاجل', bold: true }] }];
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('ة');
      await ed.page.keyboard.press('ControlOrMeta+KeyB');
      await ed.type(' الآن');
      const stored = await ed.stored((b) => textOf(b[0]).endsWith('الآن'));
      assert.deepEqual((stored[0] as { children: unknown[] }).children, [{ text: 'خبر ' }, { text: 'عاجلة', bold: true }, { text: ' الآن' }]);
    }, body);
  });

  test('letters typed at the end of a link go after it, and Latin and digits mix in', async () => {
    const body: Block[] = [
      { type: 'paragraph', children: [{ text: 'راجع ' }, { type: 'link', href: 'https://example.com/', children: [{ text: 'الموقع' }] }, { text: '' }] },
    ];
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type(' الرسمي COVID-19 عام 2024');
      const stored = await ed.stored((b) => textOf(b[0]).endsWith('2024'));
      const children = (stored[0] as { children: { type?: string; text?: string; children?: { text: string }[] }[] }).children;
      assert.equal(children.find((c) => c.type === 'link')?.children?.[0]?.text, 'الموقع');
      assert.equal(textOf(stored[0]), 'راجع الموقع الرسمي COVID-19 عام 2024', JSON.stringify(stored));
      // Slate puts an invisible no-break space on each side of a link (a Chromium caret fix).
      assert.equal((await ed.blockTexts())[0]?.replace(/\u00a0/g, ''), textOf(stored[0]));
    }, body);
  });

  test('typing, deleting and replacing change the paragraph’s text in place, in the same text node', async () => {
    const body: Block[] = [{ type: 'paragraph', children: [{ text: 'قال المتحدث' }] }];
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.page.evaluate(`window.__typedNode = getSelection().anchorNode`);
      await ed.type(' باسم الحكومة');
      await ed.page.keyboard.press('Backspace');
      await ed.type('ة');
      await settle(ed);
      const same = await ed.page.evaluate(`(() => {
        const node = window.__typedNode;
        const now = document.querySelector('[data-qalam="body"] p [data-slate-string]').firstChild;
        return { same: node === now, connected: node.isConnected, caretIn: getSelection().anchorNode === node, offset: getSelection().anchorOffset };
      })()`);
      assert.deepEqual(same, { same: true, connected: true, caretIn: true, offset: 'قال المتحدث باسم الحكومة'.length });
      const stored = await ed.stored((b) => textOf(b[0]) === 'قال المتحدث باسم الحكومة');
      assert.equal(textOf(stored[0]), 'قال المتحدث باسم الحكومة');
      assert.equal((await ed.blockTexts())[0], 'قال المتحدث باسم الحكومة');
    }, body);
  });

  test('a letter typed right after the caret was moved in the page lands at the new caret, not where Slate last had it', async () => {
    const body: Block[] = [{ type: 'paragraph', children: [{ text: 'وزير الخارجية' }] }];
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await settle(ed);
      // The page's caret moves after «وزير» (as a click would) and the letter follows at
      // once, before slate-react's throttled selection reading has caught up.
      await ed.page.evaluate(`(() => {
        const node = document.querySelector('[data-qalam="body"] p [data-slate-string]').firstChild;
        getSelection().collapse(node, 4);
      })()`);
      await ed.type('ة');
      const stored = await ed.stored((b) => textOf(b[0]).includes('ة ال'));
      assert.equal(textOf(stored[0]), 'وزيرة الخارجية');
      assert.equal((await ed.blockTexts())[0], 'وزيرة الخارجية');
    }, body);
  });

  test('a word composed with an input method (as ibus or a dead key does) lands whole, and typing goes on after it', async () => {
    const body: Block[] = [{ type: 'paragraph', children: [{ text: 'قال المتحدث' }] }];
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type(' ');
      const cdp = await ed.page.context().newCDPSession(ed.page);
      await cdp.send('Input.imeSetComposition', { text: 'ك', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'كت', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.insertText', { text: 'كتب' });
      await settle(ed);
      await ed.type('ت');
      const stored = await ed.stored((b) => textOf(b[0]).endsWith('كتبت'));
      assert.equal(textOf(stored[0]), 'قال المتحدث كتبت');
      assert.equal((await ed.blockTexts())[0], 'قال المتحدث كتبت');
    }, body);
  });

  test('typing keeps the caret on screen: scrolled away, the first letter brings it back; in view, nothing scrolls', async () => {
    const line = 'وأكد المتحدث باسم الحكومة أن المباحثات تناولت ملفات الأمن والطاقة وإعادة الإعمار في المناطق المتضررة.';
    const body: Block[] = Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph', children: [{ text: `${i + 1}. ${line}` }] }));
    await withEditor(async (ed) => {
      // Where the caret is, and the box it must be seen in: its scroller's, within the window.
      const caret = () =>
        ed.page.evaluate(() => {
          const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
          let scroller: Element | null = document.querySelector('[data-qalam="body"]')!.parentElement;
          while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
          const box = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
          const scrollTop = scroller ? scroller.scrollTop : scrollY;
          return { top: r.top, bottom: r.bottom, seen: r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(innerHeight, box.bottom) + 1, scrollTop };
        });
      await ed.body.locator('p').first().click();
      await ed.page.keyboard.press('End');
      await settle(ed);
      assert.ok((await caret()).seen);
      const before = await caret();
      await ed.type('نص');
      await settle(ed);
      const after = await caret();
      assert.ok(after.seen);
      assert.equal(after.scrollTop, before.scrollTop, 'typing in view does not scroll');

      // Scroll the article away from the caret (as with the mouse wheel), then type.
      await ed.page.evaluate(() => document.querySelectorAll('[data-qalam="body"] p')[79]!.scrollIntoView({ block: 'end' }));
      await settle(ed);
      assert.equal((await caret()).seen, false);
      await ed.type('ه');
      await settle(ed);
      assert.ok((await caret()).seen, 'the caret is brought back into view');
      // End is the end of the caret's line on screen: where in the paragraph depends on the width.
      const stored = await ed.stored((b) => textOf(b[0]).includes('نصه'));
      assert.equal(textOf(stored[0]).replace('نصه', ''), `1. ${line}`);
    }, body);
  });
});
