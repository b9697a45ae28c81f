import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import Database from 'better-sqlite3';
import type { QalamError } from '../../../electron/common/errors';
import { openLibrary } from '../../../electron/services/store/index';
import type { TempLibrary } from './helpers';
import { ManualClock, paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
  t = tempLibrary({ now: clock.now });
});
afterEach(() => t.cleanup());

const codeIs = (c: string) => (e: unknown) => {
  assert.equal((e as QalamError).code, c, String(e));
  return true;
};

test('a backup is a healthy Qalam library holding everything, taken while the library is open', async () => {
  const a = t.lib.create({ meta: { headline: 'قبل النسخ' }, body: [paragraph('نص محفوظ')] });
  t.lib.save({ id: a.id, body: [paragraph('كتابة غير محفوظة بعد')], reason: 'autosave' });
  const info = await t.lib.backup(path.join(t.dir, 'backups', 'today.db'));
  assert.equal(info.path, path.join(t.dir, 'backups', 'today.db'));
  assert.equal(info.bytes, fs.statSync(info.path).size);
  assert.deepEqual(fs.readdirSync(path.join(t.dir, 'backups')), ['today.db'], 'no temporary files left');
  const copy = openLibrary(info.path);
  try {
    assert.deepEqual(copy.get(a.id), t.lib.get(a.id));
    assert.deepEqual(copy.search({ query: 'محفوظة' }).map((h) => h.id), [a.id]);
    assert.deepEqual(copy.check(), { ok: true, messages: [] });
  } finally {
    copy.close();
  }
});

test('restore from a backup replaces the contents and keeps a safety copy of what was there', async () => {
  const kept = t.lib.create({ meta: { headline: 'في النسخة الاحتياطية' } });
  const backup = await t.lib.backup(path.join(t.dir, 'b.db'));
  clock.advanceMinutes(5);
  const later = t.lib.create({ meta: { headline: 'بعد النسخ' } });
  t.lib.save({ id: kept.id, meta: { headline: 'عنوان معدل' } });

  const { safetyCopy } = await t.lib.restoreFromBackup(backup.path);
  assert.deepEqual(t.lib.list().map((s) => s.headline), ['في النسخة الاحتياطية']);
  assert.throws(() => t.lib.get(later.id), codeIs('not_found'));
  assert.deepEqual(t.lib.search({ query: 'الاحتياطية' }).map((h) => h.id), [kept.id]);
  assert.equal(t.lib.check().ok, true);
  // The library keeps working after the restore.
  t.lib.save({ id: kept.id, body: [paragraph('بعد الاستعادة')] });

  const safety = openLibrary(safetyCopy.path);
  try {
    assert.deepEqual(safety.list().map((s) => s.headline).sort(), ['بعد النسخ', 'عنوان معدل']);
  } finally {
    safety.close();
  }
});

test('restore refuses a file that is not a healthy Qalam library and changes nothing', async () => {
  const a = t.lib.create({ meta: { headline: 'باق كما هو' } });
  const text = path.join(t.dir, 'x.db');
  fs.writeFileSync(text, 'ليس قاعدة بيانات');
  await assert.rejects(t.lib.restoreFromBackup(text), codeIs('foreign_db'));
  const other = path.join(t.dir, 'other.db');
  const db = new Database(other);
  db.exec('CREATE TABLE t (x)');
  db.close();
  await assert.rejects(t.lib.restoreFromBackup(other), codeIs('foreign_db'));
  await assert.rejects(t.lib.restoreFromBackup(path.join(t.dir, 'missing.db')), codeIs('file_not_found'));
  assert.deepEqual(t.lib.list().map((s) => s.id), [a.id]);
});

test('rotating backups keep the newest few', async () => {
  const folder = path.join(t.dir, 'rotating');
  t.lib.create();
  for (let i = 0; i < 4; i++) {
    clock.advanceMinutes(60);
    await t.lib.backupRotating(folder, 2);
  }
  const list = t.lib.listBackups(folder);
  assert.equal(list.length, 2);
  assert.deepEqual(list.map((b) => b.createdAt), ['2026-03-01T13:00:00.000Z', '2026-03-01T12:00:00.000Z']);
});

test('a full disk is disk_full and nothing is half-written', () => {
  const a = t.lib.create({ meta: { headline: 'قبل امتلاء القرص' }, body: [paragraph('نص قصير')] });
  const revisionsBefore = t.lib.listRevisions(a.id);
  // The file may not grow by a single page from here on.
  const pages = t.lib.db.pragma('page_count', { simple: true }) as number;
  t.lib.db.pragma(`max_page_count = ${pages}`);
  const big = Array.from({ length: 200 }, (_, i) => paragraph(`فقرة طويلة رقم ${i} `.repeat(40)));
  assert.throws(() => t.lib.save({ id: a.id, body: big, reason: 'snapshot' }), codeIs('disk_full'));
  assert.throws(() => t.lib.create({ body: big }), codeIs('disk_full'));
  assert.deepEqual(t.lib.get(a.id), a);
  assert.deepEqual(t.lib.listRevisions(a.id), revisionsBefore);
  assert.equal(t.lib.list().length, 1);
  assert.deepEqual(t.lib.search({ query: 'فقرة' }), []);
  // Room again: the same save goes through.
  t.lib.db.pragma('max_page_count = 1073741823');
  assert.equal(t.lib.save({ id: a.id, body: big, reason: 'snapshot' }).body.length, 200);
  assert.equal(t.lib.check().ok, true);
});
