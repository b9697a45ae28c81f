import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countText } from '../../../electron/common/arabic/count';
import { articleCountableText } from '../../../electron/common/serialize/text';
import type { Article, Block } from '../../../electron/common/document/types';
import { countArticle } from '../../../renderer/article/counts';

const sample = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
const paragraphs = sample.split(/\n+/).map((l) => l.trim()).filter(Boolean);

function article(body: Block[]): Pick<Article, 'meta' | 'body'> {
  return { meta: { kicker: 'عاجل', headline: 'تحركات عسكرية .. صدام حفتر في باريس', standfirst: ' ' } as Article['meta'], body };
}

const body: Block[] = [
  { type: 'heading', level: 2, children: [{ text: 'خلفية' }] },
  ...paragraphs.map((text): Block => ({ type: 'paragraph', children: [{ text }] })),
  { type: 'paragraph', children: [{ text: '   ' }] },
  { type: 'paragraph', children: [{ text: '' }] },
  { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'البند الأول' }] }, { type: 'list-item', children: [{ text: 'COVID-19 في 2024' }] }] },
  { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'أولاً' }] }] },
  { type: 'divider', children: [{ text: '' }] },
  {
    type: 'table',
    children: [{ type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'المدينة' }] }, { type: 'table-cell', children: [{ text: '١٢٬٥٠٠' }] }] }],
  },
  { type: 'paragraph', children: [{ text: 'راجع ' }, { type: 'link', href: 'https://example.com/', children: [{ text: 'الموقع', bold: true }] }, { text: ' الرسمي' }] },
] as Block[];

test('counting block by block gives exactly the count of the whole countable text', () => {
  const a = article(body);
  assert.deepEqual(countArticle(a), countText(articleCountableText(a)));
});

test('after an edit the changed block is counted anew and the rest come from memory, with the same total', () => {
  const before = countArticle(article(body));
  const edited = [...body];
  edited[3] = { type: 'paragraph', children: [{ text: `${paragraphs[2]} وأضاف مصدر آخر` }] };
  const after = countArticle(article(edited));
  assert.deepEqual(after, countText(articleCountableText(article(edited))));
  assert.equal(after.words, before.words + 3);
});
