import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
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

const code = (c: string, detail?: RegExp) => (e: unknown) => {
  assert.equal((e as QalamError).code, c);
  if (detail) assert.match((e as QalamError).detail ?? '', detail);
  return true;
};

describe('creating and reading articles', () => {
  test('a new article is an Arabic draft with empty fields, a ULID and a first revision', () => {
    const a = t.lib.create();
    assert.match(a.id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.equal(a.meta.status, 'draft');
    assert.equal(a.meta.language, 'ar');
    assert.equal(a.meta.headline, '');
    assert.equal(a.meta.slug, '');
    assert.deepEqual(a.meta.tags, []);
    assert.equal(a.meta.createdAt, '2026-03-01T09:00:00.000Z');
    assert.match(a.revision, /^[0-9a-f]{64}$/);
    assert.deepEqual(t.lib.get(a.id), a);
    assert.deepEqual(t.lib.listRevisions(a.id).map((r) => r.kind), ['create']);
  });

  test('what is saved is what is read back, after reopening the file too', () => {
    const a = t.lib.create({ meta: { headline: 'صدام حفتر في باريس', section: 'سياسة', tags: ['ليبيا'] } });
    clock.advanceMinutes(1);
    const saved = t.lib.save({
      id: a.id,
      meta: { standfirst: 'زيارة دبلوماسية مكثفة', deadline: '2026-03-01T18:00:00.000Z' },
      body: [paragraph('ركزت المباحثات على التعاون الثنائي.')],
      reason: 'snapshot',
    });
    assert.equal(saved.meta.headline, 'صدام حفتر في باريس');
    assert.equal(saved.meta.standfirst, 'زيارة دبلوماسية مكثفة');
    assert.equal(saved.meta.updatedAt, '2026-03-01T09:01:00.000Z');
    assert.notEqual(saved.revision, a.revision);
    assert.deepEqual(saved.parents, [a.revision]);
    t.lib.close();
    const again = openLibrary(t.file);
    try {
      assert.deepEqual(again.get(a.id), saved);
    } finally {
      again.close();
    }
  });

  test('an unknown id is not_found, for reading and for saving', () => {
    assert.throws(() => t.lib.get('01HZZZZZZZZZZZZZZZZZZZZZZZ'), code('not_found'));
    assert.throws(() => t.lib.save({ id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', body: [] }), code('not_found'));
  });

  test('a schema failure names the field and writes nothing', () => {
    const a = t.lib.create({ meta: { headline: 'عنوان' } });
    const bad = [paragraph('نص'), { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ text: 'x' }] }] }];
    assert.throws(() => t.lib.save({ id: a.id, body: bad as never }), code('invalid', /^body\[1\]\.children\[0\]\.href: /));
    assert.throws(() => t.lib.save({ id: a.id, meta: { slug: 'a b' } }), code('invalid', /^meta\.slug: /));
    assert.throws(() => t.lib.save({ id: a.id, meta: { status: 'lost' as never } }), code('invalid', /^meta\.status: /));
    assert.throws(() => t.lib.create({ body: [{ type: 'marquee', children: [] }] as never }), code('invalid', /^body\[0\]/));
    assert.deepEqual(t.lib.get(a.id), a);
    assert.equal(t.lib.listRevisions(a.id).length, 1);
    assert.equal(t.lib.list().length, 1);
  });

  test('duplicate makes a new draft with the same words and its own history', () => {
    const a = t.lib.create({ meta: { headline: 'الأمن القومي', status: 'ready', slug: 'amn' }, body: [paragraph('نص المقال')] });
    const copy = t.lib.duplicate(a.id);
    assert.notEqual(copy.id, a.id);
    assert.equal(copy.meta.headline, 'الأمن القومي (نسخة)');
    assert.equal(copy.meta.status, 'draft');
    assert.equal(copy.meta.slug, '');
    assert.deepEqual(copy.body, a.body);
    assert.equal(t.lib.listRevisions(copy.id).length, 1);
  });
});

describe('listing', () => {
  function seed() {
    const mk = (headline: string, meta: Record<string, unknown>) => {
      clock.advanceMinutes(1);
      return t.lib.create({ meta: { headline, ...meta } });
    };
    const a = mk('إنهاء حالة الانقسام', { status: 'draft', section: 'سياسة', tags: ['ليبيا', 'فرنسا'], deadline: '2026-03-02T10:00:00Z' });
    const b = mk('أهمية دعم المساعي الدولية', { status: 'ready', section: 'دولي', tags: ['فرنسا'] });
    const c = mk('تأمين الحدود الصحراوية', { status: 'ready', section: 'سياسة', tags: [], deadline: '2026-03-01T12:00:00Z' });
    const d = mk('باريس والمؤسسات الليبية', { status: 'published', section: 'اقتصاد', tags: ['ليبيا'] });
    return { a, b, c, d };
  }

  test('filters by status, section and tag, and combines them', () => {
    const { a, b, c, d } = seed();
    const ids = (r: { id: string }[]) => r.map((x) => x.id).sort();
    assert.deepEqual(ids(t.lib.list({ status: 'ready' })), [b.id, c.id].sort());
    assert.deepEqual(ids(t.lib.list({ section: 'سياسة' })), [a.id, c.id].sort());
    assert.deepEqual(ids(t.lib.list({ tag: 'ليبيا' })), [a.id, d.id].sort());
    assert.deepEqual(ids(t.lib.list({ tag: 'فرنسا', status: 'ready' })), [b.id]);
    assert.deepEqual(t.lib.list({ tag: 'غير موجود' }), []);
  });

  test('sorts by updated, created, deadline and headline', () => {
    const { a, b, c, d } = seed();
    clock.advanceMinutes(1);
    t.lib.save({ id: b.id, meta: { kicker: 'عاجل' }, reason: 'autosave' });
    const ids = (r: { id: string }[]) => r.map((x) => x.id);
    assert.deepEqual(ids(t.lib.list()), [b.id, d.id, c.id, a.id]);
    assert.deepEqual(ids(t.lib.list({ sort: 'created' })), [d.id, c.id, b.id, a.id]);
    // Nearest deadline first, then the ones without.
    assert.deepEqual(ids(t.lib.list({ sort: 'deadline' })).slice(0, 2), [c.id, a.id]);
    // Alphabetical with hamza on alef read as alef (إنهاء < أهمية since ن < ه), then ب, ت.
    assert.deepEqual(ids(t.lib.list({ sort: 'headline' })), [a.id, b.id, d.id, c.id]);
  });

  test('limit and offset page through the list; summaries carry the fields a list shows', () => {
    seed();
    const all = t.lib.list();
    assert.deepEqual(t.lib.list({ limit: 2, offset: 1 }), all.slice(1, 3));
    const s = all.find((x) => x.headline === 'إنهاء حالة الانقسام')!;
    assert.equal(s.section, 'سياسة');
    assert.deepEqual(s.tags, ['ليبيا', 'فرنسا']);
    assert.equal(s.deadline, '2026-03-02T10:00:00Z');
    assert.equal(s.trashedAt, undefined);
  });

  test('words count the body the way an Arabic editor counts', () => {
    const a = t.lib.create({ body: [paragraph('أكد المسؤولون الفرنسيون على الدور المحوري ، للمؤسسة العسكرية.')] });
    assert.equal(t.lib.list().find((s) => s.id === a.id)!.words, 8);
  });
});
