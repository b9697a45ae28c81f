import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hardenAppSession, hardenPrintSession } from '../../../electron/main/sessions';
import { chromiumLocale, readUiLanguage, rememberUiLanguage } from '../../../electron/main/ui-language';
import { writeFileWhole } from '../../../electron/main/files';
import { FakeSession } from './fake-electron';
import { preventable } from './fakes';

function cancelled(session: FakeSession, url: string): boolean | undefined {
  let cancel: boolean | undefined;
  session.requestFilter!({ url }, (r) => (cancel = r.cancel));
  return cancel;
}

test('the editor’s session loads only the app’s own files, inline data and blobs', () => {
  const session = new FakeSession();
  hardenAppSession(session, { documentsDir: '/home/editor/Documents', lang: () => 'ar' });
  for (const url of ['app://qalam/main.js', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://qalam/1']) assert.equal(cancelled(session, url), false, url);
  for (const url of ['https://cdn.example.com/x.js', 'http://127.0.0.1:5178/api', 'file:///etc/passwd', 'ws://127.0.0.1:9222/']) {
    assert.equal(cancelled(session, url), true, url);
  }
  assert.equal(session.permissionCheck!({}, 'media'), false);
});

test('the editor’s session turns export downloads into the Save dialog and cancels any other', () => {
  const session = new FakeSession();
  hardenAppSession(session, { documentsDir: '/home/editor/Documents', lang: () => 'en' });
  const options: unknown[] = [];
  const item = (url: string) => ({ getURL: () => url, getFilename: () => 'خبر.html', getMimeType: () => 'text/html', setSaveDialogOptions: (o: unknown) => void options.push(o) });
  const own = preventable();
  session.emit('will-download', own, item('blob:app://qalam/abc'));
  const remote = preventable();
  session.emit('will-download', remote, item('https://example.com/x.exe'));
  assert.equal(own.prevented, false);
  assert.equal(remote.prevented, true);
  assert.equal((options[0] as { title: string }).title, 'Save as');
});

test('the print session loads the job’s file and inline fonts, nothing else', () => {
  const session = new FakeSession();
  hardenPrintSession(session, '/tmp');
  assert.equal(cancelled(session, 'file:///tmp/qalam-print-x1/article.html'), false);
  assert.equal(cancelled(session, 'data:font/woff2;base64,d09GMg=='), false);
  assert.equal(cancelled(session, 'https://fonts.example.com/amiri.woff2'), true);
  assert.equal(cancelled(session, 'app://qalam/index.html'), true);
});

test('the UI language survives a restart; anything unreadable means Arabic', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-lang-'));
  try {
    const file = path.join(dir, 'ui-language');
    assert.equal(readUiLanguage(file), 'ar');
    rememberUiLanguage(file, 'en');
    assert.equal(readUiLanguage(file), 'en');
    assert.equal(chromiumLocale('en'), 'en-US');
    assert.equal(chromiumLocale('ar'), 'ar');
    rememberUiLanguage(path.join(dir, 'missing', 'ui-language'), 'en'); // no throw
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an export is written whole under its name, with no temp file left behind', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-write-'));
  try {
    const file = path.join(dir, 'تحركات عسكرية.html');
    await writeFileWhole(file, '<!doctype html><title>خبر</title>');
    assert.equal(await readFile(file, 'utf8'), '<!doctype html><title>خبر</title>');
    const { readdir } = await import('node:fs/promises');
    assert.deepEqual(await readdir(dir), ['تحركات عسكرية.html']);
    await assert.rejects(writeFileWhole(path.join(dir, 'no-such-folder', 'x.html'), 'x'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
