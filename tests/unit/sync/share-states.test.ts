// Absence is never deletion: a share that is emptied, unmounted, swapped for an empty
// folder or another share, or half-copied pauses sync with a status that says why, and
// not one local article, revision or head changes (Joplin #883, #4223).
import assert from 'node:assert/strict';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { SyncStatus } from '../../../electron/services/sync/report';
import type { Desk, Device } from './helpers';
import { desk, expectOk, paragraph, revisionIds, snapshot } from './helpers';

describe('sync when the share is not what it was', () => {
  let room: Desk;
  let share: string;
  let a: Device;
  let b: Device;
  let ids: string[];

  beforeEach(async () => {
    room = await desk(() => share);
    share = join(room.dir, 'share');
    await mkdir(share);
    a = room.device('desk-1');
    b = room.device('desk-2');
    ids = [];
    for (const headline of ['عاجل: زلزال بقوة ٥ درجات', 'أسعار الذهب اليوم', 'نتائج الانتخابات البلدية']) {
      ids.push(a.library.create({ meta: { headline }, body: [paragraph(headline)] }).id);
    }
    expectOk(await a.sync());
    expectOk(await b.sync());
    // Work in progress on both desks that the share has not seen yet.
    a.library.save({ id: ids[0]!, body: [paragraph('تحديث: لا إصابات')] });
    b.library.create({ meta: { headline: 'مقال جديد لم يُرفع بعد' } });
  });
  afterEach(async () => room.close());

  async function expectPaused(device: Device, status: SyncStatus, folder?: string): Promise<void> {
    const before = { articles: snapshot(device.library), revisions: revisionIds(device.library) };
    const report = await device.sync(folder);
    assert.equal(report.status, status, report.message);
    assert.match(report.messageAr, /أُوقفت المزامنة ولم يتغيّر شيء/);
    assert.deepEqual(snapshot(device.library), before.articles, 'no article changed');
    assert.deepEqual(revisionIds(device.library), before.revisions, 'no revision added or lost');
    assert.deepEqual([report.pulled.articles, report.pushed.articles], [[], []]);
  }

  it('unmounted (the folder is gone): share_unreachable, nothing changes', async () => {
    await rename(share, `${share}-away`);
    await expectPaused(a, 'share_unreachable');
    await expectPaused(b, 'share_unreachable');
    await rename(`${share}-away`, share);
    expectOk(await a.sync());
    expectOk(await b.sync());
    assert.equal(b.library.get(ids[0]!).revision, a.library.get(ids[0]!).revision, 'the edit made while away arrives');
  });

  it('emptied (qalam/ removed): share_empty, nothing changes, nothing is re-uploaded over it', async () => {
    await rm(join(share, 'qalam'), { recursive: true });
    await expectPaused(a, 'share_empty');
    await expectPaused(b, 'share_empty');
  });

  it('replaced by an empty folder: share_empty', async () => {
    await rename(share, `${share}-old`);
    await mkdir(share);
    await expectPaused(a, 'share_empty');
  });

  it('half-copied (an article folder missing): share_incomplete', async () => {
    await rm(join(share, 'qalam/articles', ids[1]!), { recursive: true });
    await expectPaused(a, 'share_incomplete');
    await expectPaused(b, 'share_incomplete');
  });

  it('half-copied (our head file missing): share_incomplete', async () => {
    await rm(join(share, 'qalam/articles', ids[2]!, 'heads', `${b.library.device}.json`));
    await expectPaused(b, 'share_incomplete');
  });

  it('pointed at another Qalam share: share_replaced, unless the editor chose it', async () => {
    const other = join(room.dir, 'other');
    await mkdir(other);
    const c = room.device('desk-3');
    expectOk(await c.sync(other));
    await expectPaused(a, 'share_replaced', other);

    // The editor picks the new share in settings: everything of a's goes there.
    const { syncOnce } = await import('../../../electron/services/sync/engine');
    const moved = expectOk(await syncOnce({ library: a.library, folder: other, adoptShare: true }));
    assert.equal(moved.pushed.articles.length, a.library.heads().length);
    expectOk(await c.sync(other));
    assert.equal(c.library.get(ids[0]!).revision, a.library.get(ids[0]!).revision);
  });
});
