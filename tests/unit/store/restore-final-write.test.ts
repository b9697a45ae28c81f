// A restore's last step copies the prepared backup over the open library: the one moment
// the library file itself is written. A power cut there must leave the library exactly as
// it was (the copy is one transaction in the write-ahead log; an uncommitted tail is
// dropped when the library next opens), never half of each.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openLibrary, type Library } from '../../../electron/services/store/index';
import { paragraph, sampleArticle, tempDir } from './helpers';
import { runUntilKilled } from './old-library';

const CHILD = fileURLToPath(new URL('./restore-final-child.ts', import.meta.url));
/** Articles in the backup: enough pages (about 25 MB) that the copy is still running
 * when the log has grown by KILL_AFTER. */
const BACKUP_ARTICLES = 600;
const KILL_AFTER = 256 * 1024;

let tmp: ReturnType<typeof tempDir>;
let file: string;
let backup: string;
beforeEach(async () => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'library', 'qalam.db');
  backup = path.join(tmp.dir, 'backups', 'desk.db');
  fs.mkdirSync(path.dirname(backup));
  const { body } = sampleArticle();
  const other = openLibrary(path.join(tmp.dir, 'other', 'qalam.db'));
  try {
    for (let i = 0; i < BACKUP_ARTICLES; i++) {
      other.create({ meta: { headline: `مقال من النسخة الاحتياطية ${i}` }, body: [...body, ...body, ...body, paragraph(`فقرة ${i}`)] });
    }
    await other.backup(backup);
  } finally {
    other.close();
  }
});
afterEach(() => tmp.cleanup());

const headlines = (library: Library) => library.list({ limit: 100_000 }).map((s) => s.headline).sort();

test('a restore killed while the backup is copied over the library leaves the library whole and as it was', async () => {
  let lib = openLibrary(file);
  lib.create({ meta: { headline: 'مقال كُتب اليوم' }, body: [paragraph('نص لم يكن في النسخة الاحتياطية')] });
  lib.create({ meta: { headline: 'مقال ثانٍ من اليوم' } });
  const before = headlines(lib);
  lib.close();
  assert.ok(fs.statSync(backup).size > 8 * KILL_AFTER, 'the backup is far larger than what the copy wrote when killed');

  const { said, signal } = await runUntilKilled(CHILD, [file, backup, String(KILL_AFTER)]);
  assert.equal(signal, 'SIGKILL', said);
  assert.match(said, /killed with \d+ bytes of the copy in the log/);
  assert.ok(fs.statSync(`${file}-wal`).size >= KILL_AFTER, 'the kill left part of the copy in the log');

  lib = openLibrary(file);
  try {
    assert.deepEqual(headlines(lib), before, 'today’s articles, none of the backup’s');
    assert.deepEqual(lib.check(), { ok: true, messages: [] });
    assert.equal(lib.get(lib.list({ limit: 10 }).find((s) => s.headline === 'مقال كُتب اليوم')!.id).body.length, 1);
    // And the restore, tried again, goes through.
    await lib.restoreFromBackup(backup);
    assert.equal(lib.list({ limit: 100_000 }).length, BACKUP_ARTICLES);
    assert.deepEqual(lib.check(), { ok: true, messages: [] });
  } finally {
    lib.close();
  }
});
