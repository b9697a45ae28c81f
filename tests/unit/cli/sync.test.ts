// qalam sync / conflicts / resolve / edit as a print-desk script uses them: two
// libraries (two desks) and one shared folder, through real processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const QALAM = new URL('../../../electron/cli/qalam.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../fixtures/article-ar.txt', import.meta.url).pathname;

async function qalam(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [QALAM, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('two desks through one share: appear, edit both ways, conflict kept, resolved everywhere', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-cli-sync-'));
  try {
    // The share is a folder that exists (a mounted drive); Qalam makes its qalam/ inside.
    const share = join(dir, 'share');
    await mkdir(share);
    const a = join(dir, 'a.db');
    const b = join(dir, 'b.db');
    const id = (await qalam('import', SAMPLE, '--db', a)).stdout.trim().split('\n').at(-1)!;

    const pushA = await qalam('sync', '--share', share, '--db', a, '--device', 'DESK-1', '--lang', 'en');
    assert.equal(pushA.code, 0, pushA.stderr);
    assert.match(pushA.stdout, /pushed: 1 articles/);
    const pullB = await qalam('sync', '--share', share, '--db', b, '--device', 'DESK-2', '--lang', 'en');
    assert.equal(pullB.code, 0, pullB.stderr);
    assert.match(pullB.stdout, /pulled: 1 articles/);
    const onB = JSON.parse((await qalam('show', id, '--json', '--db', b)).stdout);
    assert.equal(onB.meta.kicker, 'تحركات عسكرية');

    // An edit on B flows back to A.
    await writeFile(join(dir, 'b1.txt'), 'تحركات عسكرية.. عنوان من المكتب الثاني\n\nمقدمة جديدة.\n\nفقرة كتبها المكتب الثاني.\n');
    assert.equal((await qalam('edit', id, '--from', join(dir, 'b1.txt'), '--db', b)).code, 0);
    assert.equal((await qalam('sync', '--share', share, '--db', b)).code, 0);
    assert.equal((await qalam('sync', '--share', share, '--db', a)).code, 0);
    const onA = JSON.parse((await qalam('show', id, '--json', '--db', a)).stdout);
    assert.equal(onA.meta.headline, 'عنوان من المكتب الثاني');

    // Both edit the same article before syncing: a conflict, kept on both.
    await writeFile(join(dir, 'a2.json'), JSON.stringify({ body: [{ type: 'paragraph', children: [{ text: 'نسخة المكتب الأول' }] }] }));
    await writeFile(join(dir, 'b2.json'), JSON.stringify({ body: [{ type: 'paragraph', children: [{ text: 'نسخة المكتب الثاني' }] }] }));
    assert.equal((await qalam('edit', id, '--from', join(dir, 'a2.json'), '--db', a)).code, 0);
    assert.equal((await qalam('edit', id, '--from', join(dir, 'b2.json'), '--db', b)).code, 0);
    await qalam('sync', '--share', share, '--db', a);
    await qalam('sync', '--share', share, '--db', b);
    await qalam('sync', '--share', share, '--db', a);
    const conflictsA = JSON.parse((await qalam('conflicts', '--json', '--db', a)).stdout);
    const conflictsB = JSON.parse((await qalam('conflicts', '--json', '--db', b)).stdout);
    assert.equal(conflictsA.length, 1);
    assert.equal(conflictsB.length, 1);
    assert.equal(conflictsA[0].articleId, id);

    // Resolved on A (taking theirs), settled on B after the next passes.
    assert.equal((await qalam('resolve', id, '--take', 'theirs', '--db', a)).code, 0);
    await qalam('sync', '--share', share, '--db', a);
    await qalam('sync', '--share', share, '--db', b);
    assert.equal(JSON.parse((await qalam('conflicts', '--json', '--db', a)).stdout).length, 0);
    assert.equal(JSON.parse((await qalam('conflicts', '--json', '--db', b)).stdout).length, 0);
    const finalA = JSON.parse((await qalam('show', id, '--json', '--db', a)).stdout);
    const finalB = JSON.parse((await qalam('show', id, '--json', '--db', b)).stdout);
    assert.equal(finalA.revision, finalB.revision);
    assert.equal(finalB.body[0].children[0].text, 'نسخة المكتب الثاني');
    assert.equal(finalA.parents.length, 2, 'the resolution is a revision with both parents');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a share that is gone: non-zero exit, a clear line, nothing local changed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-cli-sync-'));
  try {
    // The share is a folder that exists (a mounted drive); Qalam makes its qalam/ inside.
    const share = join(dir, 'share');
    await mkdir(share);
    const a = join(dir, 'a.db');
    const id = (await qalam('import', SAMPLE, '--db', a)).stdout.trim().split('\n').at(-1)!;
    assert.equal((await qalam('sync', '--share', share, '--db', a)).code, 0);
    const before = (await qalam('show', id, '--json', '--db', a)).stdout;
    await rm(share, { recursive: true, force: true });
    const gone = await qalam('sync', '--share', share, '--db', a);
    assert.notEqual(gone.code, 0);
    assert.match(gone.stderr, /^قلم: /);
    assert.equal((await qalam('show', id, '--json', '--db', a)).stdout, before);
    assert.equal(JSON.parse((await qalam('list', '--json', '--db', a)).stdout).length, 1);

    const bad = await qalam('edit', id, '--from', join(dir, 'missing.txt'), '--db', a, '--lang', 'en');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^qalam: File not found/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
