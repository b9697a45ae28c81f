import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importFiles, openDialogFilters, type ImportChannelCall } from '../../../electron/main/files';
import { isOwnDownload, safeFileName, handleDownload } from '../../../electron/main/downloads';
import { ARTICLE_ID, preventable } from './fakes';

test('picked files are read and imported through the import.file channel, in order', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-files-'));
  try {
    const text = 'تحركات عسكرية.. الجيش يعيد انتشاره\n\nقالت مصادر إن التحركات بدأت فجرًا.';
    const file = path.join(dir, 'خبر.txt');
    await writeFile(file, text);
    const calls: { name: string; data: string }[] = [];
    const callImport: ImportChannelCall = async (payload) => {
      calls.push(payload);
      return { ok: true, value: { id: ARTICLE_ID } };
    };
    const outcome = await importFiles([file, path.join(dir, 'missing.docx'), path.join(dir, 'photo.png')], callImport);
    assert.deepEqual(outcome.opened, [ARTICLE_ID]);
    assert.deepEqual(calls.map((c) => c.name), ['خبر.txt']);
    assert.equal(Buffer.from(calls[0]!.data, 'base64').toString('utf8'), text);
    assert.deepEqual(outcome.failed.map((f) => f.error.code), ['file_not_found', 'unsupported_file']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an import the services refuse is reported with its code', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-files-'));
  try {
    const file = path.join(dir, 'empty.html');
    await writeFile(file, '<html></html>');
    const outcome = await importFiles([file], async () => ({ ok: false, error: { code: 'empty_import' } }));
    assert.deepEqual(outcome, { opened: [], failed: [{ file, error: { code: 'empty_import' } }] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the Open dialog offers text, HTML and Word files, labelled in the UI language', () => {
  assert.deepEqual(openDialogFilters('ar')[0]!.extensions, ['txt', 'html', 'htm', 'docx']);
  assert.match(openDialogFilters('ar')[0]!.name, /مقالات/);
});

test('only the page’s own blobs and data may be saved as downloads', () => {
  assert.ok(isOwnDownload('blob:app://qalam/5b0b8b52-0c8a-4d6f-9a8e-2f1f6f1a9c11'));
  assert.ok(isOwnDownload('data:text/html;charset=utf-8,%3Ch1%3E'));
  for (const url of ['https://example.com/malware.exe', 'blob:https://evil.example/1', 'file:///etc/passwd', 'blob:app://other/1']) {
    assert.equal(isOwnDownload(url), false, url);
  }
});

test('an export download opens the Save dialog in Documents with a safe name; others are cancelled', () => {
  const options: unknown[] = [];
  const item = (url: string, name: string) => ({
    getURL: () => url,
    getFilename: () => name,
    getMimeType: () => 'application/pdf',
    setSaveDialogOptions: (o: unknown) => void options.push(o),
  });
  const ok = preventable();
  handleDownload(ok, item('blob:app://qalam/1', '../../تحركات عسكرية.pdf'), '/home/editor/Documents', 'ar');
  assert.equal(ok.prevented, false);
  assert.deepEqual(options, [
    { title: 'حفظ باسم', defaultPath: '/home/editor/Documents/تحركات عسكرية.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  ]);
  const remote = preventable();
  handleDownload(remote, item('https://example.com/x.exe', 'x.exe'), '/home/editor/Documents', 'ar');
  assert.equal(remote.prevented, true);
  assert.equal(safeFileName('..'), 'article');
  assert.equal(safeFileName('a:b|c?.html'), 'a_b_c_.html');
});
