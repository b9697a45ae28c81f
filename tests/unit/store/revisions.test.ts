import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { canonicalJson } from '../../../electron/common/canonical-json';
import type { QalamError } from '../../../electron/common/errors';
import { AUTOSAVE_REVISION_EVERY_MS, encodeRevision } from '../../../electron/services/store/index';
import type { TempLibrary } from './helpers';
import { ManualClock, paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
  t = tempLibrary({ now: clock.now });
});
afterEach(() => t.cleanup());

const kinds = (id: string) => t.lib.listRevisions(id).map((r) => r.kind).reverse();
const body = (text: string) => [paragraph(text)];
const text = (a: { body: unknown }) => canonicalJson(a.body);

describe('revision policy', () => {
  test('autosaves write the state but keep at most one revision per few minutes', () => {
    const a = t.lib.create({ body: body('صدام') });
    clock.advance(10_000);
    const s1 = t.lib.save({ id: a.id, body: body('صدام حفتر'), reason: 'autosave' });
    assert.equal(s1.revision, a.revision, 'no revision within the interval');
    assert.deepEqual(t.lib.get(a.id).body, body('صدام حفتر'), 'the state is written');
    assert.equal(t.lib.heads()[0]!.dirty, true);
    clock.advance(AUTOSAVE_REVISION_EVERY_MS - 20_000);
    t.lib.save({ id: a.id, body: body('صدام حفتر يجري'), reason: 'autosave' });
    assert.deepEqual(kinds(a.id), ['create']);
    clock.advance(10_000); // now a full interval after the create revision
    const s3 = t.lib.save({ id: a.id, body: body('صدام حفتر يجري مباحثات'), reason: 'autosave' });
    assert.deepEqual(kinds(a.id), ['create', 'autosave']);
    assert.deepEqual(s3.parents, [a.revision]);
    assert.equal(t.lib.heads()[0]!.dirty, false);
    clock.advance(60_000);
    t.lib.save({ id: a.id, body: body('صدام حفتر يجري مباحثات مع'), reason: 'autosave' });
    assert.deepEqual(kinds(a.id), ['create', 'autosave']);
  });

  test('an autosave after the interval with nothing changed makes no revision', () => {
    const a = t.lib.create({ body: body('نص') });
    clock.advanceMinutes(10);
    const s = t.lib.save({ id: a.id, body: body('نص'), reason: 'autosave' });
    assert.equal(s.revision, a.revision);
    assert.deepEqual(kinds(a.id), ['create']);
  });

  test('an explicit save always makes a snapshot; a status change makes a status revision', () => {
    const a = t.lib.create({ body: body('نص') });
    clock.advance(1000);
    t.lib.save({ id: a.id, reason: 'snapshot' });
    clock.advance(1000);
    t.lib.save({ id: a.id, meta: { status: 'editing' }, reason: 'autosave' });
    clock.advance(1000);
    t.lib.save({ id: a.id, body: body('نص آخر') }); // reason defaults to an explicit save
    assert.deepEqual(kinds(a.id), ['create', 'snapshot', 'status', 'snapshot']);
    const status = t.lib.listRevisions(a.id)[1]!;
    assert.equal(status.status, 'editing');
  });

  test('every revision id is the SHA-256 of its canonical content, and parents chain', () => {
    const a = t.lib.create({ body: body('أ') });
    clock.advance(1000);
    const b = t.lib.save({ id: a.id, body: body('ب') });
    const content = t.lib.revisionContent(b.revision);
    assert.equal(encodeRevision(content).id, b.revision);
    assert.equal(t.lib.revisionJson(b.revision), canonicalJson(content));
    assert.deepEqual(content.parents, [a.revision]);
    assert.equal(content.articleId, a.id);
    assert.equal(content.device, t.lib.device);
  });

  test('the author from settings is written into new revisions', () => {
    t.lib.setSettings({ author: 'فاطمة الزهراء' });
    const a = t.lib.create();
    assert.equal(t.lib.listRevisions(a.id)[0]!.author, 'فاطمة الزهراء');
  });

  test('a save from a stale base is still saved and loses nothing', () => {
    const a = t.lib.create({ body: body('الأصل') });
    clock.advance(1000);
    // Someone else moves the article on (the editor still holds a.revision)...
    const other = t.lib.save({ id: a.id, body: body('نسخة الزميل') });
    clock.advance(1000);
    // ...and this device has unsaved typing on top of it.
    t.lib.save({ id: a.id, body: body('كتابة لم تحفظ بعد'), reason: 'autosave', baseRevision: other.revision });
    clock.advance(1000);
    const mine = t.lib.save({ id: a.id, body: body('نسخة المحرر'), reason: 'autosave', baseRevision: a.revision });
    assert.deepEqual(mine.body, body('نسخة المحرر'));
    assert.notEqual(mine.revision, other.revision);
    const bodies = t.lib.listRevisions(a.id).map((r) => text(t.lib.getRevision(a.id, r.id)));
    for (const words of ['الأصل', 'نسخة الزميل', 'كتابة لم تحفظ بعد', 'نسخة المحرر']) {
      assert.ok(bodies.includes(canonicalJson(body(words))), `${words} is in the history`);
    }
  });
});

describe('restoring a revision', () => {
  test('restore, then restore the one before: every revision stays and each step can be undone', () => {
    const a = t.lib.create({ body: body('المسودة الأولى') });
    clock.advanceMinutes(1);
    const v2 = t.lib.save({ id: a.id, body: body('المسودة الثانية') });
    clock.advanceMinutes(1);
    t.lib.save({ id: a.id, body: body('كتابة غير محفوظة'), reason: 'autosave' });
    const before = t.lib.listRevisions(a.id).map((r) => r.id);

    clock.advanceMinutes(1);
    const r1 = t.lib.restoreRevision(a.id, a.revision);
    assert.deepEqual(r1.body, body('المسودة الأولى'));
    clock.advanceMinutes(1);
    const r2 = t.lib.restoreRevision(a.id, v2.revision);
    assert.deepEqual(r2.body, body('المسودة الثانية'));
    assert.deepEqual(t.lib.get(a.id).body, body('المسودة الثانية'));

    const after = t.lib.listRevisions(a.id);
    for (const id of before) assert.ok(after.some((r) => r.id === id), 'no revision was lost');
    assert.deepEqual(kinds(a.id), ['create', 'snapshot', 'snapshot', 'restore', 'restore']);
    // The unsaved typing was snapshotted before the first restore, so it can be restored too.
    const typed = after.find((r) => text(t.lib.getRevision(a.id, r.id)) === canonicalJson(body('كتابة غير محفوظة')));
    assert.ok(typed, 'the unsaved state became a revision');
    clock.advanceMinutes(1);
    assert.deepEqual(t.lib.restoreRevision(a.id, typed.id).body, body('كتابة غير محفوظة'));
    assert.equal(t.lib.check().ok, true);
  });

  test('restoring when the state equals its revision makes no extra snapshot', () => {
    const a = t.lib.create({ body: body('واحد') });
    clock.advanceMinutes(1);
    t.lib.save({ id: a.id, body: body('اثنان') });
    clock.advanceMinutes(1);
    t.lib.restoreRevision(a.id, a.revision);
    assert.deepEqual(kinds(a.id), ['create', 'snapshot', 'restore']);
  });

  test('a revision of another article or an unknown one is revision_not_found', () => {
    const a = t.lib.create();
    const b = t.lib.create();
    const codeIs = (e: unknown) => (e as QalamError).code === 'revision_not_found';
    assert.throws(() => t.lib.restoreRevision(a.id, b.revision), codeIs);
    assert.throws(() => t.lib.getRevision(a.id, 'f'.repeat(64)), codeIs);
  });
});

describe('helpers for sync', () => {
  test('insertRevision checks the id against the content and the schema', () => {
    const a = t.lib.create({ body: body('أصل') });
    const base = t.lib.revisionContent(a.revision);
    const remote = { ...base, parents: [a.revision], body: body('من جهاز آخر'), kind: 'sync' as const, device: 'DESK-3', createdAt: '2026-03-01T10:00:00.000Z' };
    const { id } = encodeRevision(remote);
    assert.throws(() => t.lib.insertRevision(remote, 'e'.repeat(64)), (e) => (e as QalamError).code === 'invalid');
    assert.throws(() => t.lib.insertRevision({ ...remote, body: [{ type: 'script' }] }), (e) => (e as QalamError).detail!.startsWith('revision.body[0]'));
    assert.equal(t.lib.insertRevision(remote, id), id);
    assert.equal(t.lib.insertRevision(remote, id), id, 'idempotent');
    assert.equal(t.lib.isAncestor(a.revision, id), true);
    assert.equal(t.lib.isAncestor(id, a.revision), false);
    assert.deepEqual(t.lib.setHead(a.id, id, { fastForwardOnly: true }), { result: 'moved' });
    assert.deepEqual(t.lib.get(a.id).body, body('من جهاز آخر'));
    assert.deepEqual(t.lib.search({ query: 'جهاز' }).map((h) => h.id), [a.id]);
  });

  test('setHead refuses a non-fast-forward when asked and keeps unsaved typing as a snapshot', () => {
    const a = t.lib.create({ body: body('أصل') });
    const base = t.lib.revisionContent(a.revision);
    const sibling = { ...base, parents: [a.revision], body: body('فرع'), kind: 'sync' as const, createdAt: '2026-03-01T10:00:00.000Z' };
    const siblingId = t.lib.insertRevision(sibling);
    clock.advance(1000);
    const local = t.lib.save({ id: a.id, body: body('محلي') });
    assert.deepEqual(t.lib.setHead(a.id, siblingId, { fastForwardOnly: true }), { result: 'not_fast_forward' });
    t.lib.save({ id: a.id, body: body('كتابة'), reason: 'autosave' });
    const moved = t.lib.setHead(a.id, siblingId);
    assert.equal(moved.result, 'moved');
    assert.ok(moved.keptSnapshot);
    assert.deepEqual(t.lib.getRevision(a.id, moved.keptSnapshot).body, body('كتابة'));
    assert.deepEqual(t.lib.revisionContent(moved.keptSnapshot).parents, [local.revision]);
  });

  test('setHead creates an article this library has never seen, and a delete revision trashes it', () => {
    const other = tempLibrary({ now: clock.now });
    try {
      const a = other.lib.create({ meta: { headline: 'مقال من زميل' } });
      const trashed = other.lib.trash(a.id);
      for (const r of other.lib.listRevisions(a.id).reverse()) t.lib.insertRevision(JSON.parse(other.lib.revisionJson(r.id)), r.id);
      t.lib.setHead(a.id, a.revision);
      assert.equal(t.lib.get(a.id).meta.headline, 'مقال من زميل');
      t.lib.setHead(a.id, trashed.revision, { fastForwardOnly: true });
      assert.equal(t.lib.list().length, 0);
      assert.equal(t.lib.list({ trashed: true })[0]!.id, a.id);
    } finally {
      other.cleanup();
    }
  });
});

describe('canonical JSON', () => {
  test('sorts keys, drops undefined, keeps Arabic as is, refuses what JSON cannot say exactly', () => {
    assert.equal(canonicalJson({ b: 1, a: [true, null, 'نص'], c: undefined }), '{"a":[true,null,"نص"],"b":1}');
    assert.equal(canonicalJson({ z: { y: 1, x: 2 } }), '{"z":{"x":2,"y":1}}');
    assert.throws(() => canonicalJson({ n: NaN }));
    assert.throws(() => canonicalJson([undefined]));
    assert.throws(() => canonicalJson({ d: new Date() }));
  });
});
