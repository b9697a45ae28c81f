// Emptying the trash on a desk that syncs, through the handlers the renderer calls: the
// moves to the trash not yet on the share go there first, so the other desk has those
// articles in its trash; nothing comes back here; an article never shared stays unshared.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createServices } from '../../../electron/services/index';

test('empty trash carries the deletions to the share first, and they stay gone here', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-sync-purge-'));
  const share = join(dir, 'share');
  await mkdir(share);
  const a = await createServices({ dbPath: join(dir, 'a.db') });
  const b = await createServices({ dbPath: join(dir, 'b.db') });
  try {
    const shared = await a.handlers['articles.create']({ meta: { headline: 'تقرير مشترك' } });
    await a.handlers['sync.configure']({ shareFolder: share, deviceName: 'DESK-1', intervalSeconds: 3600, enabled: true });
    await b.handlers['sync.configure']({ shareFolder: share, deviceName: 'DESK-3', intervalSeconds: 3600, enabled: true });
    // Made after the last pass, trashed and purged before any other: never on the share.
    const local = await a.handlers['articles.create']({ meta: { headline: 'مسودة محلية' } });
    await a.handlers['articles.trash']({ id: shared.id });
    await a.handlers['articles.trash']({ id: local.id });
    assert.deepEqual(await a.handlers['articles.emptyTrash'](undefined), { purged: 2 });

    await b.handlers['sync.now'](undefined);
    assert.deepEqual((await b.handlers['articles.list']({ trashed: true })).map((x) => x.id), [shared.id]);
    assert.deepEqual(await readdir(join(share, 'qalam', 'articles')), [shared.id], 'the local draft never went out');
    await b.handlers['articles.restore']({ id: shared.id });
    await b.handlers['sync.now'](undefined);
    const state = await a.handlers['sync.now'](undefined);
    assert.equal(state.log[0]?.status, 'ok');
    assert.deepEqual(await a.handlers['articles.list']({}), []);
    assert.deepEqual(await a.handlers['articles.list']({ trashed: true }), []);
  } finally {
    await a.close();
    await b.close();
    await rm(dir, { recursive: true, force: true });
  }
});
