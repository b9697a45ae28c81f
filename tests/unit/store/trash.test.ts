import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import type { QalamError } from '../../../electron/common/errors';
import type { TempLibrary } from './helpers';
import { ManualClock, paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
  t = tempLibrary({ now: clock.now });
});
afterEach(() => t.cleanup());

const codeIs = (c: string) => (e: unknown) => (e as QalamError).code === c;

test('trash hides an article from the list and search; the trash lists it; restore brings it back whole', () => {
  const a = t.lib.create({ meta: { headline: 'الهجرة غير الشرعية' }, body: [paragraph('تأمين المنافذ الحدودية')] });
  const b = t.lib.create({ meta: { headline: 'خبر باق' } });
  clock.advanceMinutes(1);
  t.lib.save({ id: a.id, body: [paragraph('تأمين المنافذ الحدودية والتهريب')], reason: 'autosave' });
  const trashed = t.lib.trash(a.id);
  assert.equal(trashed.trashedAt, '2026-03-01T09:01:00.000Z');
  assert.deepEqual(t.lib.list().map((s) => s.id), [b.id]);
  assert.deepEqual(t.lib.list({ trashed: true }).map((s) => s.id), [a.id]);
  assert.deepEqual(t.lib.search({ query: 'الهجرة' }), []);
  assert.throws(() => t.lib.save({ id: a.id, body: [] }), codeIs('in_trash'));
  // Still readable while in the trash, unsaved typing included.
  assert.deepEqual(t.lib.get(a.id).body, [paragraph('تأمين المنافذ الحدودية والتهريب')]);

  const back = t.lib.untrash(a.id);
  assert.equal(back.trashedAt, undefined);
  assert.equal(t.lib.list().length, 2);
  assert.deepEqual(t.lib.search({ query: 'المنافذ الحدودية' }).map((h) => h.id), [a.id]);
  assert.deepEqual(t.lib.listRevisions(a.id).map((r) => r.kind).reverse(), ['create', 'delete', 'restore']);
});

test('purge only from the trash; purge and empty trash delete article and history for good', () => {
  const a = t.lib.create({ meta: { headline: 'أ' } });
  const b = t.lib.create({ meta: { headline: 'ب', tags: ['وسم'] } });
  const c = t.lib.create({ meta: { headline: 'ج' } });
  assert.throws(() => t.lib.purge(a.id), codeIs('not_in_trash'));
  t.lib.trash(a.id);
  assert.deepEqual(t.lib.purge(a.id), { purged: 1 });
  assert.throws(() => t.lib.get(a.id), codeIs('not_found'));
  assert.deepEqual(t.lib.listRevisions(a.id), []);
  t.lib.trash(b.id);
  t.lib.trash(c.id);
  assert.deepEqual(t.lib.emptyTrash(), { purged: 2 });
  assert.deepEqual(t.lib.list({ trashed: true }), []);
  assert.deepEqual(t.lib.list(), []);
  assert.equal((t.lib.db.prepare('SELECT count(*) AS n FROM article_tags').get() as { n: number }).n, 0);
  assert.equal((t.lib.db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n, 0);
  assert.equal(t.lib.check().ok, true);
});

test('trashing twice or restoring an article not in the trash changes nothing', () => {
  const a = t.lib.create();
  const once = t.lib.trash(a.id);
  assert.deepEqual(t.lib.trash(a.id), once);
  const back = t.lib.untrash(a.id);
  assert.deepEqual(t.lib.untrash(a.id), back);
  assert.equal(t.lib.listRevisions(a.id).length, 3);
});
