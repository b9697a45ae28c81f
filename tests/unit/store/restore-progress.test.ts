// The settings page learns how a restore goes by asking (library.restoreProgress) while
// its restore call is pending; the services answer from the worker's latest report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { RestoreProgress } from '../../../electron/common/contract';
import { createServices, type Services } from '../../../electron/services/index';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { tempDir } from './helpers';
import { writeOldLibrary } from './old-library';

let tmp: ReturnType<typeof tempDir>;
let services: Services;
before(async () => {
  tmp = tempDir();
  services = await createServices({ dbPath: path.join(tmp.dir, 'qalam.db') });
});
after(async () => {
  await services.close();
  tmp.cleanup();
});

test('while an old backup is restored, the page is told the restore runs and how far its migration is', async () => {
  const { handlers } = services;
  const folder = path.join(tmp.dir, 'backups');
  fs.mkdirSync(folder);
  const backup = path.join(folder, 'qalam-20260101T090000000Z.db');
  writeOldLibrary(backup, 2_000);
  assert.deepEqual(await handlers['library.listBackups'](undefined), { folder, backups: [{ path: backup, bytes: fs.statSync(backup).size, createdAt: '2026-01-01T09:00:00.000Z' }] });
  assert.deepEqual(await handlers['library.restoreProgress'](undefined), { restoring: false, migration: null });

  const seen: RestoreProgress[] = [];
  let settled = false;
  const restoring = Promise.resolve(handlers['library.restoreBackup']({ path: backup })).finally(() => (settled = true));
  while (!settled) {
    seen.push(await handlers['library.restoreProgress'](undefined));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await restoring;

  assert.ok(seen.every((s) => s.restoring), 'every answer while the call was pending says a restore runs');
  const migrating = seen.map((s) => s.migration).filter((m) => m !== null);
  assert.ok(migrating.some((m) => m.name === 'clitic-search' && m.done > 0 && m.done < m.total), 'seen partway through the re-index');
  assert.deepEqual(await handlers['library.restoreProgress'](undefined), { restoring: false, migration: null });
  assert.equal(services.library.db.pragma('user_version', { simple: true }), LATEST_VERSION);
  assert.equal((await handlers['articles.list']({ limit: 10_000 })).length, 1_980);
});
