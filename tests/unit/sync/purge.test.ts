// Deleting for good (purge, empty trash) on a desk that syncs: the article never comes
// back to that desk from the share, whatever state sync was in when it was purged, and
// sync goes on working (no dangling conflict, no paused share).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { listConflicts } from '../../../electron/services/sync/conflicts';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import type { Desk } from './helpers';
import { desk, expectOk, paragraph, snapshot } from './helpers';

describe('deleting for good on a desk that syncs', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('an article in conflict, then trashed and purged, leaves no conflict behind and sync goes on', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'تقرير الميزانية' }, body: [paragraph('مسودة أولى.')] });
    expectOk(await a.sync());
    expectOk(await b.sync());
    a.library.save({ id: article.id, body: [paragraph('صيغة المكتب الأول.')] });
    b.library.save({ id: article.id, body: [paragraph('صيغة المكتب الثاني.')] });
    expectOk(await b.sync());
    expectOk(await a.sync());
    assert.equal(listConflicts(a.library).length, 1, 'a conflict to start from');

    a.library.trash(article.id);
    a.library.purge(article.id);
    assert.deepEqual(listConflicts(a.library), [], 'the conflict went with the article');
    const pass = expectOk(await a.sync());
    assert.equal(pass.openConflicts, 0);
    assert.deepEqual(pass.pulled.articles, []);
    assert.deepEqual(a.library.heads(), []);
    // The other desk keeps working with its copy.
    b.library.save({ id: article.id, body: [paragraph('صيغة المكتب الثاني، منقحة.')] });
    expectOk(await b.sync());
    expectOk(await a.sync());
    assert.deepEqual(a.library.heads(), [], 'still gone here after the other desk moved on');
  });

  it('an article pulled from another desk and purged before this desk published its own head does not come back', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = b.library.create({ meta: { headline: 'خبر عاجل' }, body: [paragraph('نص الخبر.')] });
    expectOk(await b.sync());
    // The pull lands, then the push of this desk's head fails (the share went read-only).
    share.setFaults((op, path) => (op === 'write' && path.includes(`/heads/${a.library.device}`) ? 'EACCES' : undefined));
    const pulled = await a.sync();
    share.setFaults(undefined);
    assert.deepEqual(pulled.pulled.articles, [article.id]);
    assert.equal(pulled.status, 'share_error');
    a.library.trash(article.id);
    a.library.purge(article.id);
    expectOk(await a.sync());
    assert.deepEqual(a.library.heads(), [], 'not fetched again');
    assert.deepEqual(a.library.listRevisions(article.id), []);
  });

  it('an article trashed before the share ever had it stays off the share; restored, it goes', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    expectOk(await a.sync());
    const draft = a.library.create({ meta: { headline: 'مسودة لم تُرسل' } });
    a.library.trash(draft.id);
    assert.deepEqual(expectOk(await a.sync()).pushed.articles, []);
    expectOk(await b.sync());
    assert.deepEqual(b.library.heads(), [], 'not in the other desk\'s trash either');
    a.library.untrash(draft.id);
    assert.deepEqual(expectOk(await a.sync()).pushed.articles, [draft.id]);
    expectOk(await b.sync());
    assert.equal(snapshot(b.library)[draft.id]?.[1], 'مسودة لم تُرسل');
  });

  it('empty trash after the deletion reached the share: the other desks have it in their trash, this one has it nowhere', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const kept = a.library.create({ meta: { headline: 'يبقى' } });
    const gone = a.library.create({ meta: { headline: 'يُحذف' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    a.library.trash(gone.id);
    expectOk(await a.sync());
    a.library.emptyTrash();
    expectOk(await a.sync());
    expectOk(await b.sync());
    assert.deepEqual(Object.keys(snapshot(a.library)), [kept.id]);
    assert.equal(snapshot(b.library)[gone.id]?.[2], true, 'in the trash on the other desk');
  });
});
