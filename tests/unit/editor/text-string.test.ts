// A leaf's text is written by changing only what differs, in the same text node: Chromium
// then reshapes only around the change, and the browser's ranges (the caret among them)
// move as they do when a person edits the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { textEdit, writeText } from '../../../renderer/editor/elements/text-string';

test('the edit between two texts is the smallest run that differs', () => {
  assert.equal(textEdit('قال المتحدث', 'قال المتحدث'), null);
  // A letter typed at the end, in the middle, and at the start.
  assert.deepEqual(textEdit('قال المتحدث', 'قال المتحدثة'), { at: 11, count: 0, insert: 'ة' });
  assert.deepEqual(textEdit('قال المتحدث', 'قالت المتحدث'), { at: 3, count: 0, insert: 'ت' });
  assert.deepEqual(textEdit('خبر', 'الخبر'), { at: 0, count: 0, insert: 'ال' });
  // Deleted, replaced (find & replace), and a doubled letter typed after itself.
  assert.deepEqual(textEdit('المسؤولين', 'المسؤلين'), { at: 5, count: 1, insert: '' });
  assert.deepEqual(textEdit('وزير الخارجية', 'وزيرة الخارجية'), { at: 4, count: 0, insert: 'ة' });
  assert.deepEqual(textEdit('اجتماع', 'اجتماعع'), { at: 6, count: 0, insert: 'ع' });
  assert.deepEqual(textEdit('عام 2023', 'عام 2024'), { at: 7, count: 1, insert: '4' });
  assert.deepEqual(textEdit('', 'نص'), { at: 0, count: 0, insert: 'نص' });
  assert.deepEqual(textEdit('نص', ''), { at: 0, count: 2, insert: '' });
});

test('every edit, applied, gives the new text', () => {
  const pairs = [
    ['قال المتحدث إن الاجتماع انتهى', 'قال المتحدث باسم الحكومة إن الاجتماع انتهى مساء'],
    ['COVID-19 عام 2024', 'كوفيد-19 عام 2024'],
    ['ووو', 'وو'],
    ['😀 خبر', '😀😀 خبر'],
  ] as const;
  for (const [before, after] of pairs) {
    const edit = textEdit(before, after)!;
    assert.equal(before.slice(0, edit.at) + edit.insert + before.slice(edit.at + edit.count), after);
  }
});

function span(...texts: string[]) {
  const { window } = new JSDOM('<p><span data-slate-string="true"></span></p>');
  const el = window.document.querySelector('span')!;
  for (const t of texts) el.append(window.document.createTextNode(t));
  return { el, document: window.document };
}

test('the text node stays the same one, and a caret after the change moves with the text', () => {
  const { el, document } = span('قال المتحدث');
  const node = el.firstChild!;
  const caret = document.createRange();
  caret.setStart(node, 11);
  writeText(el, 'قال المتحدث الرسمي');
  assert.equal(el.firstChild, node);
  assert.equal(el.childNodes.length, 1);
  assert.equal(el.textContent, 'قال المتحدث الرسمي');
  // Text typed before the caret pushes it on; text deleted before it pulls it back.
  caret.setStart(node, 18);
  writeText(el, 'قال متحدث الرسمي');
  assert.equal(el.firstChild, node);
  assert.equal(caret.startOffset, 16);
});

test('a span the browser split into pieces is written clean', () => {
  const { el } = span('قال ', 'المتحدث');
  writeText(el, 'قال المتحدثة');
  assert.equal(el.childNodes.length, 1);
  assert.equal(el.textContent, 'قال المتحدثة');
  const empty = span().el;
  writeText(empty, 'خبر');
  assert.equal(empty.textContent, 'خبر');
});
