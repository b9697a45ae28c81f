import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { articleToFragment, articleToHtml, blocksToHtml, EXPORT_CSP } from '../../../electron/common/serialize/html';
import { articleToText, blocksToText } from '../../../electron/common/serialize/text';
import { localizeDigits } from '../../../electron/common/arabic/digits';
import type { Article, Block } from '../../../electron/common/document/types';

const HASH = 'a'.repeat(64);
const body: Block[] = [
  { type: 'paragraph', children: [{ text: 'نص ' }, { text: 'عريض', bold: true }, { text: ' و' }, { type: 'link', href: 'https://example.com/?a=1&b=2', children: [{ text: 'رابط' }] }] },
  { type: 'heading', level: 2, children: [{ text: 'عنوان فرعي' }] },
  { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'أول' }] }, { type: 'list-item', children: [{ text: 'ثان' }] }] },
  { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'واحد' }] }] },
  { type: 'blockquote', children: [{ text: 'اقتباس' }] },
  { type: 'pull-quote', children: [{ text: 'اقتباس بارز' }] },
  { type: 'paragraph', dir: 'ltr', children: [{ text: 'An English quote' }] },
  {
    type: 'table',
    children: [
      { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'محور النقاش' }] }, { type: 'table-cell', header: true, children: [{ text: 'التفاصيل' }] }] },
      { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'الجانب الأمني' }] }, { type: 'table-cell', children: [{ text: 'تنسيق' }] }] },
    ],
  },
  { type: 'figure', asset: HASH, alt: 'صورة "الوفد"', credit: 'رويترز', children: [{ text: 'الوفد في باريس' }] },
  { type: 'divider', children: [{ text: '' }] },
];
const article: Article = {
  id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
  revision: '',
  meta: {
    kicker: 'تحركات عسكرية', headline: 'صدام حفتر في <الإليزيه>', standfirst: 'مقدمة', byline: 'فاطمة',
    section: 'دولي', tags: ['ليبيا', 'فرنسا'], slug: '', status: 'draft', language: 'ar',
    createdAt: '2026-11-29T00:00:00.000Z', updatedAt: '2026-11-29T00:00:00.000Z',
  },
  body,
};

test('standalone document: lang/dir, strict CSP with no script source, escaped title, header parts', () => {
  const html = articleToHtml(article);
  const doc = new JSDOM(html).window.document;
  assert.equal(doc.documentElement.lang, 'ar');
  assert.equal(doc.documentElement.dir, 'rtl');
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  assert.equal(csp, EXPORT_CSP);
  assert.match(csp!, /default-src 'none'/);
  assert.doesNotMatch(csp!, /script-src/);
  assert.equal(doc.querySelector('h1')?.textContent, 'صدام حفتر في <الإليزيه>');
  assert.equal(doc.querySelector('header .kicker')?.textContent, 'تحركات عسكرية');
  assert.equal(doc.querySelector('header .standfirst')?.textContent, 'مقدمة');
  assert.equal(doc.querySelector('meta[name="keywords"]')?.getAttribute('content'), 'ليبيا, فرنسا');
  assert.equal(doc.querySelectorAll('script').length, 0);
});

test('blocks become semantic elements', () => {
  const doc = new JSDOM(`<body>${articleToFragment(article)}</body>`).window.document;
  const a = doc.querySelector('article')!;
  assert.equal(a.querySelector('p strong')?.textContent, 'عريض');
  assert.equal(a.querySelector('a')?.getAttribute('href'), 'https://example.com/?a=1&b=2');
  assert.equal(a.querySelector('a')?.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(a.querySelectorAll('ul > li').length, 2);
  assert.equal(a.querySelectorAll('ol > li').length, 1);
  assert.equal(a.querySelector('blockquote.pull-quote p')?.textContent, 'اقتباس بارز');
  assert.equal(a.querySelector('p[dir="ltr"]')?.textContent, 'An English quote');
  assert.equal(a.querySelectorAll('table > thead > tr > th[scope="col"]').length, 2);
  assert.equal(a.querySelectorAll('table > tbody > tr > td').length, 2);
  const img = a.querySelector('figure img')!;
  assert.equal(img.getAttribute('src'), `asset:${HASH}`);
  assert.equal(img.getAttribute('alt'), 'صورة "الوفد"');
  assert.equal(a.querySelector('figcaption .credit')?.textContent, 'رويترز');
  assert.equal(a.querySelectorAll('hr').length, 1);
});

test('an unsafe link that slipped past the schema is dropped, its text kept', () => {
  const html = blocksToHtml([{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ text: 'انقر' }] }] }]);
  assert.equal(html, '<p>انقر</p>');
});

test('text that looks like markup stays text', () => {
  const html = blocksToHtml([{ type: 'paragraph', children: [{ text: '<img src=x onerror=alert(1)> & "q"' }] }]);
  assert.equal(html, '<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>');
});

test('figure source comes from the caller (embedding as data: URL)', () => {
  const html = blocksToHtml([body[8]!], { assetSrc: (h) => `data:image/png;base64,${h.slice(0, 4)}` });
  assert.match(html, /src="data:image\/png;base64,aaaa"/);
});

test('digits: Arabic-Indic in Arabic prose, Latin numbers left alone', () => {
  assert.equal(localizeDigits('عام 2026 وصل COVID-19 إلى 3 مدن', 'arab'), 'عام ٢٠٢٦ وصل COVID-19 إلى ٣ مدن');
  assert.equal(localizeDigits('عام ٢٠٢٦', 'latn'), 'عام 2026');
  const html = blocksToHtml([{ type: 'paragraph', children: [{ text: 'في 2026' }] }], { digits: 'arab' });
  assert.equal(html, '<p>في ٢٠٢٦</p>');
});

test('plain text: kicker.. headline, lists with markers, table cells by tabs', () => {
  const text = articleToText(article);
  assert.ok(text.startsWith('تحركات عسكرية.. صدام حفتر في <الإليزيه>\n\nمقدمة\n\nفاطمة\n\n'));
  const bodyText = blocksToText(body);
  assert.match(bodyText, /• أول\n• ثان/);
  assert.match(bodyText, /1\. واحد/);
  assert.match(bodyText, /محور النقاش\tالتفاصيل/);
  assert.match(bodyText, /الوفد في باريس — رويترز/);
});
