// Two and three newsroom desks sharing one folder: what one writes, the others get —
// words, metadata and figures — in both directions.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { syncOnce } from '../../../electron/services/sync/engine';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import { editorsOf, readPresence } from '../../../electron/services/sync/presence';
import type { Desk } from './helpers';
import { PNG_1x1, desk, expectOk, paragraph, snapshot } from './helpers';

describe('sync between devices', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('an article written on one desk appears on the other with its figure', async () => {
    let sharePath = '';
    room = await desk(() => sharePath);
    sharePath = join(room.dir, 'share');
    await (await import('node:fs/promises')).mkdir(sharePath);
    const a = room.device('desk-1');
    const b = room.device('desk-2');

    const { hash } = a.library.putAsset(PNG_1x1, 'image/png');
    const article = a.library.create({
      meta: { kicker: 'تحركات عسكرية..', headline: 'حشود على الحدود الشمالية' },
      body: [
        paragraph('أفادت مصادر ميدانية بأن تعزيزات جديدة وصلت إلى المنطقة.'),
        { type: 'figure', asset: hash, alt: 'آليات عسكرية', children: [{ text: 'قافلة على الطريق الدولي' }] },
      ],
    });

    const pushed = expectOk(await a.sync());
    assert.deepEqual(pushed.pushed.articles, [article.id]);
    assert.equal(pushed.pushed.assets, 1);
    const pulled = expectOk(await b.sync());
    assert.deepEqual(pulled.pulled.articles, [article.id]);

    const copy = b.library.get(article.id);
    assert.equal(copy.meta.headline, 'حشود على الحدود الشمالية');
    assert.equal(copy.revision, article.revision);
    assert.deepEqual(copy.body, article.body);
    assert.deepEqual(b.library.getAsset(hash).bytes, PNG_1x1);

    // On the share: ids and hashes only, and a page a person can open.
    const dir = join(sharePath, 'qalam/articles', article.id);
    assert.deepEqual((await readdir(dir)).sort(), ['article.html', 'assets', 'heads', 'revisions']);
    assert.deepEqual(await readdir(join(dir, 'assets')), [`${hash}.png`]);
    assert.equal((await readdir(join(dir, 'heads'))).length, 2);
    assert.match(await readFile(join(dir, 'article.html'), 'utf8'), /حشود على الحدود الشمالية/);
  });

  it('edits flow both ways, each a fast-forward', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'افتتاح معرض الكتاب' }, body: [paragraph('يفتتح المعرض أبوابه غدًا.')] });
    expectOk(await a.sync());
    expectOk(await b.sync());

    const edited = b.library.save({ id: article.id, body: [paragraph('يفتتح المعرض أبوابه غدًا بمشاركة ٤٠٠ دار نشر.')] });
    expectOk(await b.sync());
    const back = expectOk(await a.sync());
    assert.deepEqual(back.pulled.articles, [article.id]);
    assert.deepEqual(back.conflicts, []);
    assert.equal(a.library.get(article.id).revision, edited.revision);

    const again = a.library.save({ id: article.id, meta: { headline: 'افتتاح معرض الكتاب الدولي' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    assert.equal(b.library.get(article.id).meta.headline, 'افتتاح معرض الكتاب الدولي');
    assert.equal(b.library.get(article.id).revision, again.revision);
    assert.deepEqual(snapshot(a.library), snapshot(b.library));
  });

  it('three desks converge, and a deletion travels as a revision', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const [a, b, c] = [room.device('desk-1'), room.device('desk-2'), room.device('desk-3')];
    const one = a.library.create({ meta: { headline: 'الخبر الأول' } });
    const two = b.library.create({ meta: { headline: 'الخبر الثاني' } });
    for (let round = 0; round < 2; round++) for (const d of [a, b, c]) expectOk(await d.sync());
    for (const d of [a, b, c]) assert.deepEqual(Object.keys(snapshot(d.library)).sort(), [one.id, two.id].sort());

    c.library.trash(one.id);
    expectOk(await c.sync());
    expectOk(await a.sync());
    expectOk(await b.sync());
    for (const d of [a, b, c]) {
      assert.equal(snapshot(d.library)[one.id]?.[2], true, `${d.name} has it in the trash`);
      assert.equal(d.library.listRevisions(one.id).length, 2, `${d.name} keeps its history`);
    }
    assert.deepEqual(snapshot(a.library), snapshot(c.library));
  });

  it('a pass with nothing new changes nothing and reads no head twice', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    a.library.create({ meta: { headline: 'نشرة الظهيرة' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    const quiet = expectOk(await b.sync());
    assert.deepEqual([quiet.pushed.articles, quiet.pulled.articles, quiet.conflicts, quiet.skipped], [[], [], [], []]);
  });

  it('an article deleted for good on one desk does not come back to it from the others', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'مسودة قديمة' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    a.library.trash(article.id);
    expectOk(await a.sync());
    expectOk(await b.sync());
    a.library.purge(article.id);
    const pass = expectOk(await a.sync());
    assert.deepEqual(pass.pulled.articles, []);
    assert.deepEqual(a.library.heads(), []);
    assert.deepEqual(a.library.listRevisions(article.id), [], 'its history is not fetched again either');
    assert.equal(snapshot(b.library)[article.id]?.[2], true, 'still in the trash on the other desk');
  });

  it('a head rewritten within one mtime tick, at the same size, is still noticed', async () => {
    // A share whose clock never moves: every file has the same mtime, as on a coarse
    // (FAT, some SMB) timestamp in a busy second. Only a fresh read can tell.
    const share = new MemoryFolder({ clock: () => Date.parse('2026-03-01T10:42:00Z') });
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'سعر الصرف' }, body: [paragraph('١٥٫٢')] });
    expectOk(await a.sync());
    expectOk(await b.sync());
    for (const figure of ['١٥٫٣', '١٥٫٤']) {
      const edit = a.library.save({ id: article.id, body: [paragraph(figure)] });
      expectOk(await a.sync());
      expectOk(await b.sync());
      assert.equal(b.library.get(article.id).revision, edit.revision);
    }
  });

  it('presence: who is editing what on which desk, from the device files', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'مقابلة مع وزير المالية' } });
    const since = '2026-03-01T10:42:00.000Z';
    expectOk(
      await syncOnce({
        library: a.library,
        folder: share,
        device: { name: 'DESK-3', user: 'فاطمة', editing: [{ articleId: article.id, since }], refreshSeconds: 30 },
      }),
    );
    expectOk(await b.sync());
    const presence = await readPresence(share, b.library.device);
    assert.deepEqual(editorsOf(presence, article.id).map((e) => [e.user, e.name, e.since]), [['فاطمة', 'DESK-3', since]]);
    // How often the desk refreshes travels with it, so the others can tell when it stopped.
    assert.deepEqual(presence.map((p) => p.refreshSeconds), [30]);
    assert.deepEqual(await readPresence(share, a.library.device).then((p) => editorsOf(p, article.id)), []);
  });

  it('a head waits for the figures its desk sent, and only for those', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const { hash } = a.library.putAsset(PNG_1x1, 'image/png');
    const never = 'f'.repeat(64); // a figure whose image this library never had (pasted from elsewhere)
    const figure = (asset: string) => ({ type: 'figure' as const, asset, alt: 'صورة', children: [{ text: 'تعليق' }] });
    const article = a.library.create({ meta: { headline: 'معرض الصور' }, body: [figure(hash), figure(never)] });
    expectOk(await a.sync());

    // The image is not there yet (a share still being copied): the article waits.
    const assetPath = `qalam/articles/${article.id}/assets/${hash}.png`;
    const bytes = share.files().get(assetPath)!;
    share.wipe(assetPath);
    const waiting = expectOk(await b.sync());
    assert.deepEqual(waiting.pulled.articles, []);
    assert.ok(waiting.skipped.some((s) => s.reason === 'figure missing' && s.path.includes(hash)));
    assert.deepEqual(b.library.heads(), []);

    share.plant(assetPath, bytes);
    const arrived = expectOk(await b.sync());
    assert.deepEqual(arrived.pulled.articles, [article.id]);
    assert.deepEqual(b.library.getAsset(hash).bytes, PNG_1x1);
    assert.equal(b.library.get(article.id).revision, article.revision);
  });
});
