// The CLI on a library from before clitic search: its command still works, and stderr
// says how the migration goes, in the CLI's language, a line every few percent.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { writeOldLibrary } from '../store/old-library';

const run = promisify(execFile);
const QALAM = new URL('../../../electron/cli/qalam.mjs', import.meta.url).pathname;

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
