import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedExternalUrl, isAllowedExternalUrl, openExternalSafely } from '../../../electron/main/external';

test('web and mail links go to the system browser or mail client', () => {
  for (const url of ['https://www.aljazeera.net/news/2026/11/29/تحركات', 'http://example.com/a?b=c', 'mailto:desk@example.com?subject=خبر']) {
    assert.ok(isAllowedExternalUrl(url), url);
  }
});

test('file:, javascript:, smb:, UNC paths and custom schemes are refused', () => {
  const refused = [
    'file:///etc/passwd',
    'file://server/share/report.docx',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'smb://fileserver/newsroom',
    '\\\\fileserver\\newsroom\\a.docx',
    'vscode://file/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'qalam://article/01JF8Z3K4M5N6P7Q8R9S0T1V2W',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://qalam/1234',
    'ftp://example.com/file',
    'about:blank',
    'app://qalam/index.html',
    'http://',
    'not a url',
    '',
  ];
  for (const url of refused) assert.equal(isAllowedExternalUrl(url), false, JSON.stringify(url));
});

test('what is handed to the OS is the parsed URL, not the raw string', () => {
  assert.equal(allowedExternalUrl('  https://Example.com/خبر  '), 'https://example.com/%D8%AE%D8%A8%D8%B1');
});

test('openExternalSafely opens only allowed URLs and survives a failing browser', async () => {
  const opened: string[] = [];
  const open = async (url: string) => {
    opened.push(url);
    throw new Error('no browser installed');
  };
  assert.equal(openExternalSafely('file:///etc/passwd', open), false);
  assert.equal(openExternalSafely('https://example.com/', open), true);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(opened, ['https://example.com/']);
});
