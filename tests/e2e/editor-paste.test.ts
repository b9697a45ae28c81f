// Paste: a web page, Word's clipboard HTML, plain text and hostile HTML all arrive as
// the article model and nothing else: no script runs, no style or font survives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { validateBody } from '../../electron/common/document/schema';
import type { Block, TableElement } from '../../electron/common/document/types';
import { editorSuite, textOf } from './editor-page';

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

describe('editor: paste', () => {
  const { withEditor } = editorSuite();

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
});
