// A migration killed halfway (the laptop's battery, a force quit while the app says
// "preparing your library") must lose nothing: each migration is one transaction, so
// the file stays at the version before it, and the next open runs it again cleanly.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openLibrary } from '../../../electron/services/store/index';
import { LATEST_VERSION } from '../../../electron/services/store/migrations/index';
import { tempDir } from './helpers';
import { BEFORE_CLITIC_SEARCH, CLITIC_QUERY, indexColumns, indexedMatches, runUntilKilled, trashedOf, writeOldLibrary } from './old-library';

const ARTICLES = 2_000;
const LIVE = ARTICLES - trashedOf(ARTICLES);
const CHILD = fileURLToPath(new URL('./migrate-child.ts', import.meta.url));

let tmp: ReturnType<typeof tempDir>;
before(() => (tmp = tempDir()));
after(() => tmp.cleanup());


function inspect(file: string): { version: number; columns: string[]; oldIndexFinds: number; staleCounts: number } {
  const db = new Database(file);
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      columns: indexColumns(db),
      oldIndexFinds: indexedMatches(db, 'الحدود'),
      staleCounts: (db.prepare('SELECT count(*) AS n FROM articles WHERE words = 999').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

function reopenedIsWhole(file: string): void {
  const lib = openLibrary(file);
  try {
    assert.equal(lib.db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.deepEqual(lib.db.pragma('quick_check'), [{ quick_check: 'ok' }]);
    assert.equal((lib.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, ARTICLES, 'no article lost');
    assert.equal(indexedMatches(lib.db, CLITIC_QUERY), LIVE, 'every live article found behind its clitic');
    assert.equal((lib.db.prepare('SELECT count(*) AS n FROM articles WHERE words = 999').get() as { n: number }).n, 0);
  } finally {
    lib.close();
  }
}

test('killed in the middle of the re-index: still the old version with its old index, and the next open re-runs it', async () => {
  const file = path.join(tmp.dir, 'reindex.db');
  writeOldLibrary(file, ARTICLES);
  const { said, signal } = await runUntilKilled(CHILD, [file, 'clitic-search', '1000']);
  assert.equal(signal, 'SIGKILL');
  assert.match(said, /killed in clitic-search at 1000 of 1980/);
  assert.deepEqual(inspect(file), {
    version: BEFORE_CLITIC_SEARCH,
    columns: ['headline', 'standfirst', 'kicker', 'body'],
    oldIndexFinds: LIVE,
    staleCounts: ARTICLES,
  });
  reopenedIsWhole(file);
});

test('killed in the middle of the recount: the re-index before it stays done, the recount runs again', async () => {
  const file = path.join(tmp.dir, 'recount.db');
  writeOldLibrary(file, ARTICLES);
  const { said, signal } = await runUntilKilled(CHILD, [file, 'recount-words', '1500']);
  assert.equal(signal, 'SIGKILL');
  assert.match(said, /killed in recount-words at 1500 of 2000/);
  const state = inspect(file);
  assert.equal(state.version, BEFORE_CLITIC_SEARCH + 1, 'the re-index committed before the recount began');
  assert.ok(state.columns.length > 4, 'the new index is in place');
  assert.equal(state.staleCounts, ARTICLES, 'no count of the killed recount was kept');
  reopenedIsWhole(file);
});
