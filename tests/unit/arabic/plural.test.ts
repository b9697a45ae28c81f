// A count said with its noun: Arabic agrees the noun with the number (CLDR's Arabic
// plural rule), English is singular for one; the number is written as the caller gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicCount, countNoun, type CountedNoun } from '../../../electron/common/arabic/plural';

const ARTICLES: CountedNoun = { ar: { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' }, en: ['article', 'articles'] };

test('Arabic: one and two are the noun alone, 3–10 plural, 11–99 singular accusative, 100 singular', () => {
  assert.equal(arabicCount(1, ARTICLES.ar, '١'), 'مقال واحد');
  assert.equal(arabicCount(2, ARTICLES.ar, '٢'), 'مقالان');
  assert.equal(arabicCount(3, ARTICLES.ar, '٣'), '٣ مقالات');
  assert.equal(arabicCount(11, ARTICLES.ar, '١١'), '١١ مقالًا');
  assert.equal(arabicCount(100, ARTICLES.ar, '١٠٠'), '١٠٠ مقال');
  assert.equal(arabicCount(103, ARTICLES.ar, '١٠٣'), '١٠٣ مقالات');
});

test('either language: Arabic as above, English singular for one and plural otherwise', () => {
  assert.equal(countNoun(2, ARTICLES, 'ar', '٢'), 'مقالان');
  assert.equal(countNoun(12, ARTICLES, 'ar', '12'), '12 مقالًا');
  assert.equal(countNoun(1, ARTICLES, 'en', '1'), '1 article');
  assert.equal(countNoun(0, ARTICLES, 'en', '0'), '0 articles');
  assert.equal(countNoun(2, ARTICLES, 'en', '2'), '2 articles');
});
