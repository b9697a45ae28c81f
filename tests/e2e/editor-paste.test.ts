// Paste: a web page, Word's clipboard HTML, plain text and hostile HTML all arrive as
// the article model and nothing else: no script runs, no style or font survives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { validateBody } from '../../electron/common/document/schema';
import type { Block, TableElement } from '../../electron/common/document/types';
import { editorSuite, textOf } from './editor-page';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile/index';

const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const types = (body: Block[]) => body.map((b) => b.type);

const HOSTILE = `
<style>body { display: none } p { font-family: "Comic Sans MS" }</style>
<script>window.__pwned = 'script'</script>
<p style="font-family: Wingdings; color: red" onclick="window.__pwned='onclick'">فقرة <b>عادية</b> بخط غريب</p>
<img src="x" onerror="window.__pwned='onerror'">
<svg onload="window.__pwned='svg'"><circle r="4"/></svg>
<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>
<a href="javascript:window.__pwned='href'">رابط خبيث</a>
<a href="https://example.com/safe">رابط سليم</a>
<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>
<form action="https://evil.example"><input value="x"><button>إرسال</button></form>
<object data="javascript:window.__pwned='object'"></object>
<link rel="stylesheet" href="https://evil.example/x.css">
<font face="Comic Sans MS">خط قديم</font>
`;

// What Chromium puts on the clipboard when a web page or Word is copied: inline styles
// on every element, plus the <style>, <script> and handlers a page or Word brings along.
const STYLED = `<meta charset="utf-8"><style>p.MsoNormal { margin: 0 }</style>
<script>window.__pwned = 'script'</script>
<h2 style="color: rgb(32, 33, 36); font-family: Arial; font-size: 24px">عنوان بخط الموقع</h2>
<p class="MsoNormal" dir="rtl" style="margin: 0cm; font-family: 'Simplified Arabic'; mso-bidi-language: AR-SA">
<span style="font-weight: 700">أعلنت الوزارة</span> اليوم <span style="font-style: italic; color: red">خطة جديدة</span>.</p>
<img src="x" onerror="window.__pwned = 'onerror'" style="width: 10px">
<p style="display: none">نص مخفي</p>`;

describe('editor: paste', () => {
  // Every paste here also fails on an uncaught page error or a CSP report: the paste
  // path must parse what it is given without the page's CSP ever seeing a style or a
  // handler (a report per paste would hide real CSP problems in the desktop app).
  const { withEditor } = editorSuite({ noProblems: true });

  test("Chromium's styled clipboard HTML: no CSP report, no style or script, bold and italic kept", async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ html: STYLED, text: 'نص بديل' });
      await ed.blocks('h2').first().waitFor();
      const body = await ed.stored((b) => JSON.stringify(b).includes('خطة جديدة'));
      assert.doesNotThrow(() => validateBody(body));
      assert.deepEqual(ed.problems, [], 'the page logged no errors or CSP reports');
      assert.equal(await ed.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
      const rendered = await ed.body.evaluate((el) => el.innerHTML);
      assert.doesNotMatch(rendered, /<script|<style|<img|onerror|Simplified Arabic|rgb\(|color: red|mso-/i);
      const json = JSON.stringify(body);
      assert.ok(!json.includes('نص مخفي'), 'hidden text stays hidden');
      assert.ok(!json.includes('MsoNormal') && !json.includes('font-family'), 'no class or style in the model');
      const para = body.find((b) => textOf(b).includes('أعلنت الوزارة'));
      assert.ok(para && 'children' in para, `types: ${types(body).join(',')}`);
      const runs = para.children as { text: string; bold?: boolean; italic?: boolean }[];
      assert.ok(runs.some((r) => r.text.includes('أعلنت الوزارة') && r.bold), 'bold set by style is kept as bold');
      assert.ok(runs.some((r) => r.text.includes('خطة جديدة') && r.italic), 'italic set by style is kept as italic');
    });
  });

  test('a web page: headings, paragraphs, lists and the table with its header row', async () => {
    const html = await fixture('web-page-ar.html');
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ html, text: 'نص بديل' });
      await ed.blocks('ul > li').first().waitFor();
      const body = await ed.stored((b) => b.some((x) => x.type === 'bulleted-list'));
      assert.doesNotThrow(() => validateBody(body));
      assert.ok(types(body).includes('heading'), `types: ${types(body).join(',')}`);
      const list = body.find((b) => b.type === 'bulleted-list');
      assert.ok(list && list.children.some((li) => textOf(li as never).includes('قروض ميسرة')));
      const table = body.find((b) => b.type === 'table') as TableElement | undefined;
      assert.ok(table, 'the table arrives as a table');
      assert.deepEqual(table.children[0]!.children.map((c) => [textOf(c as never), c.header]), [['البند', true], ['المبلغ', true]]);
      assert.ok(!JSON.stringify(body).includes('نص بديل'), 'HTML wins over the plain text flavour');
    });
  });

  test("Word's clipboard HTML: list paragraphs become lists, the table keeps its header row", async () => {
    const html = await fixture('word-clipboard-ar.html');
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ html });
      await ed.blocks('li').first().waitFor();
      const body = await ed.stored((b) => b.some((x) => x.type === 'bulleted-list' || x.type === 'numbered-list'));
      assert.doesNotThrow(() => validateBody(body));
      assert.ok(types(body).some((t) => t === 'bulleted-list' || t === 'numbered-list'), `types: ${types(body).join(',')}`);
      assert.ok(!JSON.stringify(body).includes('·'), 'no Word bullet characters left in the text');
      const table = body.find((b) => b.type === 'table') as TableElement | undefined;
      assert.ok(table, 'the table arrives as a table');
      assert.ok(table.children[0]!.children.every((c) => c.header === true), 'header row kept');
      const rendered = await ed.body.evaluate((el) => el.innerHTML);
      assert.doesNotMatch(rendered, /Simplified Arabic|mso-|MsoNormal/);
    });
  });

  test('plain text follows the text importer: paragraphs by blank lines, a bulleted list', async () => {
    const text = 'الفقرة الأولى من الخبر.\n\nالفقرة الثانية، وفيها تفاصيل أكثر.\n\n- البند الأول\n- البند الثاني\n';
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ text });
      await ed.blocks('li').first().waitFor();
      const body = await ed.stored((b) => b.some((x) => x.type === 'bulleted-list'));
      assert.equal(textOf(body[0]), 'الفقرة الأولى من الخبر.');
      assert.equal(textOf(body[1]), 'الفقرة الثانية، وفيها تفاصيل أكثر.');
      assert.deepEqual(body[2], {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'البند الأول' }] },
          { type: 'list-item', children: [{ text: 'البند الثاني' }] },
        ],
      });
    });
  });

  test('one line of plain text is typed in place, inside the paragraph', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('قال ');
      await ed.paste({ text: 'وزير الخارجية' });
      await ed.type(' اليوم');
      const body = await ed.stored((b) => textOf(b[0]).endsWith('اليوم'));
      assert.deepEqual(body, [{ type: 'paragraph', children: [{ text: 'قال وزير الخارجية اليوم' }] }]);
    });
  });

  test('hostile HTML: the canary never fires, no script, style, font or handler survives', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ html: HOSTILE });
      await ed.blocks('a[href="https://example.com/safe"]').waitFor();
      // Give anything that might have been smuggled in the time to run.
      await ed.page.waitForTimeout(500);
      assert.equal(await ed.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
      const html = await ed.body.evaluate((el) => el.innerHTML);
      assert.doesNotMatch(html, /<script|<style|<iframe|<svg|<object|<form|<img|onerror|onclick|onload|javascript:/i);
      assert.doesNotMatch(html, /Comic Sans|Wingdings|font-family|color: red/i);
      const visible = await ed.page.evaluate(() => getComputedStyle(document.body).display);
      assert.notEqual(visible, 'none');
      const body = await ed.stored((b) => JSON.stringify(b).includes('رابط سليم'));
      assert.doesNotThrow(() => validateBody(body));
      const json = JSON.stringify(body);
      assert.ok(json.includes('فقرة ') && json.includes('عادية'), 'the words are kept');
      assert.ok(!json.includes('javascript'), 'the javascript: link lost its link');
      assert.ok(json.includes('رابط خبيث'), '…but kept its words');
    });
  });

  test(`none of the ${HOSTILE_PAYLOADS.length} known hostile payloads makes a pasting page report or run anything`, async () => {
    await withEditor(async (ed) => {
      const dialogs: string[] = [];
      ed.page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await ed.focusEnd();
      for (const payload of HOSTILE_PAYLOADS) await ed.paste({ html: payload.html });
      await ed.paste({ html: '<p>آخر لصق</p>' });
      await ed.stored((b) => JSON.stringify(b).includes('آخر لصق'));
      assert.deepEqual(dialogs, []);
      assert.deepEqual(ed.problems, [], 'the page logged no errors or CSP reports');
    });
  });
});
