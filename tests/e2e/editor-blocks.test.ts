// Block types, marks, links, undo/redo and per-block direction, each by toolbar and by
// shortcut, checked in the rendered page and in the body as stored.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editorSuite, openBodyEditor, textOf } from './editor-page';

const TEXT = 'المشهد الميداني في الجنوب';

describe('editor: blocks and marks', () => {
  const { browser, withEditor } = editorSuite();

  test('headings, quotes and paragraph from the toolbar', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type(TEXT);
      await ed.tool('heading-2').click();
      await ed.blocks('h2').waitFor();
      await ed.waitPressed('heading-2');
      await ed.tool('heading-3').click();
      await ed.blocks('h3').waitFor();
      await ed.tool('blockquote').click();
      await ed.blocks('blockquote:not(.pull-quote)').waitFor();
      await ed.tool('pull-quote').click();
      await ed.blocks('blockquote.pull-quote').waitFor();
      await ed.tool('paragraph').click();
      await ed.blocks('p').first().waitFor();
      const body = await ed.stored((b) => b[0]?.type === 'paragraph');
      assert.deepEqual(body, [{ type: 'paragraph', children: [{ text: TEXT }] }]);
    });
  });

  test('Ctrl+Alt+2 and Ctrl+Alt+3 make headings; the toolbar buttons say so in Arabic', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type(TEXT);
      await ed.page.keyboard.press('Control+Alt+Digit2');
      await ed.blocks('h2').waitFor();
      await ed.page.keyboard.press('Enter');
      await ed.type('عنوان أصغر');
      await ed.page.keyboard.press('Control+Alt+Digit3');
      await ed.blocks('h3').waitFor();
      assert.equal(await ed.tool('heading-2').getAttribute('aria-label'), 'عنوان فرعي');
      const body = await ed.stored((b) => b.length === 2 && b[1]?.type === 'heading');
      assert.deepEqual(body, [
        { type: 'heading', level: 2, children: [{ text: TEXT }] },
        { type: 'heading', level: 3, children: [{ text: 'عنوان أصغر' }] },
      ]);
    });
  });

  test('Ctrl+Shift+8 and Ctrl+Shift+7 make lists; Enter on an empty item leaves the list', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('البند الأول');
      await ed.page.keyboard.press('Control+Shift+Digit8');
      await ed.blocks('ul > li').waitFor();
      await ed.page.keyboard.press('Enter');
      await ed.type('البند الثاني');
      await ed.page.keyboard.press('Enter');
      await ed.page.keyboard.press('Enter');
      await ed.type('فقرة بعد القائمة');
      await ed.page.keyboard.press('ArrowUp');
      await ed.page.keyboard.press('Control+Shift+Digit7');
      await ed.blocks('ol > li').first().waitFor();
      const body = await ed.stored((b) => b[0]?.type === 'numbered-list' && b.length === 2);
      assert.equal(body[0]?.type, 'numbered-list');
      assert.deepEqual(body[0] && 'children' in body[0] ? body[0].children.map((li) => textOf(li as never)) : [], ['البند الأول', 'البند الثاني']);
      assert.deepEqual(body[1], { type: 'paragraph', children: [{ text: 'فقرة بعد القائمة' }] });
    });
  });

  test('lists from the toolbar, and Shift+Tab takes an item out', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('أولًا');
      await ed.tool('bulleted-list').click();
      await ed.page.keyboard.press('Enter');
      await ed.type('ثانيًا');
      await ed.page.keyboard.press('Shift+Tab');
      const body = await ed.stored((b) => b.length === 2);
      assert.deepEqual(body, [
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'أولًا' }] }] },
        { type: 'paragraph', children: [{ text: 'ثانيًا' }] },
      ]);
      assert.equal(await ed.body.evaluate((el) => el === document.activeElement), true, 'focus stays in the body');
    });
  });

  test('bold, italic and underline by Ctrl+B/I/U and by toolbar, with aria-pressed', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.page.keyboard.press('Control+KeyB');
      await ed.type('عاجل');
      await ed.page.keyboard.press('Control+KeyB');
      await ed.type(' ');
      await ed.tool('italic').click();
      await ed.waitPressed('italic');
      await ed.type('مائل');
      await ed.page.keyboard.press('Control+KeyI');
      await ed.page.keyboard.press('Control+KeyU');
      await ed.type(' خط');
      await ed.blocks('strong').waitFor();
      await ed.blocks('em').waitFor();
      await ed.blocks('u').waitFor();
      const body = await ed.stored((b) => textOf(b[0]).endsWith('خط'));
      assert.deepEqual(body, [
        {
          type: 'paragraph',
          children: [{ text: 'عاجل', bold: true }, { text: ' ' }, { text: 'مائل', italic: true }, { text: ' خط', underline: true }],
        },
      ]);
    });
  });

  test('Ctrl+K links the selection; a javascript: address gets a clear Arabic error', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('قالت الوكالة');
      await ed.page.keyboard.press('Shift+Home');
      await ed.page.keyboard.press('Control+KeyK');
      const url = ed.page.locator('[data-qalam="link-url"]');
      await url.fill('javascript:alert(1)');
      await url.press('Enter');
      const error = ed.page.locator('.link-dialog [role="alert"]');
      await error.waitFor();
      assert.match(await error.innerText(), /http:\/\/ أو https:\/\/ أو mailto:/);
      await url.fill('https://example.com/news');
      await url.press('Enter');
      await ed.blocks('a[href="https://example.com/news"]').waitFor();
      const body = await ed.stored((b) => JSON.stringify(b).includes('"link"'));
      assert.deepEqual(body[0], {
        type: 'paragraph',
        children: [{ text: '' }, { type: 'link', href: 'https://example.com/news', children: [{ text: 'قالت الوكالة' }] }, { text: '' }],
      });
    });
  });

  test('undo and redo: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the toolbar', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('نص أول');
      await ed.page.keyboard.press('Control+Alt+Digit2');
      await ed.blocks('h2').waitFor();
      await ed.page.keyboard.press('Control+KeyZ');
      await ed.blocks('h2').waitFor({ state: 'detached' });
      await ed.page.keyboard.press('Control+Shift+KeyZ');
      await ed.blocks('h2').waitFor();
      await ed.tool('undo').click();
      await ed.blocks('h2').waitFor({ state: 'detached' });
      await ed.page.keyboard.press('Control+KeyY');
      await ed.blocks('h2').waitFor();
      const body = await ed.stored((b) => b[0]?.type === 'heading');
      assert.deepEqual(body, [{ type: 'heading', level: 2, children: [{ text: 'نص أول' }] }]);
    });
  });

  test('per-block direction: an English quote set LTR renders dir="ltr", Arabic stays RTL', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('قال المتحدث:');
      await ed.page.keyboard.press('Enter');
      await ed.type('"We will not leave," he said.');
      await ed.tool('dir-ltr').click();
      await ed.blocks('p[dir="ltr"]').waitFor();
      await ed.waitPressed('dir-ltr');
      await ed.page.keyboard.press('ArrowUp');
      await ed.waitPressed('dir-rtl');
      const body = await ed.stored((b) => b[1] !== undefined && 'dir' in b[1]);
      assert.deepEqual(body[1], { type: 'paragraph', dir: 'ltr', children: [{ text: '"We will not leave," he said.' }] });
      assert.equal(await ed.body.getAttribute('dir'), 'rtl');
    });
  });

  test('the context menu runs the same commands: heading, then bold, from a right click', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type(TEXT);
      await ed.body.locator('p').click({ button: 'right' });
      const menu = ed.page.locator('.editor-context-menu');
      await menu.waitFor();
      await menu.locator('[data-command="heading-2"]').click();
      await ed.blocks('h2').waitFor();
      await ed.page.keyboard.press('Shift+Home');
      await ed.body.locator('h2').click({ button: 'right' });
      await menu.locator('[data-command="bold"]').click();
      const body = await ed.stored((b) => b[0]?.type === 'heading');
      assert.equal(body[0]?.type, 'heading');
      assert.equal(await menu.count(), 0, 'the menu closes after a command');
    });
  });

  test('a long article: the top paints first, far chunks wait off the page, and typing at the end is kept', async () => {
    const long = Array.from({ length: 1200 }, (_, i) => ({ type: 'paragraph' as const, children: [{ text: `الفقرة رقم ${i + 1} من تقرير طويل عن الوضع الميداني.` }] }));
    const ed = await openBodyEditor(browser(), long);
    try {
      await ed.body.locator('p').first().waitFor();
      // More in tests/e2e/editor-large.test.ts.
      assert.ok((await ed.body.locator('p').count()) < 1200, 'chunks far from the screen are not mounted');
      await ed.focusEnd();
      await ed.type(' انتهى');
      const body = await ed.stored((b) => textOf(b[1199]).endsWith('انتهى'));
      assert.equal(body.length, 1200);
      assert.equal(textOf(body[1199]), 'الفقرة رقم 1200 من تقرير طويل عن الوضع الميداني. انتهى');
    } finally {
      await ed.close();
    }
  });

  test('every toolbar button can be reached by keyboard and has an Arabic label', async () => {
    await withEditor(async (ed) => {
      const labels = await ed.page.locator('.editor-toolbar button').evaluateAll((buttons) =>
        buttons.map((b) => ({ label: b.getAttribute('aria-label') ?? '', tabbable: (b as HTMLButtonElement).tabIndex >= 0 })),
      );
      assert.ok(labels.length >= 20);
      for (const { label, tabbable } of labels) {
        assert.match(label, /[\u0600-\u06FF]/, `Arabic label: ${label}`);
        assert.ok(tabbable);
      }
    });
  });
});
