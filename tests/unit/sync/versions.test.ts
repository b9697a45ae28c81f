// Desks on different Qalam versions share one folder (README "Versions"): within a major
// format a newer desk's extra fields are read and kept; a newer major is set aside,
// reported as such, never as damage, and nothing local changes because of it.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ulid } from 'ulid';
import { canonicalJson } from '../../../electron/common/canonical-json';
import type { RevisionContent } from '../../../electron/services/store/revisions';
import { sha256Hex } from '../../../electron/services/sync/revision-file';
import { syncOnce } from '../../../electron/services/sync/engine';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import { readPresence } from '../../../electron/services/sync/presence';
import type { SkippedFile } from '../../../electron/services/sync/report';
import { SharedWords } from '../../../electron/services/sync/words';
import type { Desk } from './helpers';
import { createRevision, desk, expectOk, paragraph, snapshot } from './helpers';

const future = ulid();
const at = '2026-11-29T09:00:00.000Z';

/** A revision as a later Qalam writes it: the fields this one knows, plus `extra`. */
function revisionFile(articleId: string, headline: string, extra: Record<string, unknown> = {}, parents: string[] = []) {
  const content: RevisionContent & Record<string, unknown> = {
    ...createRevision({
      articleId,
      headline,
      parents,
      device: future,
      at,
      author: 'فاطمة',
      body: [paragraph(`${headline}: التفاصيل في الفقرة الأولى.`)],
      meta: { kicker: 'سياسة', byline: 'فاطمة الزهراء', section: 'الأخبار' },
    }),
    deviceName: 'DESK-9',
    ...extra,
  };
  const json = canonicalJson(content);
  return { id: sha256Hex(json), json };
}

const headFile = (articleId: string, revision: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'qalam-head/1', articleId, device: future, revision, writtenAt: at, ...extra });

/** What a future desk adds: a record this Qalam has never heard of. */
const EMBARGO = { embargo: { until: '2026-11-30T06:00:00.000Z', desks: ['الأخبار', 'الاقتصاد'], strict: true, level: 2 } };

describe('format versions on a shared folder', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('a revision and head with fields this Qalam does not know arrive, verified, and are kept and passed on byte for byte', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    expectOk(await b.sync());
    const articleId = ulid();
    const rev = revisionFile(articleId, 'اتفاق على هدنة في الجنوب', EMBARGO);
    share.plant(`qalam/articles/${articleId}/revisions/${rev.id}.json`, rev.json);
    share.plant(`qalam/articles/${articleId}/heads/${future}.json`, headFile(articleId, rev.id, { client: { version: '1.4.0' }, pinned: true }));

    const report = expectOk(await b.sync());
    assert.deepEqual(report.skipped, []);
    assert.deepEqual(report.newer, []);
    assert.deepEqual(report.pulled.articles, [articleId]);
    assert.equal(b.library.get(articleId).meta.headline, 'اتفاق على هدنة في الجنوب');
    assert.equal(b.library.get(articleId).revision, rev.id, 'the hash of the file as written is its id here too');
    // Stored whole: what the id hashes, unknown fields included.
    assert.equal(b.library.revisionJson(rev.id), rev.json);
    assert.deepEqual((JSON.parse(b.library.revisionJson(rev.id)) as typeof EMBARGO).embargo, EMBARGO.embargo);
    // The working copy holds only what this Qalam knows how to show and edit.
    assert.deepEqual(Object.keys(b.library.get(articleId)).sort(), ['body', 'id', 'meta', 'parents', 'revision']);

    // Passed on to another share (the desk moves to a new folder), it is the same file.
    const second = new MemoryFolder();
    expectOk(await syncOnce({ library: b.library, folder: second, adoptShare: true }));
    const passedOn = Buffer.from(await second.read(`qalam/articles/${articleId}/revisions/${rev.id}.json`, 1 << 20)).toString('utf8');
    assert.equal(passedOn, rev.json);
    // And a third desk reading that share gets it, verified, with the fields intact.
    const c = room.device('desk-3');
    expectOk(await c.sync(second));
    assert.equal(c.library.get(articleId).revision, rev.id);
    assert.equal(c.library.revisionJson(rev.id), rev.json);
  });

  it('this desk can edit such an article; its own revision descends from the newer one, which stays on the share as it was', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    expectOk(await b.sync());
    const articleId = ulid();
    const rev = revisionFile(articleId, 'الحكومة تقر الموازنة', EMBARGO);
    share.plant(`qalam/articles/${articleId}/revisions/${rev.id}.json`, rev.json);
    share.plant(`qalam/articles/${articleId}/heads/${future}.json`, headFile(articleId, rev.id));
    expectOk(await b.sync());
    const saved = b.library.save({ id: articleId, meta: { headline: 'الحكومة تقر الموازنة بعد جلسة طويلة' } });
    expectOk(await b.sync());
    assert.deepEqual(saved.parents, [rev.id]);
    const path = `qalam/articles/${articleId}/revisions/${rev.id}.json`;
    assert.equal(Buffer.from(await share.read(path, 1 << 20)).toString('utf8'), rev.json);
  });

  it('a device, words or marker file with fields this Qalam does not know is read for what it knows', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    share.plant(
      'qalam/share.json',
      JSON.stringify({ format: 'qalam-share/1', share: ulid(), createdAt: at, createdBy: 'Qalam 1.4', region: { city: 'عمّان' } }),
    );
    expectOk(await b.sync());

    share.plant(
      `qalam/devices/${future}.json`,
      JSON.stringify({
        format: 'qalam-device/1',
        device: future,
        name: 'DESK-9',
        user: 'فاطمة',
        lastSeen: at,
        editing: [{ articleId: ulid(), since: at, cursor: { block: 3 } }],
        shift: 'night',
      }),
    );
    const presence = await readPresence(share, b.library.device);
    assert.equal(presence.length, 1);
    assert.equal(presence[0]?.user, 'فاطمة');
    assert.equal(presence[0]?.editing.length, 1);

    share.plant(`qalam/words/${future}.json`, JSON.stringify({ format: 'qalam-words/1', device: future, words: ['حفتر', 'الإليزيه'], sources: { حفتر: 'desk' } }));
    const words = new SharedWords();
    await words.exchange(share, b.library.device, { version: () => 0, words: () => [] });
    assert.deepEqual([...words.words].sort(), ['الإليزيه', 'حفتر'].sort());
  });

  it('known fields are as strict as ever: extra fields get no file past a wrong type, a bad id or a bad link', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    expectOk(await b.sync());
    const plantArticle = (rev: { id: string; json: string }, articleId: string, head = headFile(articleId, rev.id)) => {
      share.plant(`qalam/articles/${articleId}/revisions/${rev.id}.json`, rev.json);
      share.plant(`qalam/articles/${articleId}/heads/${future}.json`, head);
      return `qalam/articles/${articleId}`;
    };
    const cases: Record<string, [string, RegExp]> = {};
    const a1 = ulid();
    cases.kind = [plantArticle(revisionFile(a1, 'نوع مجهول', { ...EMBARGO, kind: 'translate' }), a1), /wrong schema: kind/];
    const a2 = ulid();
    const evil = revisionFile(a2, 'رابط', {
      ...EMBARGO,
      body: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ text: 'اضغط' }] }] }],
    });
    cases.link = [plantArticle(evil, a2), /wrong schema: body/];
    const a3 = ulid();
    const nested = revisionFile(a3, 'حقل داخلي', { meta: { ...JSON.parse(revisionFile(a3, 'حقل داخلي').json).meta, subtitle: 'جديد' } });
    cases.nested = [plantArticle(nested, a3), /wrong schema: meta/];
    const a4 = ulid();
    const rev4 = revisionFile(a4, 'رأس معطوب');
    cases.head = [plantArticle(rev4, a4, headFile(a4, '<script>', { client: 'x' })), /wrong schema: revision/];
    const a5 = ulid();
    const rev5 = revisionFile(a5, 'صيغة غريبة');
    cases.format = [plantArticle(rev5, a5, headFile(a5, rev5.id, { format: 'qalam-head/1.5' })), /wrong schema: format/];
    const a6 = ulid();
    cases.revisionFormat = [plantArticle(revisionFile(a6, 'صيغة رأس', { format: 'qalam-head/2' }), a6), /wrong schema: format/];

    const before = snapshot(b.library);
    const report = expectOk(await b.sync());
    for (const [name, [dir, reason]] of Object.entries(cases)) {
      const found = report.skipped.find((s) => s.path.startsWith(dir));
      assert.ok(found, `${name}: skipped`);
      assert.match(found.reason, reason, name);
    }
    assert.deepEqual(report.newer, [], 'damage is not mistaken for a newer Qalam');
    assert.deepEqual(snapshot(b.library), before);
  });

  it('unknown fields must be plain JSON data that hashes the same everywhere: no __proto__, no Infinity, no absurd depth', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    expectOk(await b.sync());
    const plantRaw = (articleId: string, json: string) => {
      const id = sha256Hex(canonicalJson(JSON.parse(json)));
      share.plant(`qalam/articles/${articleId}/revisions/${id}.json`, json);
      share.plant(`qalam/articles/${articleId}/heads/${future}.json`, headFile(articleId, id));
      return `qalam/articles/${articleId}/revisions/${id}.json`;
    };
    const base = (articleId: string) => revisionFile(articleId, 'خبر عادي').json.slice(0, -1);
    const proto = ulid();
    const protoPath = plantRaw(proto, `${base(proto)},"extra":{"__proto__":{"polluted":true}}}`);
    const topProto = ulid();
    const topProtoPath = plantRaw(topProto, `${base(topProto)},"__proto__":{"polluted":true}}`);
    const deep = ulid();
    const deepPath = plantRaw(deep, `${base(deep)},"extra":${'['.repeat(100)}${']'.repeat(100)}}`);
    // 1e400 is Infinity once parsed: it cannot be hashed the same way twice. Named by
    // hand (canonicalJson refuses it), the file must still be refused, not crash the pass.
    const huge = ulid();
    const hugeJson = `${base(huge)},"extra":1e400}`;
    const hugeId = 'f'.repeat(64);
    share.plant(`qalam/articles/${huge}/revisions/${hugeId}.json`, hugeJson);
    share.plant(`qalam/articles/${huge}/heads/${future}.json`, headFile(huge, hugeId));

    const report = expectOk(await b.sync());
    const reasons = new Map(report.skipped.map((s) => [s.path, s.reason]));
    assert.match(reasons.get(protoPath) ?? '', /wrong schema: extra\.__proto__/);
    assert.match(reasons.get(topProtoPath) ?? '', /wrong schema: __proto__/);
    assert.match(reasons.get(deepPath) ?? '', /nested too deep/);
    assert.match(reasons.get(`qalam/articles/${huge}/revisions/${hugeId}.json`) ?? '', /not a finite number/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(b.library.heads(), []);
  });

  it('a revision or head from a newer major is reported once as from a newer Qalam, not damage; nothing local changes; the pass goes on', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const ours = a.library.create({ meta: { headline: 'خبر من هذا الإصدار' } });
    expectOk(await a.sync());
    expectOk(await b.sync());

    // An article this desk already has, moved on by a newer desk whose revision is /2.
    const v2 = JSON.stringify({ format: 'qalam-revision/2', articleId: ours.id, parents: [ours.revision], document: { blocks: [] } });
    const v2Id = sha256Hex(v2);
    share.plant(`qalam/articles/${ours.id}/revisions/${v2Id}.json`, v2);
    share.plant(`qalam/articles/${ours.id}/heads/${future}.json`, headFile(ours.id, v2Id));
    // A new article whose head file itself is /2, and a second head on the same /2 revision.
    const other = ulid();
    share.plant(`qalam/articles/${other}/heads/${future}.json`, JSON.stringify({ format: 'qalam-head/2', article: other, at: { revision: 'x' } }));
    const twice = ulid();
    share.plant(`qalam/articles/${ours.id}/heads/${twice}.json`, JSON.stringify({ ...JSON.parse(headFile(ours.id, v2Id)), device: twice }));
    // Meanwhile desk 1 (same version) saves: that work must still arrive in the same pass.
    a.library.save({ id: ours.id, body: [paragraph('فقرة أضيفت على الجهاز الأول.')] });
    expectOk(await a.sync());
    const before = snapshot(b.library);

    const report = expectOk(await b.sync());
    assert.deepEqual(report.skipped, [], 'nothing is called damaged');
    assert.deepEqual(
      report.newer.map((f) => [f.path, f.reason]),
      [
        [`qalam/articles/${other}/heads/${future}.json`, 'qalam-head/2'],
        [`qalam/articles/${ours.id}/revisions/${v2Id}.json`, 'qalam-revision/2'],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
      'each file once, however many heads lead to it',
    );
    assert.deepEqual(report.pulled.articles, [ours.id], 'the same-version desk’s save arrived');
    assert.notEqual(snapshot(b.library)[ours.id]?.[0], before[ours.id]?.[0]);
    assert.equal(b.library.get(ours.id).body.length, 1);
    assert.deepEqual(b.library.heads().map((h) => h.id), [ours.id], 'the newer article is not imported half-read');
    // The /2 file is untouched on the share, and read again (and reported) next pass.
    assert.equal(Buffer.from(await share.read(`qalam/articles/${ours.id}/revisions/${v2Id}.json`, 1 << 20)).toString('utf8'), v2);
    const again = expectOk(await b.sync());
    assert.equal(again.newer.length, 2);
    assert.deepEqual(again.pulled.articles, []);
  });

  it('device and words files from a newer major are noted, and add nothing', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const b = room.device('desk-2');
    expectOk(await b.sync());
    share.plant(`qalam/devices/${future}.json`, JSON.stringify({ format: 'qalam-device/2', id: future, seen: at }));
    share.plant(`qalam/words/${future}.json`, JSON.stringify({ format: 'qalam-words/2', device: future, words: { ar: ['حفتر'] } }));
    const newer: SkippedFile[] = [];
    assert.deepEqual(await readPresence(share, b.library.device, newer), []);
    const words = new SharedWords();
    const ours = { version: () => 0, words: () => [] };
    await words.exchange(share, b.library.device, ours, newer);
    assert.equal(words.words.size, 0);
    assert.deepEqual(newer.map((f) => f.reason).sort(), ['qalam-device/2', 'qalam-words/2']);
    // Unchanged since, the words file is not read again, and still noted on the next pass.
    const next: SkippedFile[] = [];
    await words.exchange(share, b.library.device, ours, next);
    assert.deepEqual(next.map((f) => f.reason), ['qalam-words/2']);
  });

  it('a share marker from a newer major pauses the pass with its own status, in Arabic and English, and changes nothing', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    a.library.create({ meta: { headline: 'خبر قبل التحديث' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    b.library.create({ meta: { headline: 'خبر لم يُرسل بعد' } });
    const before = snapshot(b.library);
    const marker = JSON.stringify({ format: 'qalam-share/2', share: ulid(), layout: 'by-day' });
    share.plant('qalam/share.json', marker);

    const report = await b.sync();
    assert.equal(report.status, 'share_newer');
    assert.match(report.messageAr, /إصدار أحدث من قلم؛ حدّث البرنامج/);
    assert.match(report.message, /newer version of Qalam; update this program/);
    assert.match(report.message, /qalam-share\/2/);
    assert.deepEqual(snapshot(b.library), before);
    assert.deepEqual(report.pushed, { articles: [], revisions: 0, assets: 0 });
    assert.equal(Buffer.from(await share.read('qalam/share.json', 1 << 16)).toString('utf8'), marker);
  });
});
