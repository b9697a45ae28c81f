// Context slips in the editor's blocks (renderer/editor/spelling/slips.ts): found in a
// block whose word runs across leaves, mapped back to those leaves; the fix changes
// only the hamza, so each leaf keeps its marks; a block edited since the menu opened is
// left alone; "ignore" forgets that verb and word only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Editor, type Element } from 'slate';
import { blockSlips, ignoreSlip, replaceLetters, slipAt } from '../../../renderer/editor/spelling/slips';
import { editorWith } from '../editor/helpers';

/** «وقال انه سيعود» with the «ا» of «انه» bold and «نه» not. */
const splitWord = () => ({ type: 'paragraph', children: [{ text: 'وقال ' }, { text: 'ا', bold: true }, { text: 'نه سيعود' }] });

test('a slip whose word runs across leaves maps back to them', () => {
  const editor = editorWith([splitWord()]);
  const slips = blockSlips(editor.children[0] as Element);
  assert.equal(slips.length, 1);
  assert.deepEqual(
    slips.map((s) => [s.word, s.corrections[0], s.anchor, s.focus]),
    [['انه', 'إنه', { path: [1], offset: 0 }, { path: [2], offset: 2 }]],
  );
});

test('the fix changes only the hamza: the bold «ا» becomes a bold «إ», «نه» stays plain', () => {
  const editor = editorWith([splitWord()]);
  const found = slipAt(editor, { path: [0, 2], offset: 1 });
  assert.ok(found);
  const range = { anchor: found.pointIn(0, false), focus: found.pointIn(3, true) };
  replaceLetters(editor, range, found.slip.word, found.slip.corrections[0]!, found.pointIn);
  assert.equal(Editor.string(editor, [0]), 'وقال إنه سيعود');
  assert.deepEqual((editor.children[0] as Element).children, [{ text: 'وقال ' }, { text: 'إ', bold: true }, { text: 'نه سيعود' }]);
});

test('the fix does nothing once the word there has changed', () => {
  const editor = editorWith([{ type: 'paragraph', children: [{ text: 'وقال ان الحكومة ستعلن' }] }]);
  const found = slipAt(editor, { path: [0, 0], offset: 6 });
  assert.ok(found);
  const range = { anchor: found.pointIn(0, false), focus: found.pointIn(2, true) };
  editor.apply({ type: 'insert_text', path: [0, 0], offset: 5, text: 'لا' });
  replaceLetters(editor, range, found.slip.word, 'إن', found.pointIn);
  assert.equal(Editor.string(editor, [0]), 'وقال لاان الحكومة ستعلن');
});

test('no slip at a word that is none, or in a block with none', () => {
  const editor = editorWith([{ type: 'paragraph', children: [{ text: 'وقال إن الحكومة ستعلن وأكد أن الوزارة' }] }]);
  assert.equal(slipAt(editor, { path: [0, 0], offset: 6 }), undefined);
  assert.deepEqual(blockSlips(editor.children[0] as Element), []);
});

// Last: "ignore" lasts for the page's life, so it would reach the tests after it.
test('“ignore” forgets that verb and word, with or without their hamza, and nothing else', () => {
  const block = { type: 'paragraph', children: [{ text: 'وقال ان الحكومة ستعلن، وأكد ان الوزارة ستدعم، وقال انها ستعود' }] } as Element;
  const before = blockSlips(block);
  assert.deepEqual(before.map((s) => s.word), ['ان', 'ان', 'انها']);
  ignoreSlip(before[0]!.key);
  assert.deepEqual(blockSlips(block).map((s) => `${s.cue} ${s.word}`), ['وأكد ان', 'وقال انها']);
  const again = { type: 'paragraph', children: [{ text: 'وقال أن الحكومة ستعلن' }] } as Element;
  assert.deepEqual(blockSlips(again), [], 'the same verb and word with the wrong hamza: the same pair');
});
