import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sanitizeToBody } from '../../../electron/services/import/sanitize';
import { htmlToBlocks } from '../../../electron/common/import/html-to-blocks';

const WORD = readFileSync(new URL('../../fixtures/import/word-clipboard-ar.html', import.meta.url), 'utf8');

test("Word's clipboard HTML pastes as real lists, marks, a header row and per-block direction", () => {
  const report = { imagesDropped: 0 };
  const blocks = htmlToBlocks(sanitizeToBody(WORD), {}, report);
  assert.deepEqual(blocks, [
    { type: 'paragraph', children: [{ text: 'اجتماع وزراء الخارجية العرب في القاهرة', bold: true }] },
    {
      type: 'paragraph',
      children: [
        { text: 'عقد وزراء الخارجية العرب اجتماعهم الدوري في مقر الجامعة العربية، وناقشوا ' },
        { text: 'جدول أعمال', italic: true },
        { text: ' يتضمن عدة ملفات، أبرزها:' },
      ],
    },
    {
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'الأوضاع الإنسانية في المنطقة.' }] },
        { type: 'list-item', children: [{ text: 'التعاون الاقتصادي ' }, { text: 'والتجارة البينية', bold: true }, { text: '.' }] },
        { type: 'list-item', children: [{ text: 'أمن الملاحة في البحر الأحمر.' }] },
      ],
    },
    { type: 'paragraph', children: [{ text: 'وخرج الاجتماع بالتوصيات التالية:' }] },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'تشكيل لجنة متابعة دائمة.' }] },
        { type: 'list-item', children: [{ text: 'عقد قمة طارئة ' }, { text: 'قبل نهاية العام', underline: true }, { text: '.' }] },
      ],
    },
    { type: 'paragraph', dir: 'ltr', children: [{ text: '“We agreed on a common position,” the minister said.' }] },
    {
      type: 'table',
      children: [
        { type: 'table-row', children: [
          { type: 'table-cell', header: true, children: [{ text: 'الملف' }] },
          { type: 'table-cell', header: true, children: [{ text: 'القرار' }] },
        ] },
        { type: 'table-row', children: [
          { type: 'table-cell', children: [{ text: 'الملاحة' }] },
          { type: 'table-cell', children: [{ text: 'تشكيل قوة مشتركة' }] },
        ] },
      ],
    },
    {
      type: 'paragraph',
      children: [
        { text: 'ويُنتظر أن تُعرض التوصيات على القادة في ' },
        { type: 'link', href: 'https://example.org/summit', children: [{ text: 'القمة المقبلة' }] },
        { text: '.' },
      ],
    },
  ]);
  assert.equal(report.imagesDropped, 1, 'the file:// clipboard image is dropped, never read');
});

test('Word list paragraphs of different lists, and bullets written as "o" or "§", stay apart and bulleted', () => {
  const item = (lfo: string, marker: string, text: string) =>
    `<p class=MsoListParagraph style='mso-list:l0 level1 ${lfo}'><span style='mso-list:Ignore'>${marker}<span>&nbsp; </span></span>${text}</p>`;
  const blocks = htmlToBlocks(sanitizeToBody(item('lfo1', 'o', 'أ') + item('lfo1', '§', 'ب') + item('lfo2', 'أ.', 'ج')));
  assert.deepEqual(blocks.map((b) => [b.type, b.children.length]), [['bulleted-list', 2], ['numbered-list', 1]]);
});

test('Google Docs wraps a paste in <b style="font-weight:normal">: that is not bold', () => {
  const html = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="rtl"><span style="font-weight:400">نص عادي </span><span style="font-weight:700">ونص عريض</span></p></b>';
  assert.deepEqual(htmlToBlocks(sanitizeToBody(html)), [
    { type: 'paragraph', children: [{ text: 'نص عادي ' }, { text: 'ونص عريض', bold: true }] },
  ]);
});
