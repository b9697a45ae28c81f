// Find & replace matching: Arabic spelling variants meet, offsets map back to the
// original text, whole-word and exact options, and replace-all is one undo step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Editor } from 'slate';
import { findInText } from '../../../renderer/editor/find/match';
import { findMatches } from '../../../renderer/editor/find/ranges';
import { replaceAll, replaceMatch } from '../../../renderer/editor/find/replace';
import { editorWith, p, texts } from './helpers';

const loose = { exact: false, wholeWord: false };
const spanText = (text: string, query: string, options = loose) =>
  findInText(text, query, options).map((s) => text.slice(s.start, s.end));

test('hamza seats meet: مسئول finds مسؤول and the reverse', () => {
  assert.deepEqual(spanText('قال مسؤول في الوزارة', 'مسئول'), ['مسؤول']);
  assert.deepEqual(spanText('قال مسئول في الوزارة', 'مسؤول'), ['مسئول']);
});

test('alef forms, alef maqsura and ta marbuta fold', () => {
  assert.deepEqual(spanText('أعلن الرئيس إنشاء آلية', 'اعلن'), ['أعلن']);
  assert.deepEqual(spanText('وصل إلى المدينة', 'الي'), ['إلى']);
  assert.deepEqual(spanText('في المدينة القديمة', 'المدينه'), ['المدينة']);
});

test('tashkeel and tatweel in the text are inside the match, not in the way', () => {
  const text = 'كَتَبَ الصحفيُّ الخبـــر';
  assert.deepEqual(spanText(text, 'كتب'), ['كَتَبَ']);
  assert.deepEqual(spanText(text, 'الخبر'), ['الخبـــر']);
  assert.deepEqual(spanText(text, 'الصحفي'), ['الصحفيُّ']);
});

test('tashkeel in the query is ignored too', () => {
  assert.deepEqual(spanText('كتب الخبر', 'كَتَبَ'), ['كتب']);
});

test('match exactly finds only the spelling typed', () => {
  const exact = { exact: true, wholeWord: false };
  assert.deepEqual(spanText('مسؤول ومسئول', 'مسئول', exact), ['مسئول']);
  assert.deepEqual(spanText('Reuters reuters', 'Reuters', exact), ['Reuters']);
  assert.deepEqual(spanText('Reuters reuters', 'Reuters'), ['Reuters', 'reuters']);
});

test('whole word rejects a match glued to a prefix or suffix', () => {
  const whole = { exact: false, wholeWord: true };
  const text = 'الكتاب والكتاب كتابة الكتاب.';
  const found = findInText(text, 'الكتاب', whole);
  // The first and the last: not والكتاب (prefixed), not كتابة.
  assert.deepEqual(found.map((s) => s.start), [0, text.lastIndexOf('الكتاب')]);
});

test('Arabic-Indic digits match ASCII digits', () => {
  assert.deepEqual(spanText('قتل ١٢ شخصًا', '12'), ['١٢']);
});

test('empty queries and queries of only diacritics find nothing', () => {
  assert.deepEqual(findInText('نص', ''), []);
  assert.deepEqual(findInText('نص', 'ً'), []);
});

test('a match across bold and plain leaves maps to points in both leaves', () => {
  const editor = editorWith([
    { type: 'paragraph', children: [{ text: 'وزير ' }, { text: 'الخار', bold: true }, { text: 'جية قال' }] },
  ]);
  const [match] = findMatches(editor.children, 'الخارجية', loose);
  assert.ok(match);
  assert.deepEqual(match.range.anchor, { path: [0, 1], offset: 0 });
  assert.deepEqual(match.range.focus, { path: [0, 2], offset: 3 });
  assert.equal(Editor.string(editor, match.range), 'الخارجية');
});

test('matches are found in lists, tables and captions', () => {
  const editor = editorWith([
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'مسؤول أول' }] }] },
    { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'مسئول' }] }] }] },
    { type: 'figure', asset: 'b'.repeat(64), alt: '', children: [{ text: 'صورة المسؤول' }] },
  ]);
  assert.equal(findMatches(editor.children, 'مسؤول', loose).length, 3);
});

test('replace one changes that match only', () => {
  const editor = editorWith([p('مسؤول ومسئول')]);
  const matches = findMatches(editor.children, 'مسؤول', loose);
  replaceMatch(editor, matches[1]!, 'المسؤول');
  assert.deepEqual(texts(editor), ['مسؤول والمسؤول']);
});

test('replace all replaces every variant, and one undo restores them all', () => {
  const editor = editorWith([p('قال مسئول إن المسؤول'), p('مسؤولٌ آخر')]);
  const count = replaceAll(editor, 'مسؤول', 'ناطق', loose);
  assert.equal(count, 3);
  assert.deepEqual(texts(editor), ['قال ناطق إن الناطق', 'ناطق آخر']);
  editor.undo();
  assert.deepEqual(texts(editor), ['قال مسئول إن المسؤول', 'مسؤولٌ آخر']);
});
