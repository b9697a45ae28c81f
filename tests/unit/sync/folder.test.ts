// The two share drivers: what they refuse (paths, links, oversize files) and how a write
// lands (whole, under its final name, or not at all).
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DiskFolder } from '../../../electron/services/sync/disk-folder';
import { FolderError, retryRename } from '../../../electron/services/sync/folder';
import { MemoryFolder, faultAt, seededFaults } from '../../../electron/services/sync/memory-folder';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => e instanceof FolderError && e.code === code);
}

describe('DiskFolder', () => {
  let dir: string;
  let share: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qalam-folder-'));
    share = join(dir, 'share');
    await mkdir(share);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('writes a file whole under its final name and leaves no temp behind', async () => {
    const folder = new DiskFolder(share);
    await folder.mkdirp('qalam/devices');
    await folder.writeAtomic('qalam/devices/a.json', 'مسودة أولى');
    await folder.writeAtomic('qalam/devices/a.json', 'مسودة ثانية');
    assert.equal(await readFile(join(share, 'qalam/devices/a.json'), 'utf8'), 'مسودة ثانية');
    assert.deepEqual(await readdir(join(share, 'qalam/devices')), ['a.json']);
    assert.equal(text(await folder.read('qalam/devices/a.json', 1000)), 'مسودة ثانية');
  });

  it('an exclusive write creates the file once; a second one is EEXIST and changes nothing', async () => {
    for (const folder of [new DiskFolder(share), new MemoryFolder()]) {
      await folder.mkdirp('qalam');
      const writes = await Promise.allSettled(['الأول', 'الثاني', 'الثالث'].map((w) => folder.writeAtomic('qalam/share.json', w, { exclusive: true })));
      assert.deepEqual(writes.map((w) => w.status).sort(), ['fulfilled', 'rejected', 'rejected']);
      for (const w of writes) if (w.status === 'rejected') assert.equal((w.reason as FolderError).code, 'EEXIST');
      const winner = ['الأول', 'الثاني', 'الثالث'][writes.findIndex((w) => w.status === 'fulfilled')];
      assert.equal(text(await folder.read('qalam/share.json', 1000)), winner);
      assert.deepEqual((await folder.list('qalam')).map((e) => e.name), ['share.json'], 'no temp file left');
    }
  });

  it('refuses paths that are not plain id segments', async () => {
    const folder = new DiskFolder(share);
    for (const bad of ['../outside.json', 'qalam/../../x', '/etc/passwd', 'qalam\\..\\x', 'qalam//x', '.hidden', 'C:/x']) {
      await rejectsWith(folder.writeAtomic(bad, 'x'), 'UNSAFE_PATH');
      await rejectsWith(folder.read(bad, 10), 'UNSAFE_PATH');
    }
    assert.deepEqual(await readdir(dir), ['share']);
  });

  it('never follows a symlink out of the share, for a file or a directory', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'secret.json'), '{"secret":true}');
    await mkdir(join(share, 'qalam'));
    await symlink(join(outside, 'secret.json'), join(share, 'qalam/link.json'));
    await symlink(outside, join(share, 'qalam/articles'));
    const folder = new DiskFolder(share);

    await rejectsWith(folder.read('qalam/link.json', 1000), 'SYMLINK');
    assert.equal((await folder.stat('qalam/link.json'))?.kind, 'symlink');
    await rejectsWith(folder.read('qalam/articles/secret.json', 1000), 'SYMLINK');
    await rejectsWith(folder.list('qalam/articles'), 'SYMLINK');
    await rejectsWith(folder.writeAtomic('qalam/articles/new.json', 'x'), 'SYMLINK');
    await rejectsWith(folder.mkdirp('qalam/articles/deeper'), 'SYMLINK');
    assert.deepEqual(await readdir(outside), ['secret.json']);
    const kinds = Object.fromEntries((await folder.list('qalam')).map((e) => [e.name, e.kind]));
    assert.deepEqual(kinds, { 'link.json': 'symlink', articles: 'symlink' });
  });

  it('refuses a 200 MB file before reading it', async () => {
    await mkdir(join(share, 'qalam'));
    const big = join(share, 'qalam/big.json');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024); // sparse: takes no disk
    const folder = new DiskFolder(share);
    await rejectsWith(folder.read('qalam/big.json', 64 * 1024), 'TOO_LARGE');
  });

  it('reports a missing share as ENOENT and a missing file as absent', async () => {
    const gone = new DiskFolder(join(dir, 'unmounted'));
    await rejectsWith(gone.list(''), 'ENOENT');
    const folder = new DiskFolder(share);
    assert.equal(await folder.stat('qalam/nothing.json'), null);
    assert.equal(await folder.exists('qalam'), false);
  });

  it('removes only temp files', async () => {
    const folder = new DiskFolder(share);
    await folder.mkdirp('qalam');
    await writeFile(join(share, 'qalam/x.json.abc.tmp'), 'half');
    await writeFile(join(share, 'qalam/x.json'), 'whole');
    await folder.removeTemp('qalam/x.json.abc.tmp');
    await rejectsWith(folder.removeTemp('qalam/x.json'), 'UNSAFE_PATH');
    assert.deepEqual(await readdir(join(share, 'qalam')), ['x.json']);
  });
});

describe('retryRename', () => {
  it('retries a refused rename a bounded number of times', async () => {
    let calls = 0;
    const refuse = (n: number) => async () => {
      calls++;
      if (calls <= n) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
    };
    await retryRename(refuse(3), { attempts: 5, sleep: async () => undefined });
    assert.equal(calls, 4);
    calls = 0;
    await assert.rejects(retryRename(refuse(10), { attempts: 5, sleep: async () => undefined }));
    assert.equal(calls, 5);
  });

  it('does not retry an error that will not clear', async () => {
    let calls = 0;
    await assert.rejects(
      retryRename(async () => {
        calls++;
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      }),
    );
    assert.equal(calls, 1);
  });
});

describe('MemoryFolder faults', () => {
  it('a write cut short leaves a temp file and never a partial final file', async () => {
    const folder = new MemoryFolder();
    await folder.mkdirp('qalam');
    await folder.writeAtomic('qalam/a.json', 'قديم');
    folder.setFaults(faultAt(0, 'partial-write'));
    await rejectsWith(folder.writeAtomic('qalam/a.json', 'نص جديد أطول'), 'EIO');
    const files = folder.files();
    assert.equal(text(files.get('qalam/a.json') as Uint8Array), 'قديم');
    assert.equal([...files.keys()].filter((p) => p.endsWith('.tmp')).length, 1);
  });

  it('a refused rename is retried and then succeeds', async () => {
    const folder = new MemoryFolder();
    await folder.mkdirp('qalam');
    let renames = 0;
    folder.setFaults((op) => (op === 'rename' && renames++ < 2 ? 'EPERM' : undefined));
    await folder.writeAtomic('qalam/a.json', 'x');
    assert.equal(text(await folder.read('qalam/a.json', 10)), 'x');
    assert.equal(renames, 3);
  });

  it('a vanished share fails every call until it comes back', async () => {
    const folder = new MemoryFolder();
    await folder.mkdirp('qalam');
    folder.setFaults(faultAt(0, 'vanish'));
    await rejectsWith(folder.list('qalam'), 'ENOENT');
    folder.setFaults(undefined);
    await rejectsWith(folder.stat('qalam'), 'ENOENT');
    folder.restore();
    assert.equal((await folder.stat('qalam'))?.kind, 'dir');
  });

  it('folds case when asked to, like an SMB share', async () => {
    const folder = new MemoryFolder({ caseInsensitive: true });
    await folder.mkdirp('qalam');
    await folder.writeAtomic('qalam/A.json', '1');
    await folder.writeAtomic('qalam/a.json', '2');
    assert.equal((await folder.list('qalam')).length, 1);
    assert.equal(text(await folder.read('qalam/A.json', 10)), '2');
  });

  it('the same seed fires the same faults', async () => {
    const run = async () => {
      const folder = new MemoryFolder();
      folder.setFaults(seededFaults(42, 0.3));
      for (let i = 0; i < 50; i++) await folder.mkdirp(`d${i}`).catch(() => undefined);
      return folder.fired.map((f) => `${f.path}:${f.kind}`);
    };
    assert.deepEqual(await run(), await run());
  });
});
