// The web host opening a library from before clitic search prints how the migration
// goes (a line every few percent), then serves the migrated library.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startWebHost } from '../../../electron/host/web';
import { writeOldLibrary } from '../store/old-library';

let tmp: string;
before(async () => (tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-web-migration-'))));
after(() => rm(tmp, { recursive: true, force: true }));

test('lines about the re-index and the recount, a handful not hundreds, then the library answers', async () => {
  const dbPath = path.join(tmp, 'qalam.db');
  writeOldLibrary(dbPath, 3_000);
  const lines: string[] = [];
  const host = await startWebHost({ dbPath, port: 0, quiet: true, progress: (line) => lines.push(line) });
  try {
    assert.match(lines[0]!, /^Qalam: Preparing your library for more precise search… 0% — step 1 of 2 \(0 of 2,970 articles\)$/);
    assert.match(lines.at(-1)!, /^Qalam: Recounting the words of your articles… 100% — step 2 of 2 \(3,000 of 3,000 articles\)$/);
    assert.ok(lines.length >= 4 && lines.length <= 24, `${lines.length} lines`);
    const response = await fetch(`http://127.0.0.1:${host.port}/api/articles.search`, {
      method: 'POST',
      headers: { 'x-qalam-token': host.token, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'التهريب' }),
    });
    const result = (await response.json()) as { ok: boolean; value: unknown[] };
    assert.equal(result.ok, true);
    assert.ok(result.value.length > 0, 'found behind its clitic: the library is migrated');
  } finally {
    await host.close();
  }
});

test('an Arabic host prints Arabic; a library already current prints nothing', async () => {
  const dbPath = path.join(tmp, 'ar.db');
  writeOldLibrary(dbPath, 600);
  const lines: string[] = [];
  const first = await startWebHost({ dbPath, port: 0, quiet: true, lang: 'ar', progress: (line) => lines.push(line) });
  await first.close();
  assert.match(lines[0]!, /^قلم: نجهّز مكتبتك لبحث أدقّ… ٠٪/);
  lines.length = 0;
  const again = await startWebHost({ dbPath, port: 0, quiet: true, progress: (line) => lines.push(line) });
  await again.close();
  assert.deepEqual(lines, []);
});

test('restoring an old backup through the host prints the same lines while the host keeps answering, and the page gets the progress', async () => {
  const dbPath = path.join(tmp, 'restore', 'qalam.db');
  const backup = path.join(tmp, 'restore', 'backups', 'qalam-20260101T090000000Z.db');
  await mkdir(path.dirname(backup), { recursive: true });
  writeOldLibrary(backup, 1_500);
  const lines: string[] = [];
  const host = await startWebHost({ dbPath, port: 0, quiet: true, progress: (line) => lines.push(line) });
  const call = async <T>(channel: string, request?: unknown): Promise<{ ok: boolean; value: T }> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'x-qalam-token': host.token, 'content-type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
    return (await response.json()) as { ok: boolean; value: T };
  };
  try {
    assert.deepEqual(lines, [], 'a new library: nothing to migrate at open');
    let settled = false;
    const restoring = call('library.restoreBackup', { path: backup }).finally(() => (settled = true));
    const answered: boolean[] = [];
    while (!settled) answered.push((await call<{ restoring: boolean }>('library.restoreProgress')).value.restoring);
    assert.equal((await restoring).ok, true);
    assert.ok(answered.filter(Boolean).length >= 2, 'the host answered other requests while the backup migrated');
    assert.match(lines[0]!, /^Qalam: Preparing your library for more precise search… 0% — step 1 of 2 \(0 of 1,485 articles\)$/);
    assert.match(lines.at(-1)!, /^Qalam: Recounting the words of your articles… 100% — step 2 of 2 \(1,500 of 1,500 articles\)$/);
  } finally {
    await host.close();
  }
});
