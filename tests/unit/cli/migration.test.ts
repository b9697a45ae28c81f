// The CLI on a library from before clitic search: its command still works, and stderr
// says how the migration goes, in the CLI's language, a line every few percent.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { writeOldLibrary } from '../store/old-library';

const run = promisify(execFile);
const QALAM = new URL('../../../electron/cli/qalam.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../fixtures/article-ar.txt', import.meta.url).pathname;

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'qalam-cli-migration-'))));
after(() => rm(dir, { recursive: true, force: true }));

test('qalam check on an old library: Arabic progress lines on stderr, the report on stdout', async () => {
  const db = join(dir, 'old.db');
  writeOldLibrary(db, 2_500);
  const { stdout, stderr } = await run(process.execPath, [QALAM, 'check', '--db', db], { env: { ...process.env, QALAM_LANG: '' } });
  const lines = stderr.trim().split('\n');
  assert.match(lines[0]!, /^قلم: نجهّز مكتبتك لبحث أدقّ… ٠٪ — الخطوة ١ من ٢ \(٠ من ٢٬٤٧٥ مقال\)$/);
  assert.match(lines.at(-1)!, /^قلم: نعيد عدّ كلمات المقالات… ١٠٠٪ — الخطوة ٢ من ٢ \(٢٬٥٠٠ من ٢٬٥٠٠ مقال\)$/);
  assert.ok(lines.length >= 4 && lines.length <= 24, `${lines.length} lines`);
  assert.doesNotMatch(stdout, /نجهّز/, 'progress stays off stdout, which scripts read');

  const again = await run(process.execPath, [QALAM, 'check', '--db', db, '--lang', 'en']);
  assert.equal(again.stderr, '', 'migrated once: nothing more to say');
});

test('in English with --lang en', async () => {
  const db = join(dir, 'en.db');
  writeOldLibrary(db, 600);
  const { stderr } = await run(process.execPath, [QALAM, 'check', '--db', db, '--lang', 'en']);
  assert.match(stderr, /^Qalam: Preparing your library for more precise search… 0% — step 1 of 2 \(0 of 594 articles\)$/m);
});

test('qalam restore of an old backup: progress lines on stderr while it migrates, the library then holds the backup', async () => {
  const db = join(dir, 'current.db');
  const backup = join(dir, 'old-backup.db');
  writeOldLibrary(backup, 1_200);
  const { stdout, stderr } = await run(process.execPath, [QALAM, 'restore', backup, '--db', db], { env: { ...process.env, QALAM_LANG: '' } });
  const lines = stderr.trim().split('\n');
  assert.match(lines[0]!, /^قلم: نجهّز مكتبتك لبحث أدقّ… ٠٪ — الخطوة ١ من ٢ \(٠ من ١٬١٨٨ مقال\)$/);
  assert.match(lines.at(-1)!, /^قلم: نعيد عدّ كلمات المقالات… ١٠٠٪ — الخطوة ٢ من ٢ \(١٬٢٠٠ من ١٬٢٠٠ مقال\)$/);
  assert.match(stdout, /استُعيدت المكتبة/);
  const restored = new Database(db, { readonly: true });
  assert.equal((restored.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1_200);
  restored.close();
});

test('qalam restore of an old backup that cannot be migrated: one line saying the library was kept, exit non-zero', async () => {
  const db = join(dir, 'kept.db');
  const backup = join(dir, 'broken-backup.db');
  writeOldLibrary(backup, 1_200);
  const broken = new Database(backup);
  broken.prepare("UPDATE articles SET meta = 'not json' WHERE num = 700").run();
  broken.close();
  await run(process.execPath, [QALAM, 'import', SAMPLE, '--db', db]);
  const failed = await run(process.execPath, [QALAM, 'restore', backup, '--db', db, '--lang', 'en']).then(
    () => assert.fail('the restore should have failed'),
    (e: { code: number; stderr: string }) => e,
  );
  assert.notEqual(failed.code, 0);
  const lines = failed.stderr.trim().split('\n');
  assert.match(lines.at(-1)!, /The backup could not be brought up to this version of Qalam; your current library was left as it was/);
  const listed = await run(process.execPath, [QALAM, 'list', '--json', '--db', db]);
  assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 1, 'the imported article, alone, as before');
});
