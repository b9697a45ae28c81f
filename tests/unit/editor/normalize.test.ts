// The normalizer keeps every body valid per the article schema, keeping the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBody } from '../../../electron/common/document/schema';
import { editorWith, li, p, td, tr } from './helpers';

const HASH = 'a'.repeat(64);

const fixtures: { name: string; input: unknown[]; output: unknown[] }[] = [
  { name: 'an empty body gets one empty paragraph', input: [], output: [p('')] },
  {
    name: 'unknown marks are stripped, known ones kept',
    input: [{ type: 'paragraph', children: [{ text: 'خبر عاجل', bold: true, color: 'red', fontFamily: 'Comic Sans' }] }],
    output: [{ type: 'paragraph', children: [{ text: 'خبر عاجل', bold: true }] }],
  },
  {
    name: 'unknown attributes on a block are stripped',
    input: [{ type: 'paragraph', level: 2, style: 'x', dir: 'ltr', children: [{ text: 'Reuters' }] }],
    output: [p('Reuters', { dir: 'ltr' })],
  },
  {
    name: 'an invalid direction is dropped',
    input: [{ type: 'paragraph', dir: 'sideways', children: [{ text: 'نص' }] }],
    output: [p('نص')],
  },
  {
    name: 'a javascript: link is unwrapped to its text',
    input: [{ type: 'paragraph', children: [{ text: 'اضغط ' }, { type: 'link', href: 'javascript:alert(1)', children: [{ text: 'هنا' }] }, { text: '' }] }],
    output: [p('اضغط هنا')],
  },
  {
    name: 'a safe link is kept as an inline',
    input: [{ type: 'paragraph', children: [{ text: 'المصدر: ' }, { type: 'link', href: 'https://example.com/a', children: [{ text: 'الوكالة' }] }, { text: '' }] }],
    output: [{ type: 'paragraph', children: [{ text: 'المصدر: ' }, { type: 'link', href: 'https://example.com/a', children: [{ text: 'الوكالة' }] }, { text: '' }] }],
  },
  {
    name: 'a list holds only list items: paragraphs and stray text become items',
    input: [{ type: 'bulleted-list', children: [p('أولًا'), { text: 'ثانيًا' }, li('ثالثًا')] }],
    output: [{ type: 'bulleted-list', children: [li('أولًا'), li('ثانيًا'), li('ثالثًا')] }],
  },
  {
    name: 'a nested list is flattened into its parent',
    input: [{ type: 'numbered-list', children: [li('واحد'), { type: 'bulleted-list', children: [li('اثنان')] }] }],
    output: [{ type: 'numbered-list', children: [li('واحد'), li('اثنان')] }],
  },
  { name: 'an empty list is removed', input: [p('قبل'), { type: 'bulleted-list', children: [] }], output: [p('قبل')] },
  { name: 'a list item outside a list is wrapped in one', input: [li('بند')], output: [{ type: 'bulleted-list', children: [li('بند')] }] },
  {
    name: 'a ragged table is padded to a rectangle',
    input: [{ type: 'table', children: [tr(td('المحافظة', true), td('العدد', true)), tr(td('دمشق'))] }],
    output: [{ type: 'table', children: [tr(td('المحافظة', true), td('العدد', true)), tr(td('دمشق'), td(''))] }],
  },
  {
    name: 'a paragraph directly in a table row becomes a cell',
    input: [{ type: 'table', children: [tr(td('أ'), p('ب'))] }],
    output: [{ type: 'table', children: [tr(td('أ'), td('ب'))] }],
  },
  {
    name: 'a paragraph inside a paragraph is unwrapped, keeping the words',
    input: [{ type: 'paragraph', children: [{ text: 'بداية ' }, p('وسط'), { text: ' نهاية' }] }],
    output: [p('بداية وسط نهاية')],
  },
  {
    name: 'a figure without a valid asset keeps its caption as a paragraph',
    input: [{ type: 'figure', asset: '../../etc/passwd', alt: 'x', children: [{ text: 'تعليق' }] }],
    output: [p('تعليق')],
  },
  {
    name: 'a figure gets an alt attribute',
    input: [{ type: 'figure', asset: HASH, children: [{ text: 'تعليق' }] }],
    output: [{ type: 'figure', asset: HASH, alt: '', children: [{ text: 'تعليق' }] }],
  },
  {
    name: 'a divider holds one empty text',
    input: [{ type: 'divider', children: [{ text: 'كلام' }, { text: 'زائد' }] }],
    output: [{ type: 'divider', children: [{ text: '' }] }],
  },
  { name: 'an unknown block type becomes a paragraph', input: [{ type: 'marquee', children: [{ text: 'مرحبا' }] }], output: [p('مرحبا')] },
  { name: 'bare text at the top is wrapped in a paragraph', input: [{ text: 'سطر' }], output: [p('سطر')] },
  {
    name: 'a heading with a bad level becomes level 2',
    input: [{ type: 'heading', level: 1, children: [{ text: 'عنوان' }] }],
    output: [{ type: 'heading', level: 2, children: [{ text: 'عنوان' }] }],
  },
];

for (const { name, input, output } of fixtures) {
  test(name, () => {
    const editor = editorWith(input);
    assert.deepEqual(editor.children, output);
    assert.doesNotThrow(() => validateBody(editor.children));
  });
}

test('a hostile mixed body normalizes to something the schema accepts', () => {
  const editor = editorWith([
    { type: 'table', children: [{ type: 'bulleted-list', children: [li('x')] }, tr(td('a'), td('b'), td('c'))] },
    { type: 'paragraph', children: [{ type: 'divider', children: [{ text: '' }] }, { text: 'y', font: 'x' }] },
    { type: 'table-row', children: [td('يتيم')] },
    { type: 'link', href: 'https://a.example', children: [{ text: 'رابط يتيم' }] },
  ]);
  assert.doesNotThrow(() => validateBody(editor.children));
});
