// The typing path (store/autosave.ts): a body-only autosave is one UPDATE … RETURNING.
// These tests hold it to exactly what the full save path writes and returns, and check
// that everything it cannot decide still goes through the revision rules.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { QalamError } from '../../../electron/common/errors';
import type { Block } from '../../../electron/common/document/types';
import { AUTOSAVE_REVISION_EVERY_MS, openLibrary } from '../../../electron/services/store/index';
import type { TempLibrary } from './helpers';
import { ManualClock, paragraph, sampleArticle, tempLibrary } from './helpers';

let t: TempLibrary;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
  t = tempLibrary({ now: clock.now });
});
afterEach(() => t.cleanup());

const kinds = (id: string) => t.lib.listRevisions(id).map((r) => r.kind).reverse();
const ids = (query: string) => t.lib.search({ query }).map((h) => h.id);
const sample = sampleArticle();
const META = {
  kicker: 'تحركات عسكرية',
  headline: sample.headline,
  standfirst: 'ركزت المباحثات على "التعاون" الثنائي\nوالتنسيق الأمني',
  tags: ['ليبيا', 'فرنسا'],
  targetWords: 600,
};

/** The stored row without what differs between two articles (id, num, revision). */
function storedRow(id: string): Record<string, unknown> {
  const row = t.lib.db
    .prepare('SELECT meta, body, dirty, unindexed, trashed_at, words, status, section, headline_key, deadline, created_at, updated_at FROM articles WHERE id = ?')
    .get(id) as Record<string, unknown>;
  return { ...row, meta: JSON.parse(row.meta as string).updatedAt, metaText: (row.meta as string).replace(/"updatedAt":"[^"]*"/, '') };
}

describe('a body-only autosave', () => {
  test('writes and returns exactly what the full save path writes and returns', () => {
    // Two identical articles: one saved body-only (the quick path), one with an empty
    // metadata patch, which takes the full path and changes nothing else.
    const quick = t.lib.create({ meta: META, body: sample.body.slice(0, 3) });
    const full = t.lib.create({ meta: META, body: sample.body.slice(0, 3) });
    const next: Block[] = sample.body.slice(3, 9);
    clock.advance(30_000);
    const q = t.lib.save({ id: quick.id, body: next, reason: 'autosave' });
    const f = t.lib.save({ id: full.id, body: next, meta: {}, reason: 'autosave' });
    assert.deepEqual({ ...q, id: '', revision: '' }, { ...f, id: '', revision: '' });
    assert.equal(q.revision, quick.revision, 'no revision within the interval');
    assert.deepEqual(q.parents, []);
    assert.deepEqual(storedRow(quick.id), storedRow(full.id));
    assert.equal(storedRow(quick.id).unindexed, 1, 'marked for the index');
    assert.equal(storedRow(quick.id).dirty, 1, 'the state has no revision of its own');
    // The stored meta is the text JSON.stringify gives, updatedAt in its place.
    const metaText = t.lib.db.prepare('SELECT meta FROM articles WHERE id = ?').pluck().get(quick.id);
    assert.equal(metaText, JSON.stringify(t.lib.get(quick.id).meta));
    assert.deepEqual(t.lib.get(quick.id), q, 'what was returned is what is read back');
  });

  test('returns the parents of the current revision', () => {
    const a = t.lib.create({ body: [paragraph('صدام')] });
    clock.advance(1000);
    const snap = t.lib.save({ id: a.id, body: [paragraph('صدام حفتر')] });
    clock.advance(1000);
    const s = t.lib.save({ id: a.id, body: [paragraph('صدام حفتر في باريس')], reason: 'autosave' });
    assert.equal(s.revision, snap.revision);
    assert.deepEqual(s.parents, [a.revision]);
  });

  test('is found by search at once, also after the index caught up between two saves', () => {
    const a = t.lib.create({ meta: { headline: 'مسودة' }, body: [paragraph('كلمة أولى')] });
    t.lib.save({ id: a.id, body: [paragraph('وصل الوفد إلى الإليزيه')], reason: 'autosave' });
    assert.deepEqual(ids('الاليزيه'), [a.id]);
    // The index is current now: the next save must mark the row again.
    t.lib.save({ id: a.id, body: [paragraph('غادر الوفد قصر الإليزيه مساء')], reason: 'autosave' });
    t.lib.save({ id: a.id, body: [paragraph('غادر الوفد قصر الإليزيه مساء أمس')], reason: 'autosave' });
    assert.deepEqual(ids('مساء أمس'), [a.id]);
    assert.deepEqual(ids('وصل'), []);
    assert.equal(t.lib.list()[0]!.words, 1 + 6, 'the word count caught up too (headline + body)');
    t.lib.close();
    const reopened = openLibrary(t.file);
    assert.deepEqual(reopened.search({ query: 'الإليزيه' }).map((h) => h.id), [a.id]);
    reopened.close();
  });

  test('after the interval makes its autosave revision through the revision rules, once', () => {
    const a = t.lib.create({ body: [paragraph('نص')] });
    clock.advance(AUTOSAVE_REVISION_EVERY_MS);
    const s = t.lib.save({ id: a.id, body: [paragraph('نص جديد')], reason: 'autosave' });
    assert.notEqual(s.revision, a.revision);
    assert.deepEqual(kinds(a.id), ['create', 'autosave']);
    assert.deepEqual(t.lib.revisionContent(s.revision).body, [paragraph('نص جديد')]);
    assert.equal(t.lib.heads()[0]!.dirty, false);
    assert.equal(t.lib.get(a.id).meta.updatedAt, clock.now().toISOString());
  });

  test('from a stale base goes the full way: nothing is lost', () => {
    const a = t.lib.create({ body: [paragraph('الأصل')] });
    clock.advance(1000);
    const other = t.lib.save({ id: a.id, body: [paragraph('نسخة الزميل')] });
    clock.advance(1000);
    const fresh = t.lib.save({ id: a.id, body: [paragraph('كتابة على نسخة الزميل')], reason: 'autosave', baseRevision: other.revision });
    assert.equal(fresh.revision, other.revision, 'a current base is the typing path: no revision');
    clock.advance(1000);
    const stale = t.lib.save({ id: a.id, body: [paragraph('نسخة المحرر')], reason: 'autosave', baseRevision: a.revision });
    assert.notEqual(stale.revision, other.revision, 'a stale base always makes a revision');
    const bodies = t.lib.listRevisions(a.id).map((r) => t.lib.getRevision(a.id, r.id).body[0]);
    assert.deepEqual(bodies.reverse(), [paragraph('الأصل'), paragraph('نسخة الزميل'), paragraph('كتابة على نسخة الزميل'), paragraph('نسخة المحرر')]);
  });

  test('of a trashed or unknown article is refused and writes nothing', () => {
    const a = t.lib.create({ body: [paragraph('نص')] });
    t.lib.trash(a.id);
    const before = storedRow(a.id);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as QalamError).code;
      }
      return 'no error';
    };
    assert.equal(code(() => t.lib.save({ id: a.id, body: [paragraph('كتابة')], reason: 'autosave' })), 'in_trash');
    assert.deepEqual(storedRow(a.id), before);
    assert.equal(code(() => t.lib.save({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', body: [paragraph('كتابة')], reason: 'autosave' })), 'not_found');
  });
});
