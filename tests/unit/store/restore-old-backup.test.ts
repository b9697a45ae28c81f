// Restoring a backup an older Qalam made: the backup is brought to this version on a
// copy beside the library, in a worker thread (real worker, real better-sqlite3), and
// only then written over the library. A migration that fails or a process killed
// halfway leaves the current library exactly as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describeError, QalamError } from '../../../electron/common/errors';
import type { MigrationProgress } from '../../../electron/common/migration-progress';
import { openLibrary, type Library } from '../../../electron/services/store/index';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { stagingPath } from '../../../electron/services/store/restore';
import { ManualClock, paragraph, tempDir } from './helpers';
import { BEFORE_CLITIC_SEARCH, CLITIC_QUERY, indexedMatches, runUntilKilled, trashedOf, writeOldLibrary } from './old-library';

const ARTICLES = 2_000;
const LIVE = ARTICLES - trashedOf(ARTICLES);
const CHILD = fileURLToPath(new URL('./restore-child.ts', import.meta.url));

let tmp: ReturnType<typeof tempDir>;
let file: string;
let backup: string;
let lib: Library;
beforeEach(() => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'library', 'qalam.db');
  backup = path.join(tmp.dir, 'backups', 'old.db');
  fs.mkdirSync(path.dirname(backup));
  writeOldLibrary(backup, ARTICLES);
  lib = openLibrary(file, { now: new ManualClock().now });
});
afterEach(() => {
  lib.close();
  tmp.cleanup();
});

/** The desk as it is today: two articles the backup does not have. */
function today(library: Library): string[] {
  library.create({ meta: { headline: 'مقال كُتب اليوم' }, body: [paragraph('نص لم يكن في النسخة الاحتياطية')] });
  library.create({ meta: { headline: 'مقال ثانٍ من اليوم' } });
  return headlines(library);
}
const headlines = (library: Library) => library.list({ limit: 100_000 }).map((s) => s.headline).sort();
const leftBeside = () => fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.restoring'));

test('an old backup is migrated in a worker, its progress reaches the caller, and the library holds it at this version', async () => {
  const before = today(lib);
  const reports: { progress: MigrationProgress; timersRun: number }[] = [];
  // A timer on this thread keeps firing while the backup migrates: the thread is free.
  let timersRun = 0;
  const timer = setInterval(() => timersRun++, 1);
  let safetyCopy;
  try {
    ({ safetyCopy } = await lib.restoreFromBackup(backup, { onProgress: (progress) => reports.push({ progress, timersRun }) }));
  } finally {
    clearInterval(timer);
  }

  assert.deepEqual([...new Set(reports.map((r) => r.progress.name))], ['clitic-search', 'recount-words']);
  assert.ok(reports.filter((r) => r.progress.name === 'clitic-search' && r.progress.total > 0).length >= 4, 'one report per batch');
  assert.deepEqual(reports.at(-1)!.progress, { name: 'recount-words', version: LATEST_VERSION, step: 2, steps: 2, start: 0.75, span: 0.25, done: ARTICLES, total: ARTICLES });
  assert.ok(reports.at(-1)!.timersRun > reports[0]!.timersRun, 'timers ran on this thread between the first report and the last');

  assert.equal(lib.db.pragma('user_version', { simple: true }), LATEST_VERSION);
  assert.equal(lib.list({ limit: 100_000 }).length, LIVE);
  assert.equal(indexedMatches(lib.db, CLITIC_QUERY), LIVE, 'every live article found behind its clitic');
  assert.equal(lib.search({ query: CLITIC_QUERY, limit: 1000 }).length > 0, true);
  assert.equal((lib.db.prepare('SELECT count(*) AS n FROM articles WHERE words = 999').get() as { n: number }).n, 0, 'words recounted');
  assert.deepEqual(lib.check(), { ok: true, messages: [] });
  assert.deepEqual(leftBeside(), [], 'the prepared copy is gone');
  // The backup itself is left as it was: still an old library.
  const old = new Database(backup, { readonly: true });
  assert.equal(old.pragma('user_version', { simple: true }), BEFORE_CLITIC_SEARCH);
  old.close();
  // Writable again, and what was there before is in the safety copy.
  lib.create({ meta: { headline: 'بعد الاستعادة' } });
  const safety = openLibrary(safetyCopy.path);
  try {
    assert.deepEqual(headlines(safety), before);
  } finally {
    safety.close();
  }
});

test('with no worker to run it in, the backup is migrated on this thread and the restore still completes', async () => {
  const own = openLibrary(path.join(tmp.dir, 'other', 'qalam.db'), { migrateWorker: path.join(tmp.dir, 'nowhere.cjs') });
  try {
    const reports: MigrationProgress[] = [];
    await own.restoreFromBackup(backup, { onProgress: (p) => reports.push(p) });
    assert.equal(reports.at(-1)!.done, ARTICLES);
    assert.equal(own.db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.equal(indexedMatches(own.db, CLITIC_QUERY), LIVE);
  } finally {
    own.close();
  }
});

test('a backup whose migration fails halfway: the error says the library was kept, in Arabic, and nothing changed', async () => {
  const before = today(lib);
  const broken = new Database(backup);
  broken.prepare("UPDATE articles SET meta = 'not json' WHERE num = 1501").run();
  broken.close();
  const reports: MigrationProgress[] = [];

  let error: unknown;
  await lib.restoreFromBackup(backup, { onProgress: (p) => reports.push(p) }).catch((e: unknown) => (error = e));
  assert.ok(error instanceof QalamError, String(error));
  assert.equal(error.code, 'restore_migration_failed');
  assert.match(error.detail ?? '', /clitic-search/);
  assert.equal(describeError(error.toInfo(), 'ar').startsWith('تعذّر تجهيز النسخة الاحتياطية لهذا الإصدار من قلم؛ بقيت مكتبتك الحالية كما كانت'), true);
  assert.ok(reports.some((p) => p.done >= 1000), 'it failed halfway, after batches were reported');

  assert.deepEqual(headlines(lib), before, 'the library is as it was');
  assert.equal(lib.db.pragma('user_version', { simple: true }), LATEST_VERSION);
  assert.deepEqual(leftBeside(), []);
  assert.deepEqual(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('before-restore')), [], 'nothing replaced, so no safety copy needed');
  lib.create({ meta: { headline: 'ما زالت المكتبة تقبل الكتابة' } });
});


test('a restore killed while the backup migrates leaves the library as it was; the next restore clears the half-made copy', async () => {
  const before = today(lib);
  lib.close();
  const { said, signal } = await runUntilKilled(CHILD, [file, backup, 'recount-words', '1000']);
  assert.equal(signal, 'SIGKILL');
  assert.match(said, /killed in recount-words at 1000 of 2000/);
  assert.ok(fs.existsSync(stagingPath(file)), 'the half-migrated copy is what the kill left');

  lib = openLibrary(file);
  assert.deepEqual(headlines(lib), before, 'every article of today is there, none of the backup');
  assert.deepEqual(lib.check(), { ok: true, messages: [] });

  await lib.restoreFromBackup(backup);
  assert.equal(lib.list({ limit: 100_000 }).length, LIVE);
  assert.deepEqual(leftBeside(), []);
});
