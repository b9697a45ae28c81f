import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { createHash } from 'node:crypto';
import type { QalamError } from '../../../electron/common/errors';
import { DEFAULT_SETTINGS } from '../../../electron/common/settings';
import * as store from '../../../electron/services/store/index';
import type { TempLibrary } from './helpers';
import { tempLibrary } from './helpers';

let t: TempLibrary;
beforeEach(() => {
  t = tempLibrary();
});
afterEach(() => t.cleanup());

const codeIs = (c: string, detail?: RegExp) => (e: unknown) =>
  (e as QalamError).code === c && (!detail || detail.test((e as QalamError).detail ?? ''));

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('an image is stored once by the SHA-256 of its bytes and read back byte for byte', () => {
  const first = t.lib.putAsset(PNG, 'image/png');
  const second = t.lib.putAsset(Buffer.from(PNG), 'image/png');
  assert.equal(first.hash, createHash('sha256').update(PNG).digest('hex'));
  assert.deepEqual(second, first);
  assert.equal((t.lib.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n, 1);
  const got = t.lib.getAsset(first.hash);
  assert.equal(got.mime, 'image/png');
  assert.ok(PNG.equals(got.bytes));
});

test('bytes that are not the image they claim are refused; an unknown hash is asset_not_found', () => {
  assert.throws(() => t.lib.putAsset(Buffer.from('<html><script>alert(1)</script>'), 'image/png'), codeIs('invalid', /^data:/));
  assert.throws(() => t.lib.putAsset(PNG, 'image/jpeg'), codeIs('invalid', /^mime:/));
  assert.throws(() => t.lib.getAsset('0'.repeat(64)), codeIs('asset_not_found'));
});

test('settings start at the defaults, keep what is set, and refuse what the schema refuses', () => {
  assert.deepEqual(t.lib.settings(), DEFAULT_SETTINGS);
  const next = t.lib.setSettings({ author: 'مريم', digits: 'latn' });
  assert.equal(next.author, 'مريم');
  assert.equal(next.digits, 'latn');
  assert.equal(next.theme, DEFAULT_SETTINGS.theme);
  assert.throws(() => t.lib.setSettings({ editorFontSize: 99 }), codeIs('invalid', /^settings\.editorFontSize: /));
  assert.throws(() => t.lib.setSettings({ colour: 'red' } as never), codeIs('invalid', /^settings/));
  t.lib.close();
  const { openLibrary } = store;
  const again = openLibrary(t.file);
  try {
    assert.equal(again.settings().author, 'مريم');
    assert.equal(again.settings().editorFontSize, DEFAULT_SETTINGS.editorFontSize);
  } finally {
    again.close();
  }
});

test('a stored setting that is no longer valid reads as its default', () => {
  t.lib.db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"neon\"'), ('gone', '1')").run();
  const fresh = store.openLibrary(t.file);
  try {
    assert.equal(fresh.settings().theme, DEFAULT_SETTINGS.theme);
  } finally {
    fresh.close();
  }
});


