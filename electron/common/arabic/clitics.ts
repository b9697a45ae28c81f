// Light stemming for search: the clitics Arabic writes joined to the front of a word,
// so that «التهريب» finds «والتهريب» and «حكومة» finds «للحكومة». Only the front, and
// only what newsroom text is full of, in the order Arabic stacks them:
//   a conjunction و or ف, then the article ال — alone, or after the prepositions
//   ب ك ل (بال، كال؛ ل + ال is written لل) — or else a bare preposition ب ك ل.
// Each step needs at least three letters left behind, so short words (ولد، بعد، لكن،
// الله) are never cut. Works on normalized text (normalizeForSearch: alef forms are ا).
//
// Removing the article is safe: ال is almost never the start of a stem. A bare letter
// is a guess (وزير، كتاب، لبنان start with a root letter), so each reading says which
// kind of cut made it: search lets a word cut at its article match as a prefix, and a
// guessed cut only as the whole word. لل is read both ways: ل + ال (للحكومة) or ل before
// a word that starts with ل (لليبيا).

/** Letters that must remain after any cut. */
export const MIN_STEM = 3;

export interface Reading {
  /** The word without the leading clitics this reading cuts. */
  stem: string;
  /** True when the article ال was cut (with whatever stood before it). */
  article: boolean;
}

const isPreposition = (ch: string | undefined) => ch === 'ب' || ch === 'ك' || ch === 'ل';

/** The readings of a word with clitics cut, the likeliest first; none for a word
 * that carries none (or would keep fewer than MIN_STEM letters). */
export function cliticReadings(word: string): Reading[] {
  let w = word;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length - 1 >= MIN_STEM) w = w.slice(1);
  // ل + ال: the alef is not written (للحكومة); or ل + a word starting with ل (لليبيا).
  if (w.startsWith('لل') && w.length - 2 >= MIN_STEM) {
    return [
      { stem: w.slice(2), article: true },
      { stem: w.slice(1), article: false },
    ];
  }
  if (isPreposition(w[0]) && w.startsWith('ال', 1) && w.length - 3 >= MIN_STEM) return [{ stem: w.slice(3), article: true }];
  if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) return [{ stem: w.slice(2), article: true }];
  if (isPreposition(w[0]) && w.length - 1 >= MIN_STEM) w = w.slice(1);
  return w === word ? [] : [{ stem: w, article: false }];
}

// A word as FTS5's unicode61 tokenizer sees one: letters, digits, private use.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/**
 * The stems of the words of normalized text that carry a clitic, every reading, one
 * space between: what the index holds beside the text so a search can reach the word
 * behind the clitic. Words without a clitic are not repeated (the text holds them).
 */
export function cliticStems(normalized: string): string {
  const out: string[] = [];
  for (const [word] of normalized.matchAll(WORD)) {
    for (const { stem } of cliticReadings(word)) out.push(stem);
  }
  return out.join(' ');
}
