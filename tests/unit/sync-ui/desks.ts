// Two desks for the sync tests that go through the handlers the renderer calls: two
// libraries bound through createServices, one temp share, sync on with an hour's
// interval, so passes happen when a test asks for them (sync.now).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../../electron/services/index';

export interface Desks {
  a: Services;
  b: Services;
  share: string;
  close(): Promise<void>;
}

export async function twoDesks(): Promise<Desks> {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-sync-desks-'));
  const share = join(dir, 'share');
  await mkdir(share);
  const a = await createServices({ dbPath: join(dir, 'a.db') });
  const b = await createServices({ dbPath: join(dir, 'b.db') });
  await a.handlers['sync.configure']({ shareFolder: share, deviceName: 'DESK-1', intervalSeconds: 3600, enabled: true });
  await b.handlers['sync.configure']({ shareFolder: share, deviceName: 'DESK-3', intervalSeconds: 3600, enabled: true });
  return {
    a,
    b,
    share,
    async close() {
      await a.close();
      await b.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
