// Arabic spelling suggestions, before and after the slip candidates: over the fixture of
// newsroom misspellings (tests/fixtures/misspellings-ar.tsv), how often the intended
// word comes first, in the first three, or at all, on the pairs the ranking was tuned
// on and on the held-out ones; and what a suggestion costs per word: Hunspell's own
// suggest() (the baseline, all there was before) and the candidates' work on top of it
// (generating them, spell() on each, ranking), timed apart.
// Hunspell runs on this thread here (the app runs it in the worker), so the times are
// the worker's own work, without the message round trip.
//
//   tsx tests/bench/spelling-suggestions.ts
//   QALAM_BENCH_SUGGEST_ROUNDS=1 tsx tests/bench/spelling-suggestions.ts
//   QALAM_BENCH_SUGGEST_VERBOSE=1 …   (each word's suggestions after)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadModule } from 'hunspell-asm';
import { spellingKey, tidySuggestions } from '../../electron/common/spelling';
import { arabicCandidates } from '../../electron/common/spelling-candidates';
import { rankArabicSuggestions } from '../../electron/common/spelling-rank';
import { MAX_SUGGESTIONS } from '../../electron/services/spelling/index';
import { meetsExpectation, readMisspellings, type Misspelling } from '../unit/spelling/misspellings';

const ROUNDS = Number(process.env.QALAM_BENCH_SUGGEST_ROUNDS ?? 5);
const VERBOSE = process.env.QALAM_BENCH_SUGGEST_VERBOSE === '1';
const dir = new URL('../../assets/dictionaries/', import.meta.url).pathname;

const factory = await loadModule();
const mount = async (name: string) => factory.mountBuffer(await readFile(join(dir, name)), name);
const ar = factory.create(await mount('ar.aff'), await mount('ar.dic'));

const pairs = readMisspellings();
const unusable = pairs.filter((p) => ar.spell(spellingKey(p.misspelt)) || !p.intended.split(' ').every((w) => ar.spell(w)));
if (unusable.length) console.log(`NOT USABLE (misspelt accepted or intended unknown): ${unusable.map((p) => `${p.misspelt}→${p.intended}`).join('، ')}`);

interface Answer { before: string[]; after: string[]; hunspellMs: number; candidatesMs: number }

/** Best of ROUNDS: Hunspell's suggest() alone, then the candidates' work on top (as
 * electron/services/spelling/suggest.ts and the service's ranking do it). */
function answer(word: string): Answer {
  let hunspellMs = Infinity;
  let candidatesMs = Infinity;
  let raw: string[] = [];
  let after: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let start = performance.now();
    raw = ar.spell(word) ? [] : ar.suggest(word);
    hunspellMs = Math.min(hunspellMs, performance.now() - start);
    start = performance.now();
    const offered = new Set(raw);
    const found = arabicCandidates(word).map((c) => c.word).filter((f) => !offered.has(f) && f.split(' ').every((part) => ar.spell(part)));
    after = rankArabicSuggestions(word, raw, found, MAX_SUGGESTIONS);
    candidatesMs = Math.min(candidatesMs, performance.now() - start);
  }
  return { before: tidySuggestions(raw, MAX_SUGGESTIONS), after, hunspellMs, candidatesMs };
}

const answers = new Map(pairs.map((p) => [p, answer(spellingKey(p.misspelt))]));

function score(label: string, set: Misspelling[], which: 'before' | 'after') {
  const at = set.map((p) => answers.get(p)![which].indexOf(p.intended));
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)}% (${n}/${of})`;
  const first = at.filter((i) => i === 0).length;
  const top3 = at.filter((i) => i >= 0 && i < 3).length;
  const offered = at.filter((i) => i >= 0).length;
  const must = set.filter((p) => p.expected === 'first');
  const mustFirst = must.filter((p) => answers.get(p)![which][0] === p.intended).length;
  const misses = set.filter((p) => !meetsExpectation(p, answers.get(p)![which])).map((p) => `${p.misspelt}→${p.intended}`);
  console.log(`  ${label} ${which.padEnd(6)} first ${pct(first, set.length)}, top 3 ${pct(top3, set.length)}, offered ${pct(offered, set.length)}; one-slip seat/doubling first ${pct(mustFirst, must.length)}${misses.length ? `; short of the fixture: ${misses.join('، ')}` : ''}`);
}

const tuned = pairs.filter((p) => !p.heldOut);
const heldOut = pairs.filter((p) => p.heldOut);
console.log(`Arabic suggestions over ${pairs.length} newsroom misspellings (${tuned.length} tuned on, ${heldOut.length} held out)`);
for (const [label, set] of [['tuned   ', tuned], ['held out', heldOut], ['all     ', pairs]] as const) {
  score(label, set, 'before');
  score(label, set, 'after');
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f: number) => s[Math.min(s.length - 1, Math.floor(s.length * f))]!.toFixed(1);
  return `median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${s.at(-1)!.toFixed(1)} ms`;
};
const all = [...answers.values()];
const hunspell = all.map((a) => a.hunspellMs);
const candidates = all.map((a) => a.candidatesMs);
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(`per word, best of ${ROUNDS}:`);
console.log(`  before (baseline): Hunspell suggest() ${stats(hunspell)}`);
console.log(`  added after: candidates + spell() + ranking ${stats(candidates)}`);
console.log(`  after, all told: ${stats(all.map((a) => a.hunspellMs + a.candidatesMs))}; ${((total(hunspell) + total(candidates)) / total(hunspell)).toFixed(2)}× the baseline's total`);
if (VERBOSE) for (const [p, a] of answers) console.log(`  ${p.misspelt} → ${p.intended} [${a.after.indexOf(p.intended)}]: ${a.after.join(' | ')}`);
