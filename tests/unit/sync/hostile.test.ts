// Hostile or broken share contents are skipped and reported, never imported; nothing is
// written outside the share; the pass still completes and real work still flows.
import assert from 'node:assert/strict';
import { mkdir, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { ulid } from 'ulid';
import type { RevisionContent } from '../../../electron/services/store/revisions';
import { encodeRevision } from '../../../electron/services/store/revisions';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import type { Desk } from './helpers';
import { createRevision, desk, expectOk } from './helpers';

const stranger = ulid();

const revision = (articleId: string, headline: string, parents: string[] = []): RevisionContent =>
  createRevision({ articleId, headline, parents, device: stranger, at: '2026-03-01T09:00:00.000Z' });

const head = (articleId: string, revisionId: string, device = stranger) =>
  JSON.stringify({ format: 'qalam-head/1', articleId, device, revision: revisionId, writtenAt: '2026-03-01T09:00:00.000Z' });

describe('hostile share contents', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('are skipped and reported on disk; nothing leaves the share; the pass completes', async () => {
    let share = '';
    room = await desk(() => share);
    share = join(room.dir, 'share');
    const outside = join(room.dir, 'outside');
    await mkdir(share);
    await mkdir(outside);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const real = a.library.create({ meta: { headline: 'خبر حقيقي' } });
    expectOk(await a.sync());
    const articles = join(share, 'qalam/articles');
    const plant = async (path: string, data: string) => {
      await mkdir(join(articles, path, '..'), { recursive: true });
      await writeFile(join(articles, path), data);
    };

    // A well-formed foreign article, to be sure the bad ones are refused for what they are.
    const good = ulid();
    const goodRev = encodeRevision(revision(good, 'مقال سليم من جهاز آخر'));
    await plant(`${good}/revisions/${goodRev.id}.json`, goodRev.json);
    await plant(`${good}/heads/${stranger}.json`, head(good, goodRev.id));

    const bad: Record<string, string> = {};
    // invalid JSON
    const broken = ulid();
    await plant(`${broken}/heads/${stranger}.json`, '{"format": "qalam-head/1", ');
    bad.invalidJson = `${broken}/heads/${stranger}.json`;
    // wrong schema (a head that carries a script instead of a revision id)
    const wrong = ulid();
    await plant(`${wrong}/heads/${stranger}.json`, JSON.stringify({ format: 'qalam-head/1', articleId: wrong, revision: '<script>' }));
    bad.wrongSchema = `${wrong}/heads/${stranger}.json`;
    // a revision whose content was edited after it was named
    const forged = ulid();
    const original = encodeRevision(revision(forged, 'العنوان الأصلي'));
    await plant(`${forged}/revisions/${original.id}.json`, encodeRevision(revision(forged, 'عنوان مزوّر')).json);
    await plant(`${forged}/heads/${stranger}.json`, head(forged, original.id));
    bad.forged = `${forged}/revisions/${original.id}.json`;
    // a revision that fails the document schema (a javascript: link)
    const unsafe = ulid();
    const evil = revision(unsafe, 'رابط خبيث');
    const evilBody = [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ text: 'اضغط' }] }] }];
    const evilJson = JSON.stringify({ ...evil, body: evilBody });
    const { canonicalJson } = await import('../../../electron/common/canonical-json');
    const { createHash } = await import('node:crypto');
    const evilId = createHash('sha256').update(canonicalJson(JSON.parse(evilJson))).digest('hex');
    await plant(`${unsafe}/revisions/${evilId}.json`, evilJson);
    await plant(`${unsafe}/heads/${stranger}.json`, head(unsafe, evilId));
    bad.badSchema = `${unsafe}/revisions/${evilId}.json`;
    // a 200 MB head file (sparse: it takes no disk)
    const huge = ulid();
    await plant(`${huge}/heads/${stranger}.json`, '');
    await truncate(join(articles, `${huge}/heads/${stranger}.json`), 200 * 1024 * 1024);
    bad.huge = `${huge}/heads/${stranger}.json`;
    // names with ../, ..\ and an absolute path, and one that differs only in case
    await mkdir(join(articles, '..\\..\\evil'));
    await mkdir(join(articles, 'C:'));
    await mkdir(join(articles, good.toLowerCase()));
    await plant(`${real.id}/heads/..\\${stranger}.json`, head(real.id, goodRev.id));
    await plant(`${good}/revisions/${goodRev.id.toUpperCase()}.json`, goodRev.json);
    // links pointing outside: a whole article folder, and one head file
    const linked = ulid();
    await mkdir(join(outside, 'article/heads'), { recursive: true });
    await writeFile(join(outside, 'article/heads', `${stranger}.json`), head(linked, goodRev.id));
    await symlink(join(outside, 'article'), join(articles, linked));
    const linkedHead = ulid();
    await mkdir(join(articles, linkedHead, 'heads'), { recursive: true });
    await writeFile(join(outside, 'head.json'), head(linkedHead, goodRev.id));
    await symlink(join(outside, 'head.json'), join(articles, linkedHead, 'heads', `${stranger}.json`));
    const outsideBefore = (await readdir(outside, { recursive: true })).sort();

    const report = expectOk(await b.sync());
    const skipped = new Map(report.skipped.map((s) => [s.path.replace('qalam/articles/', ''), s.reason]));
    assert.match(skipped.get(bad.invalidJson) ?? '', /invalid JSON/);
    assert.match(skipped.get(bad.wrongSchema) ?? '', /wrong schema/);
    assert.match(skipped.get(bad.forged) ?? '', /does not match/);
    assert.match(skipped.get(bad.badSchema) ?? '', /wrong schema: body/);
    assert.match(skipped.get(bad.huge) ?? '', /too large/);
    assert.match(skipped.get('..\\..\\evil') ?? '', /not an article id/);
    assert.match(skipped.get('C:') ?? '', /not an article id/);
    assert.match(skipped.get(good.toLowerCase()) ?? '', /not an article id/);
    assert.match(skipped.get(`${real.id}/heads/..\\${stranger}.json`) ?? '', /not a device id/);
    assert.match(skipped.get(linked) ?? '', /link/);
    assert.match(skipped.get(`${linkedHead}/heads/${stranger}.json`) ?? '', /link|not a file/);

    // Only the real article and the sound foreign one were imported.
    assert.deepEqual(b.library.heads().map((h) => h.id).sort(), [real.id, good].sort());
    assert.equal(b.library.get(good).meta.headline, 'مقال سليم من جهاز آخر');
    // Nothing was written outside the share, and the room holds only what it held.
    assert.deepEqual((await readdir(outside, { recursive: true })).sort(), outsideBefore);
    assert.deepEqual((await readdir(room.dir)).filter((n) => !n.endsWith('.db') && !n.includes('.db-')).sort(), ['outside', 'share']);
    // And the next pass still works both ways.
    b.library.save({ id: real.id, meta: { headline: 'خبر حقيقي محدَّث' } });
    expectOk(await b.sync());
    expectOk(await a.sync());
    assert.equal(a.library.get(real.id).meta.headline, 'خبر حقيقي محدَّث');
  });

  it('on a case-folding share, names that differ only in case do not confuse the pass', async () => {
    const share = new MemoryFolder({ caseInsensitive: true });
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'مؤتمر صحفي' } });
    expectOk(await a.sync());
    const rev = encodeRevision(revision(article.id, 'نسخة بحروف كبيرة'));
    share.plant(`qalam/articles/${article.id}/revisions/${rev.id.toUpperCase()}.json`, rev.json);
    share.plant(`qalam/articles/${article.id}/heads/${stranger.toLowerCase()}.json`, head(article.id, rev.id));
    // Entries whose listed names are absolute paths (what a hostile server could return).
    share.plant(`qalam/articles/${article.id}/heads/abs1`, head(article.id, rev.id), '/etc/passwd');
    share.plant(`qalam/articles/${article.id}/heads/abs2`, head(article.id, rev.id), 'C:\\Windows\\win.ini');
    const report = expectOk(await b.sync());
    assert.ok(report.skipped.some((s) => s.path.endsWith(`${stranger.toLowerCase()}.json`)));
    assert.ok(report.skipped.some((s) => s.path.endsWith('heads//etc/passwd') && s.reason === 'not a device id'));
    assert.ok(report.skipped.some((s) => s.path.endsWith('win.ini') && s.reason === 'not a device id'));
    assert.equal(b.library.get(article.id).meta.headline, 'مؤتمر صحفي');
  });
});
