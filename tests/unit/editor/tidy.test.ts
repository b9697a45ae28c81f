// «تنقيح النص» on a headless editor: every leaf tidied in place, marks and links kept,
// the selection alone when there is one, and one undo for the whole pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { validateBody } from '../../../electron/common/document/schema';
import { tidyNotice, tidyText } from '../../../renderer/editor/commands/tidy';
import { COMMANDS_BY_NAME } from '../../../renderer/editor/commands/registry';
import { editorWith, p, texts } from './helpers';

const wire = () => [
  p('قال الوزير ,إن المحادثات  مستمرة'),
  {
    type: 'paragraph',
    children: [
      { text: 'وأكد أن الاتفاق ' },
      { text: 'تاريخي', bold: true },
      { text: ' ،وأن ' },
      { type: 'link', href: 'https://example.com/a?b=1,2', children: [{ text: 'البيان الرسمي' }] },
      { text: ' صدر اليـوم ؟؟' },
    ],
  },
  p('هذا سطر نظيف.'),
];

test('the whole article is tidied leaf by leaf, bold and link where they were', () => {
  const editor = editorWith(wire(), { path: [0, 0], offset: 0 });
  // Counted as a reader would (countFixes): 2 in the first paragraph (« ,إن», the double
  // space), 1 around «،وأن» beside the bold word, 2 in «اليـوم ؟؟» after the link.
  assert.equal(tidyText(editor), 5);
  assert.deepEqual(texts(editor), ['قال الوزير، إن المحادثات مستمرة', 'وأكد أن الاتفاق تاريخي، وأن البيان الرسمي صدر اليوم؟', 'هذا سطر نظيف.']);
  const second = editor.children[1] as unknown as { children: Record<string, unknown>[] };
  assert.deepEqual(second.children[1], { text: 'تاريخي', bold: true });
  assert.equal(second.children[3]!.href, 'https://example.com/a?b=1,2');
  assert.doesNotThrow(() => validateBody(editor.children));
});

test('one undo brings back the exact original', () => {
  const editor = editorWith(wire(), { path: [0, 0], offset: 0 });
  const before = structuredClone(editor.children);
  tidyText(editor);
  assert.ok(HistoryEditor.isHistoryEditor(editor));
  editor.undo();
  assert.deepEqual(editor.children, before);
});

test('the undo step is the tidy alone, even a fix right where typing stopped', async () => {
  const editor = editorWith([p('إن الوضع مستقر')], { path: [0, 0], offset: 0 });
  Transforms.insertText(editor, 'وأضاف:');
  await Promise.resolve(); // Slate ends the typing's tick before the command runs
  // The space after the colon lands where typing stopped: slate-history would merge it
  // into the typing's step were the tidy not a batch of its own.
  tidyText(editor);
  assert.deepEqual(texts(editor), ['وأضاف: إن الوضع مستقر']);
  (editor as HistoryEditor).undo();
  assert.deepEqual(texts(editor), ['وأضاف:إن الوضع مستقر']);
});

test('with a selection, only the selected text is tidied', () => {
  // The selection ends after «المحادثات»: the double space beyond it stays.
  const editor = editorWith(wire(), { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 24 } });
  assert.equal(tidyText(editor), 1, '« ,إن» is one fix');
  assert.deepEqual(texts(editor), ['قال الوزير، إن المحادثات  مستمرة', 'وأكد أن الاتفاق تاريخي ،وأن البيان الرسمي صدر اليـوم ؟؟', 'هذا سطر نظيف.']);
});

test('a clean article is left alone and reports nothing to tidy', () => {
  const editor = editorWith([p('هذا سطر نظيف.'), p('وقال إن «الطريق طويل»، ومضى.')], { path: [0, 0], offset: 0 });
  const before = structuredClone(editor.children);
  let reported: number | undefined;
  COMMANDS_BY_NAME.get('tidy-text')!.run(editor, { openLinkDialog() {}, openFind() {}, pickImage() {}, openTableDialog() {}, reportTidy: (n) => (reported = n) });
  assert.equal(reported, 0);
  assert.deepEqual(editor.children, before);
  assert.equal(Editor.isEditor(editor) && (editor as HistoryEditor).history.undos.length, 0);
});

test('the report counts its fixes as Arabic agrees them, in the chosen digits', () => {
  assert.equal(tidyNotice(0, 'ar', 'arab'), 'لا يحتاج النص إلى تنقيح');
  assert.equal(tidyNotice(1, 'ar', 'arab'), 'نُقّح النص: تصحيح واحد');
  assert.equal(tidyNotice(2, 'ar', 'arab'), 'نُقّح النص: تصحيحان');
  assert.equal(tidyNotice(7, 'ar', 'arab'), 'نُقّح النص: ٧ تصحيحات');
  assert.equal(tidyNotice(12, 'ar', 'arab'), 'نُقّح النص: ١٢ تصحيحًا');
  assert.equal(tidyNotice(12, 'ar', 'latn'), 'نُقّح النص: 12 تصحيحًا');
  assert.equal(tidyNotice(100, 'ar', 'arab'), 'نُقّح النص: ١٠٠ تصحيح');
  assert.equal(tidyNotice(1, 'en', 'latn'), 'Text tidied: 1 fix');
  assert.equal(tidyNotice(12, 'en', 'latn'), 'Text tidied: 12 fixes');
  assert.equal(tidyNotice(0, 'en', 'latn'), 'The text needs no tidying');
  // A selection is named as what was tidied.
  assert.equal(tidyNotice(4, 'ar', 'arab', 'selection'), 'نُقّح النص المحدَّد: ٤ تصحيحات');
  assert.equal(tidyNotice(0, 'ar', 'arab', 'selection'), 'لا يحتاج النص المحدَّد إلى تنقيح');
  assert.equal(tidyNotice(1, 'en', 'latn', 'selection'), 'Selection tidied: 1 fix');
});
