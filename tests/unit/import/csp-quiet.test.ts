// The renderer's paste quiets HTML for the page's CSP before DOMPurify parses it. Here:
// what the quieting takes away, and that sanitizing the quieted HTML (the hook reading
// the style carrier) gives the article the same blocks as sanitizing the original (the
// hook reading style), for Word's and a web page's clipboard HTML and every hostile
// payload. DOMPurify runs on jsdom, as the services' import does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { quietForCsp, STYLE_CARRIER } from '../../../electron/common/import/csp-quiet';
import { purifyToBody, installImportHooks } from '../../../electron/common/import/purify';
import { htmlToBlocks } from '../../../electron/common/import/html-to-blocks';
import { HOSTILE_PAYLOADS } from '../../fixtures/hostile/index';

function purifier(styleAttr: string): DOMPurify {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  installImportHooks(purify, styleAttr);
  return purify;
}
const asImported = purifier('style');
const asPasted = purifier(STYLE_CARRIER);

const importBlocks = (html: string) => htmlToBlocks(purifyToBody(asImported, html));
const pasteBlocks = (html: string) => htmlToBlocks(purifyToBody(asPasted, quietForCsp(html)));

test('style attributes move to the carrier; handlers and <style> elements go; words and links stay', () => {
  const quiet = quietForCsp(
    '<style>p { color: red }</style><p style="font-weight:700" onclick="alert(1)" dir="rtl">خبر <a href="https://a.example/x" onmouseover="x()">رابط</a></p>' +
      '<svg style="fill:red"><style>circle{}</style><circle onload="x()" r="4"/></svg>',
  );
  assert.doesNotMatch(quiet, /\sstyle=|\son[a-z]+=|<style/i);
  assert.match(quiet, /<p data-qalam-style="font-weight:700" dir="rtl">خبر <a href="https:\/\/a\.example\/x">رابط<\/a><\/p>/);
  assert.match(quiet, /<svg data-qalam-style="fill:red"><circle r="4"><\/circle><\/svg>/);
});

test('a carrier that came with the paste is dropped, so only a real style attribute speaks', () => {
  const quiet = quietForCsp('<p data-qalam-style="font-weight:700">عادي</p><p data-qalam-style="x" style="font-style:italic">مائل</p>');
  assert.match(quiet, /<p>عادي<\/p><p data-qalam-style="font-style:italic">مائل<\/p>/);
});

test('the content of a <template> is quieted too', () => {
  const quiet = quietForCsp('<template><p style="color:red" onclick="x()">نص</p><style>p{}</style></template>');
  assert.match(quiet, /<template><p data-qalam-style="color:red">نص<\/p><\/template>/);
});

test('the carrier never reaches the converter: DOMPurify drops it like any other data attribute', () => {
  const body = purifyToBody(asPasted, quietForCsp('<p style="font-weight:bold">عاجل</p>'));
  assert.equal(body.innerHTML, '<p data-qalam-fmt="b+">عاجل</p>');
});

for (const name of ['word-clipboard-ar.html', 'web-page-ar.html']) {
  test(`${name}: pasted through the quieting, the same blocks as imported (lists, marks, hidden text)`, async () => {
    const html = await readFile(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
    const blocks = importBlocks(html);
    assert.ok(blocks.length > 3);
    assert.deepEqual(pasteBlocks(html), blocks);
  });
}

test('styles that carry meaning survive the quieting: bold, italic, underline, hidden, Word lists', () => {
  const html =
    '<p><span style="font-weight:700">عريض</span> <span style="font-style:italic">مائل</span> <span style="text-decoration:underline">مسطر</span></p>' +
    '<p style="display:none">مخفي</p><p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>بند أول</p>';
  assert.deepEqual(pasteBlocks(html), importBlocks(html));
  const json = JSON.stringify(pasteBlocks(html));
  assert.ok(json.includes('"bold":true') && json.includes('"italic":true') && json.includes('"underline":true'), json);
  assert.ok(!json.includes('مخفي') && !json.includes('·'), json);
  assert.ok(json.includes('bulleted-list') || json.includes('numbered-list'), json);
});

test(`every hostile payload gives the same blocks pasted as imported (${HOSTILE_PAYLOADS.length})`, () => {
  for (const payload of HOSTILE_PAYLOADS) {
    assert.deepEqual(pasteBlocks(payload.html), importBlocks(payload.html), payload.name);
  }
});
