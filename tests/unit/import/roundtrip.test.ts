import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { importHtml, importText } from '../../../electron/services/import/index';
import { articleToFragment, articleToHtml } from '../../../electron/common/serialize/html';
import type { ArticleMeta, Block } from '../../../electron/common/document/types';
import type { ImportedArticle } from '../../../electron/common/import/inline';

const SAMPLE = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
// A 1×1 PNG, so figures can make the trip too.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function asArticle(imported: ImportedArticle, byline = '') {
  const meta: ArticleMeta = {
    kicker: imported.meta.kicker,
    headline: imported.meta.headline,
    standfirst: imported.meta.standfirst,
    byline,
    section: 'سياسة',
    tags: ['ليبيا', 'فرنسا'],
    slug: '',
    status: 'draft',
    language: 'ar',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return { meta, body: imported.body };
}

/** A library in a Map: SHA-256 names, bytes kept, so export can embed them again. */
function library() {
  const assets = new Map<string, Uint8Array>();
  const putAsset = (bytes: Uint8Array) => {
    const hash = createHash('sha256').update(bytes).digest('hex');
    assets.set(hash, bytes);
    return hash;
  };
  const dataUrl = (hash: string) => `data:image/png;base64,${Buffer.from(assets.get(hash)!).toString('base64')}`;
  return { assets, putAsset, dataUrl };
}

test('the sample: text import → standalone HTML export → HTML import gives the same meta and body', async () => {
  const first = importText(SAMPLE);
  const html = articleToHtml(asArticle(first, 'مراسل قلم'));
  const again = await importHtml(html);
  assert.deepEqual(
    { kicker: again.meta.kicker, headline: again.meta.headline, standfirst: again.meta.standfirst },
    { kicker: first.meta.kicker, headline: first.meta.headline, standfirst: first.meta.standfirst },
  );
  assert.equal(again.meta.byline, 'مراسل قلم');
  assert.deepEqual(again.body, first.body);
});

test('every block kind, marks, links, directions and a figure survive fragment export and re-import', async () => {
  const lib = library();
  const asset = lib.putAsset(PNG);
  const body: Block[] = [
    { type: 'heading', level: 2, children: [{ text: 'قسم' }] },
    { type: 'heading', level: 3, children: [{ text: 'فرع' }] },
    {
      type: 'paragraph',
      children: [
        { text: 'نص ' },
        { text: 'عريض', bold: true },
        { text: ' و' },
        { text: 'مائل تحته خط', italic: true, underline: true },
        { text: ' مع ' },
        { type: 'link', href: 'https://example.org/a?b=1&c=2', children: [{ text: 'رابط' }] },
        { text: '\nوسطر ثانٍ <ليس وسمًا> & رموز' },
      ],
    },
    { type: 'paragraph', dir: 'ltr', children: [{ text: 'An English quote, kept left to right.' }] },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'أول' }] }, { type: 'list-item', children: [{ text: 'ثانٍ' }] }] },
    { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'واحد' }] }] },
    { type: 'blockquote', children: [{ text: 'اقتباس' }] },
    { type: 'pull-quote', children: [{ text: 'اقتباس بارز' }] },
    {
      type: 'table',
      children: [
        { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'المحور' }] }, { type: 'table-cell', header: true, children: [{ text: 'التفاصيل' }] }] },
        { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'الأمن' }] }, { type: 'table-cell', children: [{ text: '' }] }] },
      ],
    },
    { type: 'figure', asset, alt: 'صورة الاجتماع', credit: 'وكالة الأنباء', children: [{ text: 'الوفدان في الإليزيه' }] },
    { type: 'divider', children: [{ text: '' }] },
    { type: 'paragraph', children: [{ text: 'خاتمة.' }] },
  ];
  const article = asArticle({ meta: { kicker: 'عاجل', headline: 'عنوان', standfirst: 'مقدمة' }, body });
  const fresh = library();
  const again = await importHtml(articleToFragment(article, { assetSrc: lib.dataUrl }), { putAsset: fresh.putAsset });
  assert.deepEqual(again.meta, { kicker: 'عاجل', headline: 'عنوان', standfirst: 'مقدمة', byline: '' });
  assert.deepEqual(again.body, body);
  assert.ok(fresh.assets.has(asset), 'the embedded image is stored again under the same hash');
});

test('asset:<hash> images come back only when the library has the asset', async () => {
  const fig: Block = { type: 'figure', asset: 'a'.repeat(64), alt: '', children: [{ text: 'تعليق' }] };
  const html = articleToFragment(asArticle({ meta: { kicker: '', headline: 'ع', standfirst: '' }, body: [fig] }));
  assert.deepEqual((await importHtml(html, { hasAsset: (h) => h === 'a'.repeat(64) })).body, [fig]);
  assert.deepEqual((await importHtml(html)).body, [{ type: 'paragraph', children: [{ text: 'تعليق' }] }]);
});
