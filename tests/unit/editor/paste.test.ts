// Paste through the importers on a headless editor, with the services' DOMPurify on
// jsdom standing in for the renderer's (same hooks, same allowlist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBody } from '../../../electron/common/document/schema';
import { sanitizeToBody } from '../../../electron/services/import/sanitize';
import { pasteHtml, pasteText } from '../../../renderer/editor/plugins/withPaste';
import { editorWith, p, texts } from './helpers';

const services = { sanitize: sanitizeToBody };

test('one line of text is typed into the paragraph at the caret', () => {
  const editor = editorWith([p('قال الوزير')], { path: [0, 0], offset: 3 });
  pasteText(editor, ' المتحدث');
  assert.deepEqual(texts(editor), ['قال المتحدث الوزير']);
});

test('several lines follow the text importer: paragraphs and a list', () => {
  const editor = editorWith([p('')], { path: [0, 0], offset: 0 });
  pasteText(editor, 'فقرة أولى.\r\n\r\nفقرة ثانية.\n\n- بند\n- بند آخر');
  assert.deepEqual(editor.children.map((b) => (b as { type: string }).type), ['paragraph', 'paragraph', 'bulleted-list']);
  assert.doesNotThrow(() => validateBody(editor.children));
});

test('HTML keeps headings, marks and safe links; drops scripts, styles and javascript: links', () => {
  const editor = editorWith([p('')], { path: [0, 0], offset: 0 });
  pasteHtml(
    editor,
    '<h2>عنوان</h2><p style="font-family:Arial">نص <b>مهم</b> <a href="https://a.example/x">رابط</a> <a href="javascript:alert(1)">خبيث</a></p><script>alert(1)</script><style>p{}</style>',
    services,
  );
  assert.equal((editor.children[0] as { type: string }).type, 'heading');
  const json = JSON.stringify(editor.children);
  assert.ok(json.includes('"bold":true'));
  assert.ok(json.includes('https://a.example/x'));
  assert.ok(!json.includes('javascript') && !json.includes('alert') && !json.includes('Arial'));
  assert.doesNotThrow(() => validateBody(editor.children));
});

test('a table pasted into a table cell arrives as its words: the table keeps its shape', () => {
  const table = (text: string) => [{ type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text }] }] }] }];
  const editor = editorWith(table('x'), { path: [0, 0, 0, 0], offset: 1 });
  pasteHtml(editor, '<table><tr><th>أ</th><th>ب</th></tr><tr><td>ج</td><td>د</td></tr></table>', services);
  assert.deepEqual(editor.children, table('xأ ب ج د'));
});
