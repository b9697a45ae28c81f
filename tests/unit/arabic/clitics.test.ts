import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliticReadings, cliticStems } from '../../../electron/common/arabic/clitics';
import { normalizeForSearch } from '../../../electron/common/arabic/normalize';

const n = (word: string) => normalizeForSearch(word, { foldTaMarbuta: false });
const readings = (word: string) => cliticReadings(n(word));

test('the article, with what Arabic joins before it, is cut: a sure cut', () => {
  // Words of tests/fixtures/article-ar.txt, and the issue's own examples.
  for (const [word, stem] of [
    ['العاصمة', 'عاصمة'],
    ['والتهريب', 'تهريب'],
    ['والمؤسسات', n('مؤسسات')],
    ['بالحكومة', 'حكومة'],
    ['كالعادة', 'عادة'],
    ['فالأمر', 'امر'],
  ] as const) {
    assert.deepEqual(readings(word), [{ stem, article: true }], word);
  }
});

test('لل is read as ل + ال first, and as ل before a word that starts with ل', () => {
  assert.deepEqual(readings('للحدود'), [
    { stem: 'حدود', article: true },
    { stem: 'لحدود', article: false },
  ]);
  assert.deepEqual(readings('لليبيا'), [
    { stem: 'يبيا', article: true },
    { stem: 'ليبيا', article: false },
  ]);
  assert.deepEqual(readings('وللحكومة').map((r) => r.stem), ['حكومة', 'لحكومة']);
});

test('a bare conjunction or preposition is cut as a guess', () => {
  for (const [word, stem] of [
    ['وتنسيق', 'تنسيق'],
    ['لبحث', 'بحث'],
    ['بمكافحة', 'مكافحة'],
    ['لمراقبة', 'مراقبة'],
    ['ولحكومة', 'حكومة'],
    ['وزير', 'زير'], // a wrong guess: the و is the word's own
  ] as const) {
    assert.deepEqual(readings(word), [{ stem, article: false }], word);
  }
});

test('at least three letters always remain; words without clitics have no reading', () => {
  for (const word of ['ولد', 'بعد', 'لكن', 'الله', 'التي', 'الذي', 'وقد', 'في', 'بها', 'كما', 'حفتر', 'قصر', 'تهريب', 'مع', 'ومن', 'بين']) {
    assert.deepEqual(readings(word), [], word);
  }
  assert.deepEqual(readings('والي'), [{ stem: 'الي', article: false }], 'و cut; ال would leave one letter');
});

test('cliticStems lists the stems of the words that carry a clitic, in order', () => {
  const text = n('يجري مباحثات مع الجانب الفرنسي والتهريب للحدود');
  assert.equal(cliticStems(text), 'جانب فرنسي تهريب حدود لحدود');
  assert.equal(cliticStems('حفتر قصر'), '');
});
