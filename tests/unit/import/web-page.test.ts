import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { importHtml } from '../../../electron/services/import/index';
import { sanitizeToBody } from '../../../electron/services/import/sanitize';
import { htmlToBlocks } from '../../../electron/common/import/html-to-blocks';

const PAGE = readFileSync(new URL('../../fixtures/import/web-page-ar.html', import.meta.url), 'utf8');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('a whole news page: the article is taken, the page around it (nav, ads, sidebar, footer, scripts) dropped', async () => {
  const stored: string[] = [];
  const { meta, body, report } = await importHtml(PAGE, {
    putAsset: (bytes, mime) => {
      assert.equal(mime, 'image/png');
      stored.push(sha(bytes));
      return sha(bytes);
    },
  });
  assert.deepEqual(meta, {
    kicker: 'زراعة',
    headline: 'الحكومة تعلن خطة لدعم المزارعين في مواجهة الجفاف',
    standfirst: 'خطة بقيمة ملياري دينار تشمل قروضًا ميسرة وتوزيع بذور مقاومة للجفاف على صغار المزارعين خلال الموسم المقبل.',
    byline: 'بقلم: سارة المنصوري',
  });
  assert.deepEqual(body.map((b) => b.type), [
    'figure', 'paragraph', 'paragraph', 'heading', 'bulleted-list', 'heading', 'table', 'blockquote', 'paragraph',
  ]);
  assert.deepEqual(body[0], {
    type: 'figure',
    asset: stored[0],
    alt: 'حقل قمح جاف',
    credit: 'تصوير: أحمد علي',
    children: [{ text: 'حقول القمح في الجنوب تعاني من قلة الأمطار' }],
  });
  assert.equal(stored.length, 1, 'the logo and the remote chart are never stored');
  assert.equal(report.imagesDropped, 1, 'the remote chart inside the article is dropped, not fetched');
  assert.deepEqual(body[2], {
    type: 'paragraph',
    children: [
      { text: 'وقال الوزير إن الخطة ' },
      { text: 'تستهدف أكثر من مئة ألف مزارع', bold: true },
      { text: '، مشيرًا إلى أن التنفيذ سيبدأ ' },
      { type: 'link', href: 'https://agri.example.gov/plan', children: [{ text: 'الشهر المقبل' }] },
      { text: '.' },
    ],
  });
  const list = body[4]!;
  assert.ok(list.type === 'bulleted-list');
  assert.equal(list.children.length, 4, 'the nested item is flattened in after its parent');
  const table = body[6]!;
  assert.ok(table.type === 'table');
  assert.deepEqual(table.children.map((r) => r.children.map((c) => !!c.header)), [[true, true], [false, false], [false, false]]);
  const all = JSON.stringify(body);
  for (const junk of ['إعلان', 'الأكثر قراءة', 'جميع الحقوق', 'فيسبوك', 'الرئيسية', 'ملفات تعريف', 'loadAd', '/tag/']) {
    assert.ok(!all.includes(junk), `page chrome leaked into the body: ${junk}`);
  }
});

test('a page with no <article> or <main>: the densest run of paragraphs is the article', async () => {
  const para = 'هذه فقرة طويلة من نص المقال تتحدث عن الموضوع بالتفصيل الذي يحتاجه القارئ.';
  const html = `<div class="top"><p>رابط سريع</p></div>
    <div class="content"><p class="label">اقتصاد</p><h1>عنوان المقال</h1><p><b>مقدمة عريضة تلخص الخبر للقارئ في جملة واحدة مفيدة.</b></p><p>${para}</p><p>${para}</p></div>
    <div class="bottom"><p>حقوق النشر</p></div>`;
  const { meta, body } = await importHtml(html);
  assert.equal(meta.kicker, 'اقتصاد', 'a short label right before the headline is its kicker');
  assert.equal(meta.headline, 'عنوان المقال');
  assert.equal(meta.standfirst, 'مقدمة عريضة تلخص الخبر للقارئ في جملة واحدة مفيدة.', 'a bold first paragraph is the lead');
  assert.deepEqual(body.map((b) => b.type), ['paragraph', 'paragraph']);
});

test('an h1 with ".." gives the kicker when the page has none of its own', async () => {
  const { meta } = await importHtml('<article><h1>تحركات عسكرية.. صدام حفتر في باريس</h1><p>نص.</p></article>');
  assert.deepEqual([meta.kicker, meta.headline], ['تحركات عسكرية', 'صدام حفتر في باريس']);
});

test('pasting HTML into the body: h1 becomes a section heading, h4–h6 level 3, nothing becomes meta', () => {
  const blocks = htmlToBlocks(sanitizeToBody('<h1>أ</h1><h2>ب</h2><h3>ج</h3><h5>د</h5><p>نص <em>مائل</em></p>'));
  assert.deepEqual(blocks, [
    { type: 'heading', level: 2, children: [{ text: 'أ' }] },
    { type: 'heading', level: 2, children: [{ text: 'ب' }] },
    { type: 'heading', level: 3, children: [{ text: 'ج' }] },
    { type: 'heading', level: 3, children: [{ text: 'د' }] },
    { type: 'paragraph', children: [{ text: 'نص ' }, { text: 'مائل', italic: true }] },
  ]);
});

test('relative links keep their link only when the page address is known', async () => {
  const html = '<article><h1>ع</h1><p><a href="/news/1">خبر</a></p></article>';
  const without = await importHtml(html);
  assert.deepEqual(without.body, [{ type: 'paragraph', children: [{ text: 'خبر' }] }]);
  const withBase = await importHtml(html, { baseUrl: 'https://paper.example/ar/' });
  assert.deepEqual(withBase.body, [
    { type: 'paragraph', children: [{ type: 'link', href: 'https://paper.example/news/1', children: [{ text: 'خبر' }] }] },
  ]);
});

test('one-column layout tables unwrap; spanning cells keep the grid; empty paragraphs vanish', () => {
  const blocks = htmlToBlocks(sanitizeToBody(
    '<table><tr><td><p>فقرة داخل جدول تخطيط</p><p>&nbsp;</p></td></tr></table>' +
    '<table><tr><th colspan="2">عنوان ممتد</th></tr><tr><td>أ</td><td>ب</td></tr></table><p> </p>',
  ));
  assert.deepEqual(blocks, [
    { type: 'paragraph', children: [{ text: 'فقرة داخل جدول تخطيط' }] },
    {
      type: 'table',
      children: [
        { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'عنوان ممتد' }] }, { type: 'table-cell', header: true, children: [{ text: '' }] }] },
        { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'أ' }] }, { type: 'table-cell', children: [{ text: 'ب' }] }] },
      ],
    },
  ]);
});

test('a "lead" image is not a standfirst; without a lead the first paragraph stays body copy', async () => {
  const html = '<article><h1>عنوان</h1><figure class="lead-image"><img src="https://cdn.example/x.jpg"><figcaption>تعليق الصورة الرئيسية</figcaption></figure><p>أول فقرة من المقال.</p></article>';
  const { meta, body } = await importHtml(html);
  assert.equal(meta.standfirst, '');
  assert.deepEqual(body.map((b) => b.type === 'paragraph' && b.children[0]), [{ text: 'تعليق الصورة الرئيسية' }, { text: 'أول فقرة من المقال.' }]);
});

test('direction set on a wrapper reaches the blocks inside it; the article direction is left implicit', async () => {
  const html = '<article dir="rtl"><h1>ع</h1><p>عربي</p><div dir="ltr"><p>English</p><ul><li>one</li></ul></div></article>';
  const { body } = await importHtml(html);
  assert.deepEqual(body, [
    { type: 'paragraph', children: [{ text: 'عربي' }] },
    { type: 'paragraph', dir: 'ltr', children: [{ text: 'English' }] },
    { type: 'bulleted-list', dir: 'ltr', children: [{ type: 'list-item', children: [{ text: 'one' }] }] },
  ]);
});

test('images where the model holds only text (cells, list items, captions, headlines) are neither stored nor kept', async () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  let stored = 0;
  const html = `<article><h1><img src="${png}">عنوان</h1>
    <table><tr><td><img src="${png}">ليبيا</td><td>١</td></tr></table>
    <ul><li><img src="${png}">بند</li></ul>
    <figure><img src="${png}"><figcaption><img src="${png}">تعليق</figcaption></figure></article>`;
  const { meta, body, report } = await importHtml(html, { putAsset: () => (stored++, 'c'.repeat(64)) });
  assert.equal(meta.headline, 'عنوان');
  assert.deepEqual(body.map((b) => b.type), ['table', 'bulleted-list', 'figure']);
  assert.equal(stored, 1, 'only the figure image is stored');
  assert.equal(report.imagesDropped, 3, 'the cell, item and caption images are counted as dropped');
});

test('page chrome rules never eat the copy: a body box with a share-like class, a date inside a sentence, a pull quote', async () => {
  const para = 'فقرة من متن المقال فيها ما يكفي من النص لتكون جزءًا حقيقيًا من الخبر المنشور اليوم.';
  const html = `<article><h1>عنوان</h1><p class="byline-date"><time>أمس</time></p>
    <div class="entry-content share-enabled"><p>${para}</p><p>اجتمع الوزراء يوم <time datetime="2026-03-02">الاثنين</time> في العاصمة.</p>
    <aside class="pullquote">«لن نتراجع»</aside><p>${para}</p></div>
    <div class="share-box"><p>شارك</p></div></article>`;
  const { body } = await importHtml(html);
  assert.deepEqual(body.map((b) => b.type), ['paragraph', 'paragraph', 'pull-quote', 'paragraph']);
  assert.deepEqual(body[1], { type: 'paragraph', children: [{ text: 'اجتمع الوزراء يوم الاثنين في العاصمة.' }] });
  assert.deepEqual(body[2], { type: 'pull-quote', children: [{ text: '«لن نتراجع»' }] });
});

test('paragraphs separated only by <br><br> inside one element become separate paragraphs', () => {
  const blocks = htmlToBlocks(sanitizeToBody('<div>الفقرة الأولى<br>وسطرها الثاني<br><br>الفقرة <b>الثانية</b><br> <br>الثالثة</div>'));
  assert.deepEqual(blocks, [
    { type: 'paragraph', children: [{ text: 'الفقرة الأولى\nوسطرها الثاني' }] },
    { type: 'paragraph', children: [{ text: 'الفقرة ' }, { text: 'الثانية', bold: true }] },
    { type: 'paragraph', children: [{ text: 'الثالثة' }] },
  ]);
});

test('a figure whose first image is remote gives its caption and credit to the first image that can be kept', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const html = `<figure><img src="https://cdn.example/a.jpg"><img src="${png}" alt="ب"><figcaption>تعليق <span class="credit">تصوير: فلان</span></figcaption></figure>`;
  assert.deepEqual(htmlToBlocks(sanitizeToBody(html), { putAsset: () => 'd'.repeat(64) }), [
    { type: 'figure', asset: 'd'.repeat(64), alt: 'ب', credit: 'تصوير: فلان', children: [{ text: 'تعليق' }] },
  ]);
});
