// Two desks pointed at the same empty folder at the same moment must agree on one share:
// the marker is created exclusively, so the second desk adopts the first one's instead of
// writing over it (which left the first desk "share replaced" on its next pass).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import type { Desk } from './helpers';
import { desk, expectOk, paragraph } from './helpers';

describe('starting a share', () => {
  let room: Desk;
  afterEach(async () => room.close());

  for (const kind of ['disk', 'memory'] as const) {
    it(`two desks starting the same empty ${kind} share at once end on one share`, async () => {
      const memory = new MemoryFolder();
      let share = '';
      room = await desk(() => (kind === 'memory' ? memory : share));
      share = join(room.dir, 'share');
      await mkdir(share);
      const desks = ['desk-1', 'desk-2', 'desk-3'].map((n) => room.device(n));
      const ids = desks.map((d, i) => d.library.create({ meta: { headline: `خبر ${i + 1}` }, body: [paragraph('نص')] }).id);
      await Promise.all(desks.map(async (d) => expectOk(await d.sync())));
      // Every desk keeps syncing with the one share, and sees every article.
      for (let round = 0; round < 2; round++) for (const d of desks) expectOk(await d.sync());
      for (const d of desks) assert.deepEqual(new Set(d.library.heads().map((h) => h.id)), new Set(ids));
      if (kind === 'disk') assert.match(await readFile(join(share, 'qalam/share.json'), 'utf8'), /qalam-share\/1/);
    });
  }
});
