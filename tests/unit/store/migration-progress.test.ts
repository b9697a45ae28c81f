// A library from before clitic search, opened by this build, re-indexes and recounts
// every article: a person waits on that, so each migration says how far it is after
// every batch of articles (the app's splash window, the web host's and CLI's lines).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { QalamError } from '../../../electron/common/errors';
import type { MigrationProgress } from '../../../electron/common/migration-progress';
import { openLibrary } from '../../../electron/services/store/index';
import { BATCH } from '../../../electron/services/store/migrations/each-article';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { pendingMigrations } from '../../../electron/services/store/pending';
import { tempDir } from './helpers';
import { BEFORE_CLITIC_SEARCH, CLITIC_QUERY, indexColumns, indexedMatches, trashedOf, writeOldLibrary } from './old-library';

const ARTICLES = 2_400;
const LIVE = ARTICLES - trashedOf(ARTICLES);
let tmp: ReturnType<typeof tempDir>;
before(() => (tmp = tempDir()));
after(() => tmp.cleanup());

/** Counts a step reports, after its start (0 of 0): before the first batch, then after each. */
const expectedCounts = (total: number) => [0, ...Array.from({ length: Math.ceil(total / BATCH) }, (_, i) => Math.min(total, (i + 1) * BATCH))];

describe(`opening a library of ${ARTICLES} articles from before clitic search`, () => {
  let reports: MigrationProgress[];
  let file: string;
  before(() => {
    file = path.join(tmp.dir, 'progress.db');
    writeOldLibrary(file, ARTICLES);
    reports = [];
    openLibrary(file, { onMigrationProgress: (p) => reports.push(p) }).close();
  });

  test('the app can tell beforehand that every article will be reworked, and how many there are', () => {
    const again = path.join(tmp.dir, 'pending.db');
    writeOldLibrary(again, ARTICLES);
    assert.deepEqual(pendingMigrations(again), {
      from: BEFORE_CLITIC_SEARCH,
      to: LATEST_VERSION,
      migrations: ['clitic-search', 'recount-words'],
      articles: ARTICLES,
      reworksArticles: true,
      digits: undefined,
    });
    const db = new Database(again);
    db.prepare("INSERT INTO settings (key, value) VALUES ('digits', '\"latn\"')").run();
    db.close();
    assert.equal(pendingMigrations(again)?.digits, 'latn', 'the splash writes its percent in the digits the person chose');
    assert.equal(pendingMigrations(file), undefined, 'after the open nothing is pending');
    assert.equal(pendingMigrations(path.join(tmp.dir, 'missing.db')), undefined, 'a library not yet made has nothing to migrate');
  });

  test('the re-index reports its step and every batch of the live articles, ending at all of them', () => {
    const steps = LATEST_VERSION - BEFORE_CLITIC_SEARCH;
    const reindex = reports.filter((p) => p.name === 'clitic-search');
    assert.ok(reindex.every((p) => p.step === 1 && p.steps === steps && p.version === BEFORE_CLITIC_SEARCH + 1));
    assert.deepEqual(reindex[0], {
      name: 'clitic-search',
      version: BEFORE_CLITIC_SEARCH + 1,
      step: 1,
      steps,
      start: 0,
      span: 0.75,
      done: 0,
      total: 0,
    });
    assert.deepEqual(reindex.slice(1).map((p) => p.done), expectedCounts(LIVE));
    assert.ok(reindex.slice(1).every((p) => p.total === LIVE), 'the trash is not indexed, nor counted');
  });

  test('the recount reports next, over every article, the trash included', () => {
    const recount = reports.filter((p) => p.name === 'recount-words');
    assert.ok(recount.every((p) => p.step === 2 && p.start === 0.75 && p.span === 0.25), 'the recount is the quicker quarter of the bar');
    assert.deepEqual(recount.slice(1).map((p) => p.done), expectedCounts(ARTICLES));
    assert.ok(recount.slice(1).every((p) => p.total === ARTICLES));
    assert.equal(reports.indexOf(recount[0]!), reports.length - recount.length, 'after the re-index, not interleaved');
  });

  test('and the library is then searchable behind clitics and counted anew', () => {
    const db = new Database(file);
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION);
      assert.equal(indexedMatches(db, CLITIC_QUERY), LIVE);
      assert.deepEqual(db.prepare('SELECT DISTINCT words FROM articles').all(), [{ words: 15 }], 'kicker 1 + headline 4 + body 10, not the stale 999');
    } finally {
      db.close();
    }
  });
});

test('a new library and an up-to-date one report nothing: nobody waits', () => {
  const reports: MigrationProgress[] = [];
  const file = path.join(tmp.dir, 'new.db');
  openLibrary(file, { onMigrationProgress: (p) => reports.push(p) }).close();
  openLibrary(file, { onMigrationProgress: (p) => reports.push(p) }).close();
  assert.deepEqual(reports, []);
});

test('a migration that fails says which, and leaves the library as it was, old index and all', () => {
  const file = path.join(tmp.dir, 'broken.db');
  writeOldLibrary(file, 1_200);
  const db = new Database(file);
  db.prepare("UPDATE articles SET body = '[{broken' WHERE num = 701").run();
  db.close();
  const reports: MigrationProgress[] = [];
  assert.throws(
    () => openLibrary(file, { onMigrationProgress: (p) => reports.push(p) }),
    (e: unknown) => e instanceof QalamError && e.code === 'migration_failed' && /clitic-search/.test(e.detail ?? ''),
  );
  assert.ok(reports.some((p) => p.name === 'clitic-search' && p.done === BATCH), 'it had got past the first batch');
  const after = new Database(file);
  try {
    assert.equal(after.pragma('user_version', { simple: true }), BEFORE_CLITIC_SEARCH);
    assert.deepEqual(indexColumns(after), ['headline', 'standfirst', 'kicker', 'body']);
    assert.equal(indexedMatches(after, 'الحدود'), 1_200 - trashedOf(1_200));
  } finally {
    after.close();
  }
});
