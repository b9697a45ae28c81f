// The fixture of Arabic newsroom misspellings (tests/fixtures/misspellings-ar.tsv), read
// for the suggestions test and the suggestions bench.
import { readFileSync } from 'node:fs';

export interface Misspelling {
  misspelt: string;
  intended: string;
  /** hamza, ta-marbuta, maqsura, doubled, long-vowel, swapped, sound-alike, two-slips… */
  slip: string;
  /** Where the intended word must be among the suggestions (the fixture's header says why). */
  expected: 'first' | 'top3' | 'offered';
  /** Written after the ranking was tuned, to measure it on words it was not fitted to. */
  heldOut: boolean;
}

const EXPECTED = new Set(['first', 'top3', 'offered']);

export function readMisspellings(): Misspelling[] {
  const text = readFileSync(new URL('../../fixtures/misspellings-ar.tsv', import.meta.url), 'utf8');
  let heldOut = false;
  const pairs: Misspelling[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '# held out') heldOut = true;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [misspelt, intended, slip, expected] = line.split('\t');
    if (!misspelt || !intended || !slip || !expected || !EXPECTED.has(expected)) throw new Error(`misspellings-ar.tsv: bad line ${JSON.stringify(line)}`);
    pairs.push({ misspelt, intended, slip, expected: expected as Misspelling['expected'], heldOut });
  }
  return pairs;
}

/** Where `intended` must stand among `suggestions`, as the fixture expects. */
export function meetsExpectation(pair: Misspelling, suggestions: readonly string[]): boolean {
  const at = suggestions.indexOf(pair.intended);
  if (pair.expected === 'first') return at === 0;
  if (pair.expected === 'top3') return at >= 0 && at < 3;
  return at >= 0;
}
