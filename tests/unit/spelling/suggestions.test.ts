// Arabic suggestions over the real ayaspell dictionary, through the service: for each
// newsroom misspelling in tests/fixtures/misspellings-ar.tsv the intended word is
// offered, and first where the slip is one hamza, ta marbuta, alef maqsura or doubled
// letter. English suggestions stay Hunspell's. (Before and after numbers, and times:
// tests/bench/spelling-suggestions.ts.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services/index';
import { MAX_SUGGESTIONS } from '../../../electron/services/spelling/index';
import { meetsExpectation, readMisspellings } from './misspellings';

let tmp: string;
let services: Services;
const suggest = async (word: string) => (await services.spelling.suggest(word)).suggestions;

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-suggestions-'));
  services = await createServices({ dbPath: path.join(tmp, 'qalam.db') });
});

after(async () => {
  await services.close();
  await rm(tmp, { recursive: true, force: true });
});

test('every newsroom misspelling is flagged, and its intended word offered: first for one hamza, ta marbuta, maqsura or doubling slip', async (t) => {
  const pairs = readMisspellings();
  assert.ok(pairs.length >= 40, `${pairs.length} pairs`);
  const { misspelled } = await services.spelling.check(pairs.map((p) => p.misspelt), 'ar');
  assert.deepEqual(pairs.filter((p) => !misspelled.includes(p.misspelt)).map((p) => p.misspelt), [], 'the dictionary rejects every misspelt form');
  let first = 0;
  let top3 = 0;
  const wrong: string[] = [];
  for (const pair of pairs) {
    const suggestions = await suggest(pair.misspelt);
    const at = suggestions.indexOf(pair.intended);
    if (at === 0) first++;
    if (at >= 0 && at < 3) top3++;
    if (!meetsExpectation(pair, suggestions)) wrong.push(`${pair.misspelt} → ${pair.intended} (${pair.slip}): ${suggestions.join(' | ')}`);
  }
  t.diagnostic(`intended first ${first}/${pairs.length}, in the first three ${top3}/${pairs.length}`);
  assert.deepEqual(wrong, []);
});

test('the three cases found by hand: المسؤولين and التي first, and no odd word for a name the dictionary lacks', async () => {
  assert.equal((await suggest('المسؤلين'))[0], 'المسؤولين');
  assert.equal((await suggest('اللتي'))[0], 'التي');
  // Hunspell offered «لإليها» and «الإلي زيه»: nothing is better than either.
  assert.deepEqual(await suggest('الإليزيه'), []);
  const trump = await suggest('ترامب');
  assert.ok(!trump.includes('مراتب'), trump.join(' | '));
});

test('as many suggestions as before at most, fewer only where the rest are far, none for a correct word', async () => {
  assert.equal((await suggest('الامن')).length, MAX_SUGGESTIONS);
  for (const word of ['الحكومه', 'المدرسه', 'ككتابب']) assert.ok((await suggest(word)).length <= MAX_SUGGESTIONS, word);
  assert.deepEqual(await suggest('الحكومة'), []);
});

test('English suggestions are Hunspell’s, unchanged', async () => {
  assert.equal((await suggest('goverment'))[0], 'government');
  assert.equal((await suggest('recieve'))[0], 'receive');
  assert.deepEqual((await suggest('teh')).slice(0, 3), ['the', 'eh', 'tech']);
  assert.equal((await suggest('definately'))[0], 'definitely');
});
