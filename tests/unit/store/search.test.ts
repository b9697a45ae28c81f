import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../../electron/common/document/types';
import { bodyText } from '../../../electron/services/store/index';
import type { TempLibrary } from './helpers';
import { paragraph, sampleArticle, tempLibrary } from './helpers';

let t: TempLibrary;
let sample: Article;
let raw: Database.Database;

/** A plain FTS5 index with the default unicode61 tokenizer over the same raw text. */
function rawFinds(query: string): boolean {
  const terms = query.split(/\s+/).filter(Boolean).map((w) => `"${w.replaceAll('"', '""')}"*`);
  return (raw.prepare('SELECT count(*) AS n FROM raw WHERE raw MATCH ?').get(terms.join(' AND ')) as { n: number }).n > 0;
}

before(() => {
  t = tempLibrary();
  const { headline, body } = sampleArticle();
  // Other articles, so a hit is a choice and not the only row there is.
  t.lib.create({ meta: { headline: 'أسعار النفط ترتفع في الأسواق العالمية' }, body: [paragraph('ارتفعت أسعار خام برنت اليوم.')] });
  sample = t.lib.create({ meta: { headline, kicker: 'تحركات عسكرية' }, body });
  t.lib.create({ meta: { headline: 'منتخب المغرب يتأهل' }, body: [paragraph('فاز المنتخب في المباراة النهائية.')] });
  raw = new Database(':memory:');
  raw.exec("CREATE VIRTUAL TABLE raw USING fts5 (headline, body, tokenize = 'unicode61')");
  raw.prepare('INSERT INTO raw (headline, body) VALUES (?, ?)').run(headline, bodyText(body));
});
after(() => {
  raw.close();
  t.cleanup();
});

const ids = (query: string, foldTaMarbuta?: boolean) =>
  t.lib.search(foldTaMarbuta === undefined ? { query } : { query, foldTaMarbuta }).map((h) => h.id);

describe('Arabic search (must hold)', () => {
  // Each query differs from the sample's own spelling only in the way named.
  const cases: [string, string, string][] = [
    ['hamza seat ئ for ؤ', 'مسئولو', 'مسؤولو'],
    ['hamza seat, in a longer word', 'المسئولون', 'المسؤولون'],
    ['missing hamza on alef (إ)', 'الاليزيه', 'الإليزيه'],
    ['missing hamza on alef (أ)', 'اكد', 'أكد'],
    ['tashkeel', 'مُبَاحَثَاتٍ', 'مباحثات'],
    ['tashkeel with shadda', 'الفَرَنْسِيَّة', 'الفرنسية'],
    ['tatweel', 'بـــاريس', 'باريس'],
    ['alef maqsura ى for ي', 'الفرنسى', 'الفرنسي'],
    ['ya for alef maqsura', 'يسعي', 'يسعى'],
    ['ta marbuta written as ha', 'عسكريه', 'عسكرية'],
    ['several words at once', 'مسئولو قصر الاليزيه', 'مسؤولو قصر الإليزيه'],
  ];
  for (const [what, query, original] of cases) {
    test(`${what}: "${query}" finds the sample; a plain unicode61 index does not`, () => {
      assert.deepEqual(ids(query), [sample.id]);
      assert.equal(rawFinds(original), true, 'the plain index finds the exact spelling');
      assert.equal(rawFinds(query), false, 'the plain index misses the variant');
    });
  }
});

describe('search behaviour', () => {
  test('all words must match, each as a prefix', () => {
    assert.deepEqual(ids('حفتر باريس'), [sample.id]);
    assert.deepEqual(ids('حفتر النفط'), []);
    assert.deepEqual(ids('الفرنس'), [sample.id]);
  });

  test('ta marbuta folding can be turned off', () => {
    assert.deepEqual(ids('عسكريه', false), []);
    assert.deepEqual(ids('عسكرية', false), [sample.id]);
  });

  test('a headline match ranks above a body match', () => {
    const inBody = t.lib.create({ meta: { headline: 'خبر آخر' }, body: [paragraph('ذكر التقرير أسعار الذهب مرة واحدة.')] });
    const inHeadline = t.lib.create({ meta: { headline: 'أسعار الذهب' }, body: [paragraph('نص قصير.')] });
    assert.deepEqual(ids('الذهب'), [inHeadline.id, inBody.id]);
    t.lib.trash(inBody.id);
    t.lib.trash(inHeadline.id);
  });

  test('FTS5 syntax in what a person types never throws', () => {
    for (const q of ['"', '""', 'حفتر"', '*', 'NEAR(حفتر باريس)', 'حفتر AND', 'OR NOT', '(', 'headline:حفتر', '^حفتر', 'حفتر -باريس', "'; DROP TABLE articles; --", '\\', '']) {
      assert.doesNotThrow(() => t.lib.search({ query: q }), q);
    }
    // Not a column filter: two words, and no article has the word "headline".
    assert.deepEqual(ids('headline:حفتر'), []);
    assert.deepEqual(ids('"حفتر"'), [sample.id]);
    assert.deepEqual(ids('   ،؛؟ ..'), []);
  });

  test('the snippet is cut from the original text, tashkeel kept, with the match marked', () => {
    const a = t.lib.create({ meta: { headline: 'اختبار' }, body: [paragraph('قال إنَّ السّائقِين الفرنسيِّين وصلوا.')] });
    const [hit] = t.lib.search({ query: 'السائقين' });
    assert.equal(hit!.id, a.id);
    assert.deepEqual(hit!.snippet, [
      { text: 'قال إنَّ ', match: false },
      { text: 'السّائقِين', match: true },
      { text: ' الفرنسيِّين وصلوا.', match: false },
    ]);
    t.lib.trash(a.id);
  });

  test('a match inside a long paragraph gives a window around it with ellipses', () => {
    const [hit] = t.lib.search({ query: 'حفاوة' });
    assert.equal(hit!.id, sample.id);
    const s = hit!.snippet;
    assert.equal(s[0]!.text.startsWith('…'), true);
    assert.equal(s.at(-1)!.text.endsWith('…'), true);
    assert.deepEqual(s.filter((x) => x.match).map((x) => x.text), ['حفاوة']);
    assert.ok(s.map((x) => x.text).join('').includes('العاصمة الفرنسية حفاوة الاستقبال'));
  });

  test('every match in the snippet is marked, the word behind a clitic too', () => {
    const [hit] = t.lib.search({ query: 'الحدود' });
    assert.equal(hit!.id, sample.id);
    const marked = hit!.snippet.filter((x) => x.match).map((x) => x.text);
    // «… في حماية الحدود ومجابهة المخاطر الأمنية العابرة للحدود؛ …»
    assert.deepEqual(marked, ['الحدود', 'للحدود'], JSON.stringify(hit!.snippet));
  });

  test('trashed articles leave the search and come back when restored', () => {
    t.lib.trash(sample.id);
    assert.deepEqual(ids('حفتر'), []);
    t.lib.untrash(sample.id);
    assert.deepEqual(ids('حفتر'), [sample.id]);
  });

  test('a save re-indexes: old words go, new words come', () => {
    const a = t.lib.create({ meta: { headline: 'مسودة' }, body: [paragraph('كلمة قديمة')] });
    assert.deepEqual(ids('قديمة'), [a.id]);
    t.lib.save({ id: a.id, body: [paragraph('كلمة جديدة')], reason: 'autosave' });
    assert.deepEqual(ids('قديمة'), []);
    assert.deepEqual(ids('جديدة'), [a.id]);
    t.lib.trash(a.id);
  });
});
