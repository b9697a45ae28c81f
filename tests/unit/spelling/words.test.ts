// Which tokens are words to check, in which language, in which form; and a block's
// words as Slate points when a word runs across leaves or into a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEditor, type Element } from 'slate';
import { languageOf, spellingKey, spellingWords, tidySuggestions } from '../../../electron/common/spelling';
import { blockWords, wordAt } from '../../../renderer/editor/spelling/blocks';

test('tashkeel, tatweel and the joiners are not part of the checked form', () => {
  assert.equal(spellingKey('الْكِتَابُ'), 'الكتاب');
  assert.equal(spellingKey('الكتـــاب'), 'الكتاب');
  assert.equal(spellingKey('هٰذا'), 'هذا');
  assert.equal(spellingKey('don’t'), "don't");
});

test('the language is chosen by script; digits, mixed scripts, one letter and acronyms are no words', () => {
  assert.equal(languageOf('والجيش'), 'ar');
  assert.equal(languageOf('sentence'), 'en');
  assert.equal(languageOf("don't"), 'en');
  for (const notAWord of ['2026', '١٩', 'كتابx', 'و', 'a', 'NATO', 'ك'.repeat(65)]) assert.equal(languageOf(notAWord), undefined, notAWord);
});

test('words of a sentence with their offsets, punctuation and numbers left out', () => {
  const text = 'قال الوزير، في ٣ أيار 2026، إن COVID-19 انتهى.';
  const words = spellingWords(text).map((w) => [w.text, w.lang, text.slice(w.start, w.end)]);
  assert.deepEqual(words, [
    ['قال', 'ar', 'قال'],
    ['الوزير', 'ar', 'الوزير'],
    ['في', 'ar', 'في'],
    ['أيار', 'ar', 'أيار'],
    ['إن', 'ar', 'إن'],
    ['انتهى', 'ar', 'انتهى'],
  ]);
});

test('a word with a bold letter inside, or inside a link, maps back to its leaves', () => {
  const editor = createEditor();
  editor.isInline = (el) => el.type === 'link';
  const block = {
    type: 'paragraph',
    children: [
      { text: 'زار ال' },
      { text: 'مدرسه', bold: true },
      { text: ' ثم ' },
      { type: 'link', href: 'https://example.com', children: [{ text: 'المكتبه' }] },
      { text: '' },
    ],
  } as unknown as Element;
  editor.children = [block];
  const words = blockWords(block).map((w) => ({ key: w.key, anchor: w.anchor, focus: w.focus }));
  assert.deepEqual(words, [
    { key: 'زار', anchor: { path: [0], offset: 0 }, focus: { path: [0], offset: 3 } },
    { key: 'المدرسه', anchor: { path: [0], offset: 4 }, focus: { path: [1], offset: 5 } },
    { key: 'ثم', anchor: { path: [2], offset: 1 }, focus: { path: [2], offset: 3 } },
    { key: 'المكتبه', anchor: { path: [3, 0], offset: 0 }, focus: { path: [3, 0], offset: 7 } },
  ]);
  const clicked = wordAt(editor, { path: [0, 1], offset: 2 });
  assert.equal(clicked?.key, 'المدرسه');
  assert.deepEqual(clicked?.anchor, { path: [0, 0], offset: 4 });
  assert.equal(wordAt(editor, { path: [0, 3, 0], offset: 7 })?.key, 'المكتبه', 'the caret just after a word is on it');
});

test('tidySuggestions: the article with a hamza goes only where the plain form is offered too; splits come last', () => {
  assert.deepEqual(tidySuggestions(['المباحثة', 'ألمباحثة', 'آلمباحثة', 'المباحث', 'الح كومه', 'المباحثات'], 6), ['المباحثة', 'المباحث', 'المباحثات', 'الح كومه']);
  // Alone, أل… and آل… may be the word meant (ألم, آل): kept.
  assert.deepEqual(tidySuggestions(['ألم', 'آل', 'أمل'], 6), ['ألم', 'آل', 'أمل']);
  assert.deepEqual(tidySuggestions(['a', 'b', 'c d', 'e'], 3), ['a', 'b', 'e']);
});
