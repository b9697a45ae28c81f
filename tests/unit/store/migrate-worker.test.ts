// The app migrates a big library in a worker thread (real worker, real better-sqlite3),
// so its main thread stays free to paint the "preparing your library" window.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { QalamError } from '../../../electron/common/errors';
import type { MigrationProgress } from '../../../electron/common/migration-progress';
import fs from 'node:fs';
import { inspectInWorker, migrateInWorker, MigrateWorkerUnavailable, writeInWorker } from '../../../electron/services/store/migrate-in-worker';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { tempDir } from './helpers';
import { BEFORE_CLITIC_SEARCH, CLITIC_QUERY, indexColumns, indexedMatches, trashedOf, writeOldLibrary } from './old-library';

const ARTICLES = 2_000;
let tmp: ReturnType<typeof tempDir>;
before(() => (tmp = tempDir()));
after(() => tmp.cleanup());

test('the worker migrates the file and its progress reaches this thread batch by batch', async () => {
  const file = path.join(tmp.dir, 'worker.db');
  writeOldLibrary(file, ARTICLES);
  const reports: MigrationProgress[] = [];
  await migrateInWorker(file, { onProgress: (p) => reports.push(p) });

  assert.deepEqual([...new Set(reports.map((p) => p.name))], ['clitic-search', 'recount-words']);
  const last = reports.at(-1)!;
  assert.deepEqual(last, {
    name: 'recount-words',
    version: LATEST_VERSION,
    step: 2,
    steps: 2,
    start: 0.75,
    span: 0.25,
    done: ARTICLES,
    total: ARTICLES,
  });
  assert.ok(reports.filter((p) => p.name === 'clitic-search' && p.total > 0).length >= 4, 'one report per batch, not only the end');
  const db = new Database(file);
  try {
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.equal(indexedMatches(db, CLITIC_QUERY), ARTICLES - trashedOf(ARTICLES));
  } finally {
    db.close();
  }
});

test('a migration that fails in the worker rejects with its error, and the file is as it was', async () => {
  const file = path.join(tmp.dir, 'broken.db');
  writeOldLibrary(file, ARTICLES);
  const db = new Database(file);
  db.prepare("UPDATE articles SET meta = 'not json' WHERE num = 1501").run();
  db.close();
  await assert.rejects(
    migrateInWorker(file),
    (e: unknown) => e instanceof QalamError && e.code === 'migration_failed' && /clitic-search/.test(e.detail ?? ''),
  );
  const after = new Database(file);
  try {
    assert.equal(after.pragma('user_version', { simple: true }), BEFORE_CLITIC_SEARCH);
    assert.deepEqual(indexColumns(after), ['headline', 'standfirst', 'kicker', 'body']);
  } finally {
    after.close();
  }
});

test('a worker script that is missing is told apart from a failed migration (the app then migrates in place)', async () => {
  await assert.rejects(migrateInWorker(path.join(tmp.dir, 'x.db'), { workerFile: path.join(tmp.dir, 'nowhere.cjs') }), MigrateWorkerUnavailable);
});

test('a restore’s other long steps run there too: the backup checked (its version, or why it is refused), then written in and checked', async () => {
  const backup = path.join(tmp.dir, 'backup.db');
  writeOldLibrary(backup, 600);
  assert.equal(await inspectInWorker(backup), BEFORE_CLITIC_SEARCH);
  const text = path.join(tmp.dir, 'notes.db');
  fs.writeFileSync(text, 'ليست مكتبة');
  await assert.rejects(inspectInWorker(text), (e: unknown) => e instanceof QalamError && e.code === 'foreign_db');
  await assert.rejects(inspectInWorker(path.join(tmp.dir, 'gone.db')), (e: unknown) => e instanceof QalamError && e.code === 'file_not_found');

  const into = path.join(tmp.dir, 'into.db');
  writeOldLibrary(into, 10);
  await writeInWorker(backup, into);
  const written = new Database(into, { readonly: true });
  try {
    assert.equal((written.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 600);
  } finally {
    written.close();
  }
});
