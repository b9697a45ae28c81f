// The lines the web host and the CLI print while a big library migrates: the step in
// words, the whole run's percent, the articles counted; a line every few percent, not
// one per batch of 500 (a 100,000-article library has 400 batches).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  needsSplash,
  overallPercent,
  progressLine,
  progressPrinter,
  type MigrationProgress,
} from '../../../electron/common/migration-progress';

/** The reports migrate() gives for a run over `articles` articles, batches of 500. */
function run(articles: number): MigrationProgress[] {
  const reports: MigrationProgress[] = [];
  for (const [i, name] of ['clitic-search', 'recount-words'].entries()) {
    const [start, span] = i === 0 ? [0, 0.75] : [0.75, 0.25];
    const at = (done: number, total: number) => reports.push({ name, version: 4 + i, step: i + 1, steps: 2, start, span, done, total });
    at(0, 0);
    for (let done = 0; done < articles; done += 500) at(done, articles);
    at(articles, articles);
  }
  return reports;
}

test('a line says the step in words, the percent of the whole run, and the articles, in Arabic', () => {
  const line = progressLine({ name: 'clitic-search', version: 4, step: 1, steps: 2, start: 0, span: 0.75, done: 8_500, total: 20_000 }, 'ar');
  assert.equal(line, 'قلم: نجهّز مكتبتك لبحث أدقّ… ٣١٪ — الخطوة ١ من ٢ (٨٬٥٠٠ من ٢٠٬٠٠٠ مقال)');
});

test('and in English', () => {
  const line = progressLine({ name: 'recount-words', version: 5, step: 2, steps: 2, start: 0.75, span: 0.25, done: 20_000, total: 20_000 }, 'en');
  assert.equal(line, 'Qalam: Recounting the words of your articles… 100% — step 2 of 2 (20,000 of 20,000 articles)');
});

test('100,000 articles make about one line per 5%, each step’s first and last included, never 400', () => {
  const lines: string[] = [];
  const reports = run(100_000);
  const print = progressPrinter('en', (l) => lines.push(l));
  for (const p of reports) print(p);
  assert.ok(lines.length >= 20 && lines.length <= 24, `${lines.length} lines`);
  assert.match(lines[0]!, /Preparing your library for more precise search… 0% — step 1 of 2 \(0 of 100,000 articles\)/);
  assert.match(lines.at(-1)!, /Recounting the words of your articles… 100% — step 2 of 2 \(100,000 of 100,000 articles\)/);
  assert.ok(lines.some((l) => /75% — step 2 of 2 \(0 of/.test(l)), 'the second step announces itself');
  const percents = lines.map((l) => Number(/(\d+)%/.exec(l)![1]));
  assert.deepEqual([...percents].sort((a, b) => a - b), percents, 'never backwards');
});

test('one printer for two runs (a restored backup migrating after the library did): the second prints from its start', () => {
  const lines: string[] = [];
  const print = progressPrinter('en', (l) => lines.push(l));
  const recount = (done: number, total: number): MigrationProgress => ({ name: 'recount-words', version: 5, step: 1, steps: 1, start: 0, span: 1, done, total });
  for (const run of [1, 2]) {
    print(recount(0, 0));
    for (let done = 0; done <= 2_000; done += 500) print(recount(done, 2_000));
    assert.match(lines.at(-1)!, /100% — step 1 of 1 \(2,000 of 2,000 articles\)/, `run ${run} ends with its own 100%`);
  }
  assert.equal(lines.filter((l) => / 0% — step 1 of 1 \(0 of 2,000/.test(l)).length, 2, 'each run says 0% first');
});

test('steps that only change the schema, and empty libraries, print nothing', () => {
  const lines: string[] = [];
  const print = progressPrinter('ar', (l) => lines.push(l));
  print({ name: 'personal-words', version: 3, step: 1, steps: 3, start: 0, span: 0, done: 0, total: 0 });
  print({ name: 'clitic-search', version: 4, step: 2, steps: 3, start: 0, span: 0.75, done: 0, total: 0 });
  assert.deepEqual(lines, []);
});

test('the percent reaches 100 only when the last step has counted its last article', () => {
  const reports = run(1_000);
  assert.deepEqual(reports.map(overallPercent).filter((p) => p === 100).length, 1);
  assert.equal(overallPercent(reports.at(-2)!), 87, 'half the recount: 75% + half of its 25%');
});

test('the splash is for long runs only: a pending re-index over enough articles', () => {
  const pending = { from: 3, to: 5, migrations: ['clitic-search', 'recount-words'], articles: 5_000, reworksArticles: true };
  assert.equal(needsSplash(pending), true);
  assert.equal(needsSplash({ ...pending, articles: 12 }), false, 'a few articles migrate before a window could paint');
  assert.equal(needsSplash({ ...pending, reworksArticles: false }), false);
  assert.equal(needsSplash(undefined), false);
});
