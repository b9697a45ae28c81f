import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countCharacters, countText, countWords, readingMinutes } from '../../../electron/common/arabic/count';
import { stripDiacritics } from '../../../electron/common/arabic/normalize';

const sample = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');

test('the sample article counts 391 words: every whitespace token except the five • bullets', () => {
  const tokens = sample.split(/\s+/).filter(Boolean);
  const punctuationOnly = tokens.filter((t) => !/[\p{L}\p{N}]/u.test(t));
  assert.deepEqual([...new Set(punctuationOnly)], ['•']);
  assert.equal(countWords(sample), tokens.length - punctuationOnly.length);
  assert.equal(countWords(sample), 391);
});

test('sample article characters and reading time', () => {
  const counts = countText(sample);
  assert.equal(counts.characters, 2522);
  assert.equal(counts.charactersNoSpaces, 2133);
  assert.equal(counts.readingMinutes, 2);
});

test('free-standing Arabic punctuation is never a word', () => {
  assert.equal(countWords('تحركات عسكرية .. صدام حفتر ، باريس ؛ ؟ !'), 5);
});

test('tatweel, tashkeel and ZWNJ do not split words', () => {
  assert.equal(countWords('العـــربية مُحَمَّدٌ می‌خواهم'), 3);
});

test('numbers and Latin words count once each; a comma without space still separates Arabic words', () => {
  assert.equal(countWords('COVID-19 و3.5 مليون و1,000 دولار'), 5);
  assert.equal(countWords('باريس,لندن'), 2);
  assert.equal(countWords('٣٫٥ مليون'), 2);
});

test('tashkeel is not counted as characters', () => {
  assert.deepEqual(countCharacters('مُحَمَّد'), { characters: 4, charactersNoSpaces: 4 });
  assert.deepEqual(countCharacters('كتب  عـــلم'), { characters: 8, charactersNoSpaces: 6 });
});

test('reading time: zero for empty text, at least one minute otherwise', () => {
  assert.equal(readingMinutes(0), 0);
  assert.equal(readingMinutes(5), 1);
  assert.equal(readingMinutes(900), 5);
});

test('the status bar, the library and the history count the same words: list numbers are not words', async () => {
  const { articleCountableText } = await import('../../../electron/common/serialize/text');
  const { openLibrary } = await import('../../../electron/services/store/index');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const meta = { kicker: 'تحركات عسكرية', headline: 'صدام حفتر في باريس', standfirst: 'زيارة رسمية' };
  const body = [
    { type: 'numbered-list' as const, children: [{ type: 'list-item' as const, children: [{ text: 'أولًا التدريب' }] }, { type: 'list-item' as const, children: [{ text: 'ثانيًا الحدود' }] }] },
    { type: 'divider' as const, children: [{ text: '' }] as [{ text: string }] },
    { type: 'paragraph' as const, children: [{ text: 'فقرة من ثلاث كلمات' }] },
  ];
  // 2 + 4 + 2 words of header, 4 of list items, 4 of paragraph; no "1", "2" or "* * *".
  assert.equal(countWords(articleCountableText({ meta: { ...meta } as never, body })), 16);
  const dir = await mkdtemp(join(tmpdir(), 'qalam-count-'));
  try {
    const library = openLibrary(join(dir, 'q.db'));
    const article = library.create({ meta, body });
    assert.equal(library.list()[0]!.words, 16);
    assert.equal(library.listRevisions(article.id)[0]!.words, 16);
    library.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('plain Arabic, Latin and digits are counted code unit by code unit with exactly the segmenter’s result', () => {
  // The reference: every grapheme cluster, as Intl.Segmenter cuts them.
  const reference = (text: string) => {
    const clusters = Array.from(new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(stripDiacritics(text)), (s) => s.segment).filter(
      (g) => g !== '\n' && g !== '\r' && g !== '\r\n',
    );
    return { characters: clusters.length, charactersNoSpaces: clusters.filter((g) => !/^\s+$/u.test(g)).length };
  };
  const texts = [
    sample,
    ...sample.split('\n'),
    'قال المتحدث\u00a0الرسمي «إن COVID-19» أصاب ١٢٬٥٠٠ شخص — في 2024…\r\nوتابع:\tنعم؛ لا؟',
    'مُحَمَّدٌ العـــربية',
    // Outside the plain set: joiners, emoji, a prepended sign, Hangul, bidi marks.
    'می‌خواهم 👩‍👩‍👧 \u0600١٢ 한국어 \u200fنص',
  ];
  for (const text of texts) assert.deepEqual(countCharacters(text), reference(text), text.slice(0, 40));
});
