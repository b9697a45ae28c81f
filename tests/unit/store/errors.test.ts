import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import type { QalamError } from '../../../electron/common/errors';
import { openLibrary } from '../../../electron/services/store/index';
import { toQalamError } from '../../../electron/services/store/errors';
import type { TempLibrary } from './helpers';
import { paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
beforeEach(() => {
  t = tempLibrary();
});
afterEach(() => t.cleanup());

const sqliteError = (code: string) => Object.assign(new Error(code.toLowerCase()), { code });

test('SQLite and file-system failures become errors a person can act on', () => {
  const cases: [string, string][] = [
    ['SQLITE_FULL', 'disk_full'],
    ['ENOSPC', 'disk_full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['EROFS', 'read_only'],
    ['SQLITE_CORRUPT', 'corrupt_db'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt_db'],
    ['SQLITE_NOTADB', 'corrupt_db'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_IOERR_FSYNC', 'io'],
    ['ENOENT', 'file_not_found'],
  ];
  for (const [code, expected] of cases) assert.equal((toQalamError(sqliteError(code)) as QalamError).code, expected, code);
  const bug = new TypeError('a programming error');
  assert.equal(toQalamError(bug), bug, 'anything else passes through untouched');
});

test('a save that was never searched is still indexed after the library is closed and reopened', () => {
  const a = t.lib.create({ meta: { headline: 'مسودة' } });
  t.lib.save({ id: a.id, body: [paragraph('اتفاقيات الأمن المبرمة')], reason: 'autosave' });
  t.lib.close();
  const again = openLibrary(t.file);
  try {
    assert.deepEqual(again.search({ query: 'المبرمه' }).map((h) => h.id), [a.id]);
    // The headline's word and the body's three: the count the status bar shows.
    assert.equal(again.list()[0]!.words, 4);
  } finally {
    again.close();
  }
});

test('while a restore replaces the library, writes are refused as busy and nothing is lost', async () => {
  const a = t.lib.create({ meta: { headline: 'قبل' } });
  const backup = await t.lib.backup(path.join(t.dir, 'b.db'));
  const restoring = t.lib.restoreFromBackup(backup.path);
  assert.throws(() => t.lib.save({ id: a.id, meta: { headline: 'أثناء' } }), (e) => (e as QalamError).code === 'busy');
  await restoring;
  assert.equal(t.lib.get(a.id).meta.headline, 'قبل');
  assert.equal(t.lib.save({ id: a.id, meta: { headline: 'بعد' } }).meta.headline, 'بعد');
});
