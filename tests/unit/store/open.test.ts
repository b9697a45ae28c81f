import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { QalamError } from '../../../electron/common/errors';
import { describeError } from '../../../electron/common/errors';
import { APPLICATION_ID, createNetworkFsDetector, openLibrary } from '../../../electron/services/store/index';
import { isUncPath, macMountType, networkFsFromMagic } from '../../../electron/services/store/netfs';
import { paragraph, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const codeIs = (c: string) => (e: unknown) => {
  assert.equal((e as QalamError).code, c, String(e));
  return true;
};

describe('opening a library', () => {
  test('creates missing folders and a WAL database marked as a Qalam library', () => {
    const file = path.join(dir, 'deep', 'er', 'qalam.db');
    const lib = openLibrary(file);
    try {
      assert.equal(lib.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(lib.db.pragma('synchronous', { simple: true }), 2, 'FULL');
      assert.equal(lib.db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(lib.db.pragma('application_id', { simple: true }), APPLICATION_ID);
      assert.ok((lib.db.pragma('busy_timeout', { simple: true }) as number) > 0);
      assert.ok((lib.db.pragma('user_version', { simple: true }) as number) >= 1);
    } finally {
      lib.close();
    }
    const again = openLibrary(file, { synchronous: 'NORMAL' });
    assert.equal(again.db.pragma('synchronous', { simple: true }), 1);
    again.close();
  });

  test('a file that is not SQLite is foreign_db, and it is left untouched', () => {
    const file = path.join(dir, 'notes.db');
    fs.writeFileSync(file, 'ملاحظات التحرير ليوم الاثنين\n'.repeat(50));
    const before = fs.readFileSync(file);
    assert.throws(() => openLibrary(file), codeIs('foreign_db'));
    assert.ok(before.equals(fs.readFileSync(file)));
  });

  test("someone else's SQLite database is foreign_db and is not switched to WAL", () => {
    const file = path.join(dir, 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    assert.throws(() => openLibrary(file), codeIs('foreign_db'));
    const check = new Database(file);
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    check.close();
  });

  test('a library from a newer Qalam is newer_db', () => {
    const file = path.join(dir, 'newer.db');
    openLibrary(file).close();
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => openLibrary(file), codeIs('newer_db'));
  });

  test('a damaged file is corrupt_db with a clear message', () => {
    const file = path.join(dir, 'damaged.db');
    const lib = openLibrary(file);
    for (let i = 0; i < 30; i++) lib.create({ meta: { headline: `خبر ${i}` }, body: [paragraph('نص '.repeat(400))] });
    lib.close();
    const bytes = fs.readFileSync(file);
    // Scribble over every page after the first: the b-trees no longer make sense.
    for (let i = 4096 + 100; i < bytes.length; i += 7) bytes[i] = (bytes[i]! * 31 + 17) & 0xff;
    fs.writeFileSync(file, bytes);
    let error: unknown;
    try {
      openLibrary(file).close();
    } catch (e) {
      error = e;
    }
    assert.equal((error as QalamError).code, 'corrupt_db');
    assert.equal(describeError((error as QalamError).toInfo(), 'en').startsWith('The database file is corrupt'), true);
  });

  test('a library on a network file system is refused (simulated NFS)', () => {
    const nfs = createNetworkFsDetector({ platform: 'linux', statfsType: () => 0x6969 });
    assert.throws(() => openLibrary(path.join(dir, 'share', 'qalam.db'), { networkFs: nfs }), codeIs('network_fs'));
    assert.equal(fs.existsSync(path.join(dir, 'share')), false, 'nothing is created on the share');
    assert.match(describeError({ code: 'network_fs' }, 'ar'), /قرص شبكي/);
  });
});

describe('network file system detection', () => {
  test('Linux statfs magic numbers of network and FUSE file systems', () => {
    assert.equal(networkFsFromMagic(0x6969), 'nfs');
    assert.equal(networkFsFromMagic(0xff534d42), 'cifs');
    assert.equal(networkFsFromMagic(0xfe534d42), 'smb2');
    assert.equal(networkFsFromMagic(0x517b), 'smb');
    assert.equal(networkFsFromMagic(0x01021997), '9p');
    assert.equal(networkFsFromMagic(0x65735546), 'fuse');
    assert.equal(networkFsFromMagic(BigInt(0xff534d42)), 'cifs');
    // Negative when a 32-bit f_type is read as signed.
    assert.equal(networkFsFromMagic(0xff534d42 | 0), 'cifs');
    assert.equal(networkFsFromMagic(0xef53), null, 'ext4 is local');
    assert.equal(networkFsFromMagic(0x58465342), null, 'xfs is local');
    assert.equal(createNetworkFsDetector()(dir), null, 'this temp folder is local');
  });

  test('Windows UNC paths are network paths; drive letters and device paths are not', () => {
    const win = createNetworkFsDetector({ platform: 'win32' });
    assert.equal(win('\\\\newsroom-nas\\share\\qalam'), 'smb');
    assert.equal(win('//newsroom-nas/share'), 'smb');
    assert.equal(win('\\\\?\\UNC\\nas\\share'), 'smb');
    assert.equal(win('C:\\Users\\fatima\\AppData\\Roaming\\Qalam'), null);
    assert.equal(isUncPath('\\\\?\\C:\\Qalam'), false);
    assert.equal(isUncPath('\\\\.\\pipe\\x'), false);
  });

  test('macOS: the type of the longest mount point holding the folder', () => {
    const mounts = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)',
      '//fatima@nas._smb._tcp.local/Desk on /Volumes/Desk (smbfs, nodev, nosuid, mounted by fatima)',
      'nas:/export/news on /Volumes/News (nfs, asynchronous)',
    ].join('\n');
    assert.equal(macMountType(mounts, '/Volumes/Desk/qalam'), 'smbfs');
    assert.equal(macMountType(mounts, '/Volumes/News'), 'nfs');
    assert.equal(macMountType(mounts, '/Volumes/Desktop'), 'apfs');
    assert.equal(macMountType(mounts, '/Users/fatima/Library'), 'apfs');
  });
});
