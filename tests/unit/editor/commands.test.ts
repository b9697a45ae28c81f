// Editor commands on a headless editor: what the toolbar, menu and shortcuts do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Editor, Transforms } from 'slate';
import { validateBody } from '../../../electron/common/document/schema';
import { toggleMark, isMarkActive } from '../../../renderer/editor/commands/marks';
import { setBlock, toggleBlock } from '../../../renderer/editor/commands/blocks';
import { toggleList, indentIntoList, outdentFromList } from '../../../renderer/editor/commands/lists';
import { insertLink, removeLink } from '../../../renderer/editor/commands/links';
import {
  addColumn, addRow, insertTable, nextCell, previousCell, removeColumn, removeRow, toggleHeaderRow,
} from '../../../renderer/editor/commands/tables';
import { insertDivider, insertFigure } from '../../../renderer/editor/commands/media';
import { setDirection, currentDirection } from '../../../renderer/editor/commands/direction';
import { handleEditorKey } from '../../../renderer/editor/commands/keyboard';
import { editorWith, li, p, td, tr, texts } from './helpers';

const HASH = 'c'.repeat(64);
const valid = (editor: Editor) => assert.doesNotThrow(() => validateBody(editor.children));
const noUi = { openLinkDialog() {}, openFind() {}, pickImage() {}, openTableDialog() {} };
const key = (code: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: code === 'Tab' ? 'Tab' : '', code, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods,
});

test('bold toggles on the selected words and off again', () => {
  const editor = editorWith([p('وزارة الخارجية')], { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 5 } });
  toggleMark(editor, 'bold');
  assert.deepEqual(editor.children[0], { type: 'paragraph', children: [{ text: 'وزارة', bold: true }, { text: ' الخارجية' }] });
  assert.equal(isMarkActive(editor, 'bold'), true);
  toggleMark(editor, 'bold');
  assert.deepEqual(editor.children[0], p('وزارة الخارجية'));
});

test('Ctrl+B, Ctrl+I, Ctrl+U by physical key work with an Arabic layout active', () => {
  const editor = editorWith([p('خبر')], { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 3 } });
  assert.equal(handleEditorKey(editor, { ...key('KeyB', { ctrlKey: true }), key: 'لا' }, noUi), true);
  assert.equal(handleEditorKey(editor, key('KeyI', { ctrlKey: true }), noUi), true);
  assert.equal(handleEditorKey(editor, key('KeyU', { ctrlKey: true }), noUi), true);
  assert.deepEqual(editor.children[0], { type: 'paragraph', children: [{ text: 'خبر', bold: true, italic: true, underline: true }] });
});

test('Ctrl+S is not the editor\'s: it passes through to the shell', () => {
  const editor = editorWith([p('خبر')], { path: [0, 0], offset: 0 });
  assert.equal(handleEditorKey(editor, key('KeyS', { ctrlKey: true }), noUi), false);
});

test('Ctrl+Alt+2 makes a heading 2, again returns it to a paragraph', () => {
  const editor = editorWith([p('المشهد الميداني')], { path: [0, 0], offset: 3 });
  handleEditorKey(editor, key('Digit2', { ctrlKey: true, altKey: true }), noUi);
  assert.deepEqual(editor.children[0], { type: 'heading', level: 2, children: [{ text: 'المشهد الميداني' }] });
  handleEditorKey(editor, key('Digit3', { ctrlKey: true, altKey: true }), noUi);
  assert.deepEqual(editor.children[0], { type: 'heading', level: 3, children: [{ text: 'المشهد الميداني' }] });
  toggleBlock(editor, 'heading-3');
  assert.deepEqual(editor.children[0], p('المشهد الميداني'));
});

test('blockquote and pull-quote keep dir, drop level', () => {
  const editor = editorWith([{ type: 'heading', level: 2, dir: 'ltr', children: [{ text: 'Quote' }] }], { path: [0, 0], offset: 0 });
  setBlock(editor, 'pull-quote');
  assert.deepEqual(editor.children[0], { type: 'pull-quote', dir: 'ltr', children: [{ text: 'Quote' }] });
  setBlock(editor, 'blockquote');
  assert.equal((editor.children[0] as { type: string }).type, 'blockquote');
});

test('Ctrl+Shift+8 wraps paragraphs in a bulleted list, Ctrl+Shift+7 makes it numbered, again unwraps', () => {
  const editor = editorWith([p('أولًا'), p('ثانيًا')], { anchor: { path: [0, 0], offset: 0 }, focus: { path: [1, 0], offset: 2 } });
  handleEditorKey(editor, key('Digit8', { ctrlKey: true, shiftKey: true }), noUi);
  assert.deepEqual(editor.children, [{ type: 'bulleted-list', children: [li('أولًا'), li('ثانيًا')] }]);
  handleEditorKey(editor, key('Digit7', { ctrlKey: true, shiftKey: true }), noUi);
  assert.deepEqual(editor.children, [{ type: 'numbered-list', children: [li('أولًا'), li('ثانيًا')] }]);
  toggleList(editor, 'numbered-list');
  assert.deepEqual(editor.children, [p('أولًا'), p('ثانيًا')]);
});

test('Enter on an empty list item leaves the list', () => {
  const editor = editorWith([{ type: 'bulleted-list', children: [li('بند')] }], { path: [0, 0, 0], offset: 3 });
  editor.insertBreak();
  editor.insertBreak();
  assert.deepEqual(editor.children, [{ type: 'bulleted-list', children: [li('بند')] }, p('')]);
});

test('Enter on an empty item in the middle splits the list around a paragraph', () => {
  const editor = editorWith([{ type: 'numbered-list', children: [li('أ'), li(''), li('ب')] }], { path: [0, 1, 0], offset: 0 });
  editor.insertBreak();
  assert.deepEqual(editor.children, [
    { type: 'numbered-list', children: [li('أ')] },
    p(''),
    { type: 'numbered-list', children: [li('ب')] },
  ]);
});

test('Shift+Tab takes an item out of the list; Tab on the paragraph after puts it back', () => {
  const editor = editorWith([{ type: 'bulleted-list', children: [li('أ'), li('ب')] }], { path: [0, 1, 0], offset: 0 });
  assert.equal(outdentFromList(editor), true);
  assert.deepEqual(editor.children, [{ type: 'bulleted-list', children: [li('أ')] }, p('ب')]);
  assert.equal(indentIntoList(editor), true);
  assert.deepEqual(editor.children, [{ type: 'bulleted-list', children: [li('أ'), li('ب')] }]);
});

test('Backspace at the start of a list item turns it into a paragraph', () => {
  const editor = editorWith([{ type: 'bulleted-list', children: [li('أ'), li('ب')] }], { path: [0, 1, 0], offset: 0 });
  editor.deleteBackward('character');
  assert.deepEqual(editor.children, [{ type: 'bulleted-list', children: [li('أ')] }, p('ب')]);
});

test('a link accepts http, https and mailto only', () => {
  const select = { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 6 } };
  const editor = editorWith([p('الوكالة قالت')], select);
  assert.deepEqual(insertLink(editor, 'javascript:alert(1)'), { ok: false, reason: 'invalid-url' });
  assert.deepEqual(insertLink(editor, 'www.example.com'), { ok: false, reason: 'invalid-url' });
  assert.deepEqual(insertLink(editor, ' https://example.com/news '), { ok: true });
  assert.deepEqual(editor.children[0], {
    type: 'paragraph',
    children: [{ text: '' }, { type: 'link', href: 'https://example.com/news', children: [{ text: 'الوكال' }] }, { text: 'ة قالت' }],
  });
  Transforms.select(editor, { path: [0, 1, 0], offset: 2 });
  removeLink(editor);
  assert.deepEqual(editor.children[0], p('الوكالة قالت'));
});

test('insert a 3×2 table, add and remove rows and columns, toggle the header row', () => {
  const editor = editorWith([p('')], { path: [0, 0], offset: 0 });
  insertTable(editor, 3, 2);
  const table = () => editor.children[0] as unknown as { children: { children: { header?: boolean }[] }[] };
  assert.equal(table().children.length, 3);
  assert.equal(table().children[0]!.children.length, 2);
  assert.deepEqual(editor.selection?.anchor.path, [0, 0, 0, 0]);
  addRow(editor, 'below');
  assert.equal(table().children.length, 4);
  addColumn(editor, 'after');
  assert.ok(table().children.every((r) => r.children.length === 3));
  removeColumn(editor);
  removeRow(editor);
  assert.equal(table().children.length, 3);
  assert.ok(table().children.every((r) => r.children.length === 2));
  Transforms.select(editor, { path: [0, 1, 0, 0], offset: 0 });
  toggleHeaderRow(editor);
  assert.deepEqual(table().children[0]!.children.map((c) => c.header), [true, true]);
  assert.deepEqual(table().children[1]!.children.map((c) => c.header), [undefined, undefined]);
  toggleHeaderRow(editor);
  assert.deepEqual(table().children[0]!.children.map((c) => c.header), [undefined, undefined]);
  valid(editor);
});

test('Tab moves to the next cell, Shift+Tab back, Tab from the last cell adds a row', () => {
  const editor = editorWith([{ type: 'table', children: [tr(td('أ'), td('ب')), tr(td('ج'), td('د'))] }, p('')], {
    path: [0, 0, 0, 0], offset: 0,
  });
  handleEditorKey(editor, key('Tab'), noUi);
  assert.equal(Editor.string(editor, editor.selection!), 'ب');
  nextCell(editor);
  assert.equal(Editor.string(editor, editor.selection!), 'ج');
  handleEditorKey(editor, key('Tab', { shiftKey: true }), noUi);
  assert.equal(Editor.string(editor, editor.selection!), 'ب');
  nextCell(editor);
  nextCell(editor);
  nextCell(editor);
  assert.equal((editor.children[0] as { children: unknown[] }).children.length, 3);
  assert.deepEqual(editor.selection?.anchor.path, [0, 2, 0, 0]);
  previousCell(editor);
  assert.equal(Editor.string(editor, editor.selection!), 'د');
});

test('Backspace at the start of a cell never merges cells', () => {
  const body = [{ type: 'table', children: [tr(td('أ'), td('ب'))] }];
  const editor = editorWith(body, { path: [0, 0, 1, 0], offset: 0 });
  editor.deleteBackward('character');
  Transforms.select(editor, { path: [0, 0, 1, 0], offset: 1 });
  editor.deleteForward('character');
  Transforms.select(editor, { path: [0, 0, 0, 0], offset: 1 });
  editor.deleteForward('character');
  assert.deepEqual(editor.children, body);
});

test('deleting a selection across cells empties them but keeps the table shape', () => {
  const editor = editorWith([{ type: 'table', children: [tr(td('أول'), td('ثاني')), tr(td('ثالث'), td('رابع'))] }], {
    anchor: { path: [0, 0, 0, 0], offset: 1 }, focus: { path: [0, 1, 0, 0], offset: 2 },
  });
  editor.deleteFragment();
  assert.deepEqual(editor.children, [{ type: 'table', children: [tr(td('أ'), td('')), tr(td('لث'), td('رابع'))] }]);
});

test('Backspace in the paragraph after a table does not pull it into a cell', () => {
  const editor = editorWith([{ type: 'table', children: [tr(td('أ'))] }, p('نص')], { path: [1, 0], offset: 0 });
  editor.deleteBackward('character');
  assert.deepEqual(texts(editor), ['أ', 'نص']);
  assert.deepEqual(editor.selection?.anchor.path, [0, 0, 0, 0]);
});

test('a figure: caption in place, Enter leaves it, Backspace never merges it away', () => {
  const editor = editorWith([p('قبل')], { path: [0, 0], offset: 3 });
  insertFigure(editor, { asset: HASH, alt: 'دبابة على طريق', credit: 'رويترز' });
  assert.deepEqual(editor.children[1], { type: 'figure', asset: HASH, alt: 'دبابة على طريق', credit: 'رويترز', children: [{ text: '' }] });
  editor.insertText('تعليق الصورة');
  editor.insertBreak();
  assert.deepEqual(editor.selection?.anchor.path, [2, 0]);
  editor.deleteBackward('character');
  assert.equal((editor.children[1] as { type: string }).type, 'figure');
  assert.equal(Editor.string(editor, [1]), 'تعليق الصورة');
  Transforms.select(editor, Editor.start(editor, [1]));
  editor.deleteBackward('character');
  assert.deepEqual(texts(editor).slice(0, 2), ['قبل', 'تعليق الصورة']);
  valid(editor);
});

test('a divider is a void block followed by a paragraph for the caret', () => {
  const editor = editorWith([p('فقرة')], { path: [0, 0], offset: 4 });
  insertDivider(editor);
  assert.deepEqual(editor.children, [p('فقرة'), { type: 'divider', children: [{ text: '' }] }, p('')]);
  assert.deepEqual(editor.selection?.anchor.path, [2, 0]);
  valid(editor);
});

test('direction is set per block; inside a table the whole table turns', () => {
  const editor = editorWith([p('عربي'), p('English quote'), { type: 'table', children: [tr(td('a'))] }], { path: [1, 0], offset: 0 });
  assert.equal(currentDirection(editor), 'rtl');
  setDirection(editor, 'ltr');
  assert.deepEqual(editor.children[1], p('English quote', { dir: 'ltr' }));
  assert.equal(currentDirection(editor), 'ltr');
  Transforms.select(editor, { path: [2, 0, 0, 0], offset: 0 });
  setDirection(editor, 'auto');
  assert.equal((editor.children[2] as { dir?: string }).dir, 'auto');
  valid(editor);
});

test('undo and redo by Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
  const editor = editorWith([p('')], { path: [0, 0], offset: 0 });
  editor.insertText('سلام');
  assert.deepEqual(texts(editor), ['سلام']);
  handleEditorKey(editor, key('KeyZ', { ctrlKey: true }), noUi);
  assert.deepEqual(texts(editor), ['']);
  handleEditorKey(editor, key('KeyZ', { ctrlKey: true, shiftKey: true }), noUi);
  assert.deepEqual(texts(editor), ['سلام']);
  handleEditorKey(editor, key('KeyZ', { ctrlKey: true }), noUi);
  handleEditorKey(editor, key('KeyY', { ctrlKey: true }), noUi);
  assert.deepEqual(texts(editor), ['سلام']);
});

test('Backspace after a letter with tashkeel removes the mark, then the letter', () => {
  const editor = editorWith([p('كَتَبَ')], { path: [0, 0], offset: 6 });
  editor.deleteBackward('character');
  assert.deepEqual(texts(editor), ['كَتَب']);
  editor.deleteBackward('character');
  assert.deepEqual(texts(editor), ['كَتَ']);
});

test('Ctrl+End and Ctrl+Home move to the ends of the body; with Shift they select', () => {
  const editor = editorWith([p('أول'), p('وسط'), p('آخر')], { path: [1, 0], offset: 1 });
  handleEditorKey(editor, { ...key('End', { ctrlKey: true }), key: 'End' }, noUi);
  assert.deepEqual(editor.selection, { anchor: { path: [2, 0], offset: 3 }, focus: { path: [2, 0], offset: 3 } });
  handleEditorKey(editor, { ...key('Home', { ctrlKey: true, shiftKey: true }), key: 'Home' }, noUi);
  assert.deepEqual(editor.selection, { anchor: { path: [2, 0], offset: 3 }, focus: { path: [0, 0], offset: 0 } });
});
