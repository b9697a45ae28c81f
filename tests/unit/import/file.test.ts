import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importFile } from '../../../electron/services/import/index';
import { decodeText } from '../../../electron/common/import/decode';
import { describeError } from '../../../electron/common/errors';

const SAMPLE = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) { view.setUint16(0, 0xfeff, !bigEndian); at = 2; }
  for (let i = 0; i < s.length; i++) view.setUint16(at + i * 2, s.charCodeAt(i), !bigEndian);
  return out;
}

/** windows-1256 bytes of Arabic text: the code page's table, inverted for the letters used. */
function cp1256(s: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s], (ch) => {
    const b = table.get(ch);
    assert.ok(b !== undefined, `no windows-1256 byte for ${ch}`);
    return b;
  });
}

test('the sample imports the same from UTF-8, UTF-8 with BOM, UTF-16 LE and BE (with BOM), and UTF-16 LE without', async () => {
  const expected = (await importFile('a.txt', utf8(SAMPLE))).meta;
  assert.equal(expected.kicker, 'تحركات عسكرية');
  const variants: [string, Uint8Array, string][] = [
    ['bom', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8'],
    ['16le', utf16(SAMPLE, false, true), 'utf-16le'],
    ['16be', utf16(SAMPLE, true, true), 'utf-16be'],
    ['16le-nobom', utf16(SAMPLE, false, false), 'utf-16le'],
  ];
  for (const [name, bytes, encoding] of variants) {
    const result = await importFile(`${name}.txt`, bytes);
    assert.deepEqual(result.meta, expected, name);
    assert.equal(result.report.encoding, encoding, name);
  }
});

test('old Arabic Windows files (windows-1256) are read; bytes that are not text are refused', async () => {
  const text = 'عنوان الخبر\n\nنص الخبر باللغة العربية من ملف قديم.';
  const result = await importFile('old.txt', cp1256(text));
  assert.equal(result.report.encoding, 'windows-1256');
  assert.equal(result.meta.headline, 'عنوان الخبر');
  // Latin-1 French is valid windows-1256 bytes too, but reads as mojibake: refused.
  assert.throws(() => decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65])), { code: 'bad_encoding' });
  await assert.rejects(importFile('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), { code: 'bad_encoding' });
  await assert.rejects(importFile('bad.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])), { code: 'bad_encoding' });
});

test('files are dispatched by extension, and by content when there is none', async () => {
  const md = await importFile('مقال.md', utf8('# تحركات عسكرية.. عنوان\n\nمقدمة.\n\n## قسم\n\nنص.'));
  assert.deepEqual([md.meta.kicker, md.meta.headline, md.body[0]!.type], ['تحركات عسكرية', 'عنوان', 'heading']);
  const html = await importFile('page.HTM', utf8('<article><h1>عنوان</h1><p>نص.</p></article>'));
  assert.deepEqual([html.report.format, html.meta.headline], ['html', 'عنوان']);
  const sniffed = await importFile('clip', utf8('<!doctype html><html><body><h1>عنوان</h1><p>نص.</p></body></html>'));
  assert.equal(sniffed.report.format, 'html');
  assert.equal((await importFile('clip', utf8(SAMPLE))).report.format, 'text');
});

test('unsupported, empty and blank files get typed errors with Arabic and English messages', async () => {
  await assert.rejects(importFile('old.doc', utf8('x')), { code: 'unsupported_file' });
  await assert.rejects(importFile('scan.pdf', utf8('%PDF-1.7')), { code: 'unsupported_file' });
  await assert.rejects(importFile('data.xlsx', utf8('x')), { code: 'unsupported_file' });
  await assert.rejects(importFile('empty.txt', new Uint8Array()), { code: 'empty_import' });
  await assert.rejects(importFile('blank.txt', utf8(' \n\r\n\t ')), { code: 'empty_import' });
  await assert.rejects(importFile('only-script.html', utf8('<script>alert(1)</script><style>p{}</style>')), { code: 'empty_import' });
  try {
    await importFile('old.doc', utf8('x'));
  } catch (e) {
    const info = (e as { toInfo(): { code: 'unsupported_file'; detail?: string } }).toInfo();
    assert.match(describeError(info, 'ar'), /^نوع الملف غير مدعوم: .*\.docx/);
    assert.match(describeError(info, 'en'), /^Unsupported file type: Word 97–2003/);
  }
});

test('.md files: inline marks and safe links are read; other files keep asterisks as typed', async () => {
  const md = '# **عاجل**.. عنوان\n\nمقدمة *مائلة*.\n\nنص **عريض** و _مائل_ و[رابط](https://example.org/a) و[خطر](javascript:alert(1)) و\\*نجمة\\*.\n\n- بند **مهم**';
  const result = await importFile('خبر.md', utf8(md));
  assert.deepEqual(result.meta, { kicker: 'عاجل', headline: 'عنوان', standfirst: 'مقدمة مائلة.' });
  assert.deepEqual(result.body, [
    {
      type: 'paragraph',
      children: [
        { text: 'نص ' }, { text: 'عريض', bold: true }, { text: ' و ' }, { text: 'مائل', italic: true }, { text: ' و' },
        { type: 'link', href: 'https://example.org/a', children: [{ text: 'رابط' }] },
        { text: ' وخطر و*نجمة*.' },
      ],
    },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'بند ' }, { text: 'مهم', bold: true }] }] },
  ]);
  const txt = await importFile('خبر.txt', utf8('عنوان\n\nنص **كما هو**.'));
  assert.equal(txt.meta.standfirst, 'نص **كما هو**.');
});

test('an old Arabic web page saved in windows-1256 is read by the charset it declares', async () => {
  const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>t</title></head><body>';
  const markup = '<div class="navigation-menu-container"><a href="/index.html">home</a></div>'.repeat(20);
  const bytes = new Uint8Array([...utf8(head + markup), ...cp1256('<article><h1>عنوان قديم</h1><p>نص.</p></article>'), ...utf8('</body></html>')]);
  const result = await importFile('old.htm', bytes);
  assert.equal(result.report.encoding, 'windows-1256');
  assert.equal(result.meta.headline, 'عنوان قديم');
});
