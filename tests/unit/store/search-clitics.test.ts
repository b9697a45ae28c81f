// Search finds a word behind the clitics Arabic joins to it (و ف ب ك ل ال): an editor
// who searches «التهريب» expects the article that says «والتهريب».
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../../electron/common/document/types';
import { bodyText, matchExpression, openLibrary } from '../../../electron/services/store/index';
import { LATEST_VERSION, migrations } from '../../../electron/services/store/migrations/index';
import { indexedText } from '../../../electron/services/store/text';
import type { TempLibrary } from './helpers';
import { paragraph, sampleArticle, tempLibrary } from './helpers';

let t: TempLibrary;
let sample: Article;
const gov: Record<string, Article> = {};
const other: Record<string, Article> = {};

before(() => {
  t = tempLibrary();
  const { headline, body } = sampleArticle();
  sample = t.lib.create({ meta: { headline, kicker: 'تحركات عسكرية' }, body });
  const article = (headline: string, text: string) => t.lib.create({ meta: { headline }, body: [paragraph(text)] });
  gov.exact = article('مجلس الوزراء يجتمع', 'أعلنت الحكومة خطة جديدة للتعليم في المدارس.');
  gov.li = article('جلسة البرلمان', 'وجه النواب انتقادات حادة للحكومة بسبب الأسعار.');
  gov.bi = article('الشارع يرحب', 'رحب المواطنون بالحكومة الجديدة في العاصمة.');
  gov.waLi = article('رأي في المسألة', 'وللحكومة رأي آخر في المسألة كلها.');
  gov.bare = article('مشاورات التشكيل', 'بدأت المشاورات لتشكيل حكومة وحدة وطنية.');
  other.book = article('معرض الكتاب', 'صدر كتاب جديد عن تاريخ المغرب العربي.');
  other.follow = article('أعمال اللجنة', 'تابعت اللجنة أعمالها أمس.');
  other.minister = article('لقاء دبلوماسي', 'التقى وزير الخارجية نظيره التونسي.');
  other.theMinister = article('تصريحات', 'صرح الوزير للصحفيين بعد اللقاء.');
  other.toLibya = article('زيارة مرتقبة', 'زيارة رسمية لليبيا الأسبوع المقبل.');
});
after(() => t.cleanup());

const ids = (query: string) => t.lib.search({ query }).map((h) => h.id);
const sorted = (list: string[]) => [...list].sort();

describe('words behind clitics (tests/fixtures/article-ar.txt)', () => {
  // Each query is a word the sample writes only with a clitic before it.
  for (const [query, written] of [
    ['التهريب', 'والتهريب'],
    ['تهريب', 'والتهريب'],
    ['التقنية', 'والتقنية'],
    ['السياسية', 'والسياسية'],
    ['الوصول', 'للوصول'],
    ['الدولة', 'للدولة'],
    ['مراقبة', 'لمراقبة'],
  ] as const) {
    test(`«${query}» finds the sample, which writes «${written}»`, () => {
      assert.deepEqual(ids(query), [sample.id]);
    });
  }

  test('the word behind the clitic is marked in the snippet', () => {
    const [hit] = t.lib.search({ query: 'التهريب' });
    assert.deepEqual(hit!.snippet.filter((s) => s.match).map((s) => s.text), ['والتهريب']);
  });

  test('several words, one with a clitic and one without', () => {
    assert.deepEqual(ids('حفتر التهريب'), [sample.id]);
    assert.deepEqual(ids('التهريب النفط'), []);
  });
});

describe('the issue’s examples', () => {
  const all = () => sorted(Object.values(gov).map((a) => a.id));

  test('«الحكومة» finds «بالحكومة», «للحكومة», «وللحكومة» and «حكومة»; the word as written ranks first', () => {
    const found = ids('الحكومة');
    assert.deepEqual(sorted(found), all());
    assert.equal(found[0], gov.exact!.id);
  });

  test('«حكومة» finds «الحكومة» and every clitic form', () => {
    assert.deepEqual(sorted(ids('حكومة')), all());
    assert.deepEqual(sorted(ids('الحكومه')), all(), 'ta marbuta written as ha');
  });

  test('search as you type keeps working, through the article too', () => {
    assert.deepEqual(sorted(ids('الحكو')), all());
    assert.deepEqual(sorted(ids('حكوم')), all());
    assert.deepEqual(ids('التهر'), [sample.id]);
  });
});

describe('guessed cuts stay narrow', () => {
  test('«كتاب» does not bring every word that starts with «تاب»', () => {
    assert.deepEqual(ids('كتاب'), [other.book!.id]);
    assert.deepEqual(ids('الكتاب'), [other.book!.id]);
  });

  test('a word whose first letter only looks like a clitic still finds its other forms', () => {
    assert.deepEqual(sorted(ids('وزير')), sorted([other.minister!.id, other.theMinister!.id]));
    assert.deepEqual(sorted(ids('الوزير')), sorted([other.minister!.id, other.theMinister!.id]));
    // لليبيا is ل + ليبيا, not ل + ال + يبيا: both readings are kept, so typing reaches it.
    assert.deepEqual(sorted(ids('ليبيا')), sorted([sample.id, other.toLibya!.id]));
    assert.deepEqual(sorted(ids('ليبي')), sorted([sample.id, other.toLibya!.id]));
  });
});

describe('a library indexed before clitic search', () => {
  test('is re-indexed when opened: the clitic form is found, the trash stays out, waiting saves are indexed', () => {
    const old = tempLibrary();
    try {
      const smuggling = old.lib.create({ meta: { headline: 'ضبط شحنة' }, body: [paragraph('مكافحة الإرهاب والتهريب عبر الحدود.')] });
      const trashed = old.lib.create({ meta: { headline: 'مسودة قديمة' }, body: [paragraph('خطة لمكافحة التهريب.')] });
      old.lib.trash(trashed.id);
      old.lib.search({ query: 'ضبط' }); // the index is current
      const waiting = old.lib.create({ meta: { headline: 'خبر عاجل' }, body: [paragraph('أغلقت السلطات المعابر للحد من التهريب.')] });
      old.lib.close();

      // Put the file back as the version before clitic search left it: the same tables,
      // and the index of four columns holding the normalized fields only.
      const version = migrations.findIndex((m) => m.name === 'clitic-search');
      assert.ok(version > 0 && version < LATEST_VERSION);
      const db = new Database(old.file);
      db.exec(`DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, standfirst, kicker, body, content = '', contentless_delete = 1,
          tokenize = 'unicode61 remove_diacritics 2');`);
      const rows = db.prepare('SELECT num, meta, body FROM articles WHERE trashed_at IS NULL AND unindexed = 0').all() as {
        num: number;
        meta: string;
        body: string;
      }[];
      assert.equal(rows.length, 1, 'only the indexed article; the new one waits for the index');
      for (const row of rows) {
        const fields = indexedText(JSON.parse(row.meta), bodyText(JSON.parse(row.body))).slice(0, 4);
        db.prepare('INSERT INTO articles_fts (rowid, headline, standfirst, kicker, body) VALUES (?, ?, ?, ?, ?)').run(row.num, ...fields);
      }
      db.pragma(`user_version = ${version}`);
      const count = (q: string) => (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(matchExpression(q)) as { n: number }).n;
      assert.equal(count('الإرهاب'), 1, 'the old index finds the word as written');
      assert.equal(count('التهريب'), 0, 'the old index cannot find «والتهريب»');
      db.close();

      const lib = openLibrary(old.file);
      try {
        assert.equal(lib.db.pragma('user_version', { simple: true }), LATEST_VERSION);
        assert.deepEqual(sorted(lib.search({ query: 'التهريب' }).map((h) => h.id)), sorted([smuggling.id, waiting.id]));
        assert.deepEqual(lib.search({ query: 'الإرهاب' }).map((h) => h.id), [smuggling.id]);
        assert.deepEqual(lib.search({ query: 'مسودة' }), [], 'the trash is not indexed');
      } finally {
        lib.close();
      }
    } finally {
      old.cleanup();
    }
  });
});

describe('the headline and kicker of a hit', () => {
  let t: TempLibrary;
  before(() => {
    t = tempLibrary();
    t.lib.create({ meta: { kicker: 'تحركات عسكرية', headline: 'مكافحةُ الإرهابِ والتهريب في ليبيا' }, body: [paragraph('نص الخبر.')] });
  });
  after(() => t.cleanup());

  test('are marked as the store matched them: behind a clitic, by prefix, tashkeel kept, nothing lost', () => {
    const [hit] = t.lib.search({ query: 'التهريب الإره' });
    assert.deepEqual(hit!.headlineMarks.filter((s) => s.match).map((s) => s.text), ['الإرهابِ', 'والتهريب']);
    assert.equal(hit!.headlineMarks.map((s) => s.text).join(''), 'مكافحةُ الإرهابِ والتهريب في ليبيا');
    assert.deepEqual(hit!.kickerMarks, [{ text: 'تحركات عسكرية', match: false }]);
  });
});
