// The words an Arabic typist most likely meant by a misspelt word: the word with the
// slips Arabic typists make undone (SLIP_COST in spelling-cost.ts says which and what
// each costs). Hunspell's own suggestions are general edits ranked by its n-gram score,
// which put المسيلين before المسؤولين and never reached التي from «اللتي»; these forms
// are checked with Hunspell's spell() and merged with its suggestions by the service.
// Pure, and bounded: at most MAX_CANDIDATES forms, the cheapest.
import { SLIP_COST } from './spelling-cost';

/** Forms checked per misspelt word: each is one Hunspell spell() (~30 µs), so about
 * 4 ms a word. Over the newsroom fixture the intended word, where a rule makes it, is
 * within the first 45 but for three words Hunspell finds by itself. */
export const MAX_CANDIDATES = 120;
/** Two slips in one word only where both are this cheap: two cheap slips (الامريكيه)
 * are likelier than one dear slip and a second (a hamza on the article: أولفرنسيه). */
const SECOND_SLIP_AFTER = 0.5;
/** Missing-space candidates kept (each is two spell() calls). */
const MAX_SPLITS = 8;

export interface Candidate {
  /** A form to check; with one space when the slip was a missing space. */
  word: string;
  /** What undoing the slips that make it costs, as in arabicEditCost. */
  cost: number;
}

/** Misspellings of the commonest words that no rule ranks right by itself: الي is one
 * hamza from إلي but إلى is meant; هاذا, ذالك, لاكن write a vowel the spelling omits. */
export const KNOWN_SLIPS: Readonly<Record<string, string>> = {
  'الي': 'إلى', 'الى': 'إلى', 'فى': 'في', 'الذى': 'الذي', 'التى': 'التي', 'هى': 'هي',
  'هاذا': 'هذا', 'هاذه': 'هذه', 'هاذان': 'هذان',
  'ذالك': 'ذلك', 'لاكن': 'لكن', 'لاكنه': 'لكنه', 'هاكذا': 'هكذا',
};
const KNOWN_SLIP_COST = 0.1;

// Tashkeel, superscript alef, tatweel: never part of the word (as spellingKey).
const MARKS = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g;
// Letters that never join the letter after them: a space left out after one of them is
// invisible on screen (وزارةالخارجية looks like two words), so it is a slip worth trying.
export const NON_JOINING: ReadonlySet<string> = new Set(['ا', 'أ', 'إ', 'آ', 'د', 'ذ', 'ر', 'ز', 'و', 'ؤ', 'ة', 'ء']);
const ALEFS = ['ا', 'أ', 'إ', 'آ'];
const SEATS = ['ء', 'ؤ', 'ئ', 'أ'];
const DROPPED_HAMZA: Record<string, string[]> = { 'و': ['ؤ'], 'ي': ['ئ'], 'ى': ['ئ'], 'ؤ': ['و'], 'ئ': ['ي'] };
const FINAL_SWAPS: Record<string, [string, number][]> = {
  'ه': [['ة', SLIP_COST.taMarbutaDots]],
  'ة': [['ه', SLIP_COST.taMarbutaForHa], ['ت', SLIP_COST.taMarbutaTa]],
  'ت': [['ة', SLIP_COST.taMarbutaTa]],
  'ي': [['ى', SLIP_COST.alefMaqsura]],
  'ى': [['ي', SLIP_COST.alefMaqsura], ['ا', SLIP_COST.maqsuraAlef]],
  'ا': [['ى', SLIP_COST.maqsuraAlef]],
};

type Edit = [word: string, cost: number];

const replace = (w: string, i: number, by: string) => w.slice(0, i) + by + w.slice(i + 1);

/** The spelling slips of one letter: wrong hamza seat, ة/ه, ى/ي, ض/ظ. Cheap, so a word
 * may carry two of them (الامريكيه). */
function seatEdits(w: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (ALEFS.includes(ch)) {
      const article = i === 0 && w[1] === 'ل' && w.length >= 5;
      for (const other of ALEFS) if (other !== ch) edits.push([replace(w, i, other), article ? SLIP_COST.articleHamza : SLIP_COST.alefHamza]);
    }
    if (SEATS.includes(ch)) for (const other of SEATS) if (other !== ch && !(ALEFS.includes(ch) && ALEFS.includes(other))) edits.push([replace(w, i, other), SLIP_COST.hamzaSeat]);
    const dropped = i === w.length - 1 ? SLIP_COST.hamzaDroppedFinal : SLIP_COST.hamzaDropped;
    for (const other of DROPPED_HAMZA[ch] ?? []) edits.push([replace(w, i, other), dropped]);
    if ((ch === 'ي' || ch === 'ى') && w[i + 1] === 'ء') edits.push([w.slice(0, i) + 'ئ' + w.slice(i + 2), SLIP_COST.hamzaSeat]);
    if (ch === 'ض' || ch === 'ظ') edits.push([replace(w, i, ch === 'ض' ? 'ظ' : 'ض'), SLIP_COST.dadZa]);
  }
  const last = w.length - 1;
  for (const [other, cost] of FINAL_SWAPS[w[last]!] ?? []) edits.push([replace(w, last, other), cost]);
  return edits;
}

/** Letters added, dropped, doubled or swapped: long vowels, doubled letters, a hamza at
 * the end, two neighbours, a missing space after a letter that does not join. */
function letterEdits(w: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    // One letter too many: a doubled letter, an extra long vowel.
    if (ch === w[i - 1]) edits.push([w.slice(0, i) + w.slice(i + 1), SLIP_COST.doubled]);
    else if (i > 0 && (ch === 'ا' || ch === 'و' || ch === 'ي')) {
      const cost = ch === 'ي' ? SLIP_COST.longYa : ch === 'و' && (w[i - 1] === 'ؤ' || w[i - 1] === 'ء') ? SLIP_COST.hamzaWaw : SLIP_COST.longVowel;
      edits.push([w.slice(0, i) + w.slice(i + 1), cost]);
    }
    // A letter left out after this one: a long vowel, the second of a doubled letter.
    if (i < w.length - 1) {
      const after = w.slice(0, i + 1);
      const rest = w.slice(i + 1);
      edits.push([after + 'ي' + rest, SLIP_COST.longYa]);
      edits.push([after + 'ا' + rest, SLIP_COST.longVowel]);
      edits.push([after + 'و' + rest, ch === 'ؤ' || ch === 'ء' ? SLIP_COST.hamzaWaw : SLIP_COST.longVowel]);
      if (ch !== w[i + 1]) edits.push([after + ch + rest, SLIP_COST.doubled]);
    }
    if (i < w.length - 1 && ch !== w[i + 1]) edits.push([w.slice(0, i) + w[i + 1] + ch + w.slice(i + 2), SLIP_COST.swapped]);
    if (i >= 1 && i <= w.length - 3 && NON_JOINING.has(ch)) edits.push([`${w.slice(0, i + 1)} ${w.slice(i + 1)}`, SLIP_COST.space]);
  }
  if (w.endsWith('ا')) edits.push([w + 'ء', SLIP_COST.hamza]);
  return edits;
}

/**
 * The likely intended forms of a misspelt Arabic word (in any form: tashkeel and
 * tatweel are dropped first), cheapest first, at most `max`: every single slip, and two
 * slips where the second is a seat slip (hamza, ة/ه, ى/ي), as in «الامريكيه».
 */
export function arabicCandidates(word: string, max = MAX_CANDIDATES): Candidate[] {
  const w = word.normalize('NFC').replace(MARKS, '');
  const best = new Map<string, number>();
  const add = (form: string, cost: number) => {
    if (form === w || form.length < 2) return;
    const known = best.get(form);
    if (known === undefined || cost < known) best.set(form, cost);
  };
  const known = KNOWN_SLIPS[w];
  if (known) add(known, KNOWN_SLIP_COST);
  const seats = seatEdits(w);
  for (const [form, cost] of [...seats, ...letterEdits(w)]) {
    add(form, cost);
    if (form.includes(' ') || cost > SECOND_SLIP_AFTER) continue;
    for (const [second, more] of seatEdits(form)) if (more <= SECOND_SLIP_AFTER) add(second, cost + more);
  }
  const all = [...best].map(([form, cost]) => ({ word: form, cost: Math.round(cost * 100) / 100 }));
  // The splits have places of their own: few, and dearer than the many two-slip forms
  // that would otherwise crowd them out.
  const splits = all.filter((c) => c.word.includes(' ')).slice(0, Math.min(MAX_SPLITS, max));
  const whole = all.filter((c) => !c.word.includes(' ')).sort((a, b) => a.cost - b.cost);
  return [...whole.slice(0, Math.max(0, max - splits.length)), ...splits].sort((a, b) => a.cost - b.cost);
}
