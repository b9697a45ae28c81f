import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { textToArticle, textToBlocks } from '../../../electron/common/import/text';
import type { Block } from '../../../electron/common/document/types';

const SAMPLE = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');

const textOf = (b: Block): string =>
  b.children.map((c) => ('text' in c ? c.text : 'children' in c ? c.children.map((x) => ('text' in x ? x.text : '')).join('') : '')).join('');

test('the sample article: kicker, headline, standfirst, three headings, a five-item list, paragraphs in order', () => {
  const { meta, body } = textToArticle(SAMPLE);
  assert.equal(meta.kicker, 'تحركات عسكرية');
  assert.equal(meta.headline, 'صدام حفتر يجري مباحثات مع مسؤولين فرنسيين داخل قصر الإليزيه');
  assert.ok(meta.standfirst.startsWith('صدام حفتر يزور العاصمة الفرنسية باريس ضمن تحركات دبلوماسية'));
  assert.ok(meta.standfirst.endsWith('في ظل التحديات الراهنة التي تواجهها البلاد.'));

  assert.deepEqual(
    body.map((b) => b.type),
    ['heading', 'paragraph', 'heading', 'paragraph', 'bulleted-list', 'heading', 'paragraph', 'paragraph', 'paragraph'],
  );
  const headings = body.filter((b) => b.type === 'heading');
  assert.deepEqual(headings.map(textOf), [
    'أبعاد لقاء صدام حفتر في قصر الإليزيه',
    'دور القوات المسلحة في استقرار ليبيا',
    'مسارات التعاون بين صدام حفتر والجانب الفرنسي',
  ]);
  assert.ok(headings.every((h) => h.type === 'heading' && h.level === 2));

  const list = body.find((b) => b.type === 'bulleted-list');
  assert.ok(list && list.type === 'bulleted-list');
  assert.deepEqual(list.children.map((li) => textOf(li as unknown as Block)), [
    'تطوير برامج التدريب المشترك بين الكوادر العسكرية في البلدين.',
    'تبادل المعلومات الاستخباراتية المتعلقة بمكافحة التنظيمات المتطرفة.',
    'تأمين المنافذ الحدودية لمنع ممارسات الهجرة غير الشرعية والتهريب.',
    'تفعيل الاتفاقيات الأمنية المبرمة مسبقًا وتحديث بنودها الفنية.',
    'التنسيق اللوجستي لدعم عمليات الإعمار في المناطق المتضررة من النزاعات.',
  ]);

  const paragraphs = body.filter((b) => b.type === 'paragraph').map(textOf);
  assert.deepEqual(
    paragraphs.map((p) => p.split(' ').slice(0, 3).join(' ')),
    ['ركزت المباحثات التي', 'أكد المسؤولون الفرنسيون', 'يعد التنسيق بين', 'محور النقاش التفاصيل', 'ساهمت تحركات صدام'],
  );
});

test("the sample's flattened table stays one paragraph, its three lines kept as lines", () => {
  const { body } = textToArticle(SAMPLE);
  const table = body.map(textOf).find((t) => t.startsWith('محور النقاش'));
  assert.equal(
    table,
    'محور النقاش التفاصيل الرئيسية\n' +
      'الجانب الأمني تنسيق العمليات المشتركة لمراقبة الجنوب الليبي وتأمين الحدود الصحراوية.\n' +
      'الدعم السياسي دعم خارطة الطريق الدولية للوصول إلى مرحلة الانتخابات العامة.',
  );
});

test('Arabic text is kept exactly, apart from line endings, BOM and no-break spaces', () => {
  const crlf = '\uFEFF' + SAMPLE.replace(/\n/g, '\r\n').replace('صدام حفتر يزور', 'صدام\u00A0حفتر يزور');
  assert.deepEqual(textToArticle(crlf), textToArticle(SAMPLE));
  const withTashkeel = 'عنوانٌ\n\nفقرةٌ مُشكَّلة بالكامل، وفيها تطويـــل.';
  assert.equal(textToArticle(withTashkeel).meta.standfirst, 'فقرةٌ مُشكَّلة بالكامل، وفيها تطويـــل.');
});

test('the kicker is split at two dots only, and only off a short first part', () => {
  assert.equal(textToArticle('عاجل.. انفجار في الميناء').meta.kicker, 'عاجل');
  const ellipsis = textToArticle('وماذا بعد... سؤال ينتظر جوابًا');
  assert.equal(ellipsis.meta.kicker, '');
  assert.equal(ellipsis.meta.headline, 'وماذا بعد... سؤال ينتظر جوابًا');
  const colon = textToArticle('الرئيس: لن نتراجع عن الإصلاحات');
  assert.equal(colon.meta.kicker, '');
  const long = textToArticle('قال وزير الخارجية في مؤتمر صحفي عقده مساء أمس في العاصمة.. إن المفاوضات مستمرة');
  assert.equal(long.meta.kicker, '');
});

test('a short line with final punctuation, or inside a block, is not a heading', () => {
  const blocks = textToBlocks('سطر قصير ينتهي بنقطة.\n\nهل هذا سؤال؟\n\nعنوان فرعي\n\nسطر أول\nسطر ثانٍ');
  assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'paragraph', 'heading', 'paragraph']);
  assert.equal(textOf(blocks[3]!), 'سطر أول\nسطر ثانٍ');
});

test('bullets •, -, *, – and numbers 1. 1) ١. ١) make lists; markers are removed', () => {
  const blocks = textToBlocks('• أول\n- ثانٍ\n* ثالث\n– رابع\n\n1. واحد\n2) اثنان\n\n١. الأول\n٢) الثاني');
  assert.equal(blocks.length, 2);
  const [bullets, numbers] = blocks;
  assert.equal(bullets!.type, 'bulleted-list');
  assert.deepEqual(bullets!.children.map((li) => textOf(li as unknown as Block)), ['أول', 'ثانٍ', 'ثالث', 'رابع']);
  assert.equal(numbers!.type, 'numbered-list');
  assert.deepEqual(numbers!.children.map((li) => textOf(li as unknown as Block)), ['واحد', 'اثنان', 'الأول', 'الثاني']);
});

test('numbers and dashes inside prose do not start lists', () => {
  const blocks = textToBlocks('1.5 مليون دينار خُصصت للمشروع.\n\n-5 درجات تحت الصفر سُجلت ليلًا.\n\n2024 كان عامًا صعبًا.');
  assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph']);
});

test('a paragraph introducing a list in the same block is split from it', () => {
  const blocks = textToBlocks('أبرز النقاط ما يلي:\n• الأمن\n• الاقتصاد');
  assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'bulleted-list']);
});

test('tab-separated and markdown-pipe tables become tables; the pipe header row is marked', () => {
  const [tab] = textToBlocks('المدينة\tالسكان\nطرابلس\t1.1 مليون\nبنغازي\t0.8 مليون');
  assert.equal(tab!.type, 'table');
  assert.equal(tab!.children.length, 3);
  const [pipe] = textToBlocks('| المحور | التفاصيل |\n|---|---|\n| الأمن | تنسيق |');
  assert.ok(pipe && pipe.type === 'table');
  assert.equal(pipe.children[0]!.children[0]!.header, true);
  assert.equal(pipe.children[1]!.children[0]!.header, undefined);
  assert.equal(textOf(pipe.children[1]!.children[1] as unknown as Block), 'تنسيق');
});

test('markdown headings and dividers are understood', () => {
  const blocks = textToBlocks('## قسم\n\nنص.\n\n---\n\n### فرع');
  assert.deepEqual(blocks.map((b) => [b.type, 'level' in b ? b.level : undefined]), [
    ['heading', 2], ['paragraph', undefined], ['divider', undefined], ['heading', 3],
  ]);
});

test('the standfirst is the block after the title, even without a full stop, but never a list', () => {
  assert.equal(textToArticle('العنوان\n\nمقدمة قصيرة بلا نقطة\n\nنص.').meta.standfirst, 'مقدمة قصيرة بلا نقطة');
  const listFirst = textToArticle('العنوان\n\n• بند\n\nنص.');
  assert.equal(listFirst.meta.standfirst, '');
  assert.equal(listFirst.body[0]!.type, 'bulleted-list');
});

test('empty or blank text gives an empty article, not an error', () => {
  assert.deepEqual(textToArticle(' \n\r\n\t\n'), { meta: { kicker: '', headline: '', standfirst: '' }, body: [] });
  assert.deepEqual(textToBlocks(''), []);
});

test('text with no blank lines at all (one paragraph per line) still reads as an article', () => {
  const compact = SAMPLE.split('\n').filter((l) => l.trim()).join('\n');
  const { meta, body } = textToArticle(compact);
  const full = textToArticle(SAMPLE);
  assert.deepEqual(meta, full.meta);
  assert.equal(body.filter((b) => b.type === 'bulleted-list').length, 1);
  assert.equal(body.find((b) => b.type === 'bulleted-list')!.children.length, 5);
  // Without blank lines the flattened table's short first line stands alone, so it is
  // read as a heading; the three real section headings are still found.
  assert.deepEqual(body.filter((b) => b.type === 'heading').map(textOf).slice(0, 3), full.body.filter((b) => b.type === 'heading').map(textOf));
});
