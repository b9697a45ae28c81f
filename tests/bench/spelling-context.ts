// Context slips' cost (electron/common/spelling-context.ts): what decorate adds for a
// changed block, against spellingWords() of the same text (the baseline: the tokenizing
// decorate already does for every changed block). Paragraphs are the sample article's,
// every third with a slip in it («وقال ان…»), so the ان-shaped pre-check passes on most
// and the full path is measured, not the early return alone.
//
//   tsx tests/bench/spelling-context.ts
//   QALAM_BENCH_CONTEXT_PARAGRAPHS=1000 tsx tests/bench/spelling-context.ts
import { readFile } from 'node:fs/promises';
import { spellingWords } from '../../electron/common/spelling';
import { contextSlips } from '../../electron/common/spelling-context';

const PARAGRAPHS = Number(process.env.QALAM_BENCH_CONTEXT_PARAGRAPHS ?? 20_000);
const ROUNDS = 5;

const sample = await readFile(new URL('../fixtures/article-ar.txt', import.meta.url), 'utf8');
const lines = sample.split('\n').filter((l) => l.trim() !== '');
const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
  const line = lines[i % lines.length]!;
  return i % 3 === 0 ? `${line} وقال ان الحكومة ستعلن الموازنة، وأكد انها ستدعم المزارعين.` : line;
});

/** Best of ROUNDS, in ms per 1,000 paragraphs. */
function per1000(fn: (text: string) => unknown): number {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const p of paragraphs) fn(p);
    best = Math.min(best, performance.now() - start);
  }
  return (best / PARAGRAPHS) * 1000;
}

let found = 0;
for (const p of paragraphs) found += contextSlips(p).length;
const words = per1000(spellingWords);
const slips = per1000(contextSlips);
console.log(`${PARAGRAPHS} paragraphs (${found} slips found)`);
console.log(`spellingWords (baseline): ${words.toFixed(2)} ms per 1,000 paragraphs`);
console.log(`contextSlips:             ${slips.toFixed(2)} ms per 1,000 paragraphs (${(slips / words).toFixed(2)}× the baseline)`);
