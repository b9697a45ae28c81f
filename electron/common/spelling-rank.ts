// Hunspell's suggestions and the slip candidates that Hunspell knows, in the order an
// Arabic editor expects: the cheapest slip first (arabicEditCost), Hunspell's own order
// between equals. What is far from the typed word goes: for a name Hunspell does not
// know (الإليزيه) it offered «لإليها», and no suggestion is better than a wrong one.
import { KNOWN_SLIPS, NON_JOINING } from './spelling-candidates';
import { arabicEditCost } from './spelling-cost';
import { tidySuggestions } from './spelling';

/** Particles typed joined to the next word (فيالبيت): a split after one is plausible. */
const PARTICLES = new Set(['في', 'من', 'عن', 'على', 'إلى', 'أن', 'إن', 'لا', 'ما', 'لم', 'لن', 'قد', 'ثم', 'أو', 'بل', 'هل', 'يا']);

/** The farthest a suggestion may be: an arbitrary edit and a half in a short word,
 * one per four letters in a long one. Past that Hunspell's suggestions for a name it
 * lacks are other words altogether (ترامب → مراتب، نتنياهو → وتنياهن). */
export function farthestSuggestion(typed: string): number {
  return Math.max(1.5, 0.25 * typed.length);
}

/** A word a split may make: a particle, or three letters or more (five with ال), so
 * that no half is a scrap of the word (الو زاره، الجمهور يه). */
const wholeEnough = (part: string) => PARTICLES.has(part) || (part.length >= 3 && (!part.startsWith('ال') || part.length >= 5));

/** A split is offered where a space is easily lost: after a letter that does not join
 * the next (the gap still shows), or after a particle. Hunspell also splits words at
 * random (الح كومه، الإلي زيه); those go. */
function plausibleSplit(suggestion: string): boolean {
  const parts = suggestion.split(' ');
  if (parts.length !== 2 || !parts.every(wholeEnough)) return false;
  const first = parts[0]!;
  return PARTICLES.has(first) || NON_JOINING.has(first[first.length - 1]!);
}

/** Cost of offering `suggestion` for `typed` (both in spellingKey form). */
export function suggestionCost(typed: string, suggestion: string): number {
  return KNOWN_SLIPS[typed] === suggestion ? 0.1 : arabicEditCost(typed, suggestion);
}

/**
 * At most `max` suggestions for a misspelt Arabic word, best first: Hunspell's
 * (`hunspell`, its order) and the slip candidates it knows (`found`), ranked by
 * suggestionCost, far ones and random splits dropped, then tidySuggestions.
 */
export function rankArabicSuggestions(typed: string, hunspell: readonly string[], found: readonly string[], max: number): string[] {
  const pool = [...new Set([...hunspell, ...found])];
  const limit = farthestSuggestion(typed);
  const ranked = pool
    .map((word, index) => ({ word, index, cost: suggestionCost(typed, word) }))
    .filter((s) => s.cost <= limit && (!s.word.includes(' ') || plausibleSplit(s.word)))
    .sort((a, b) => a.cost - b.cost || a.index - b.index)
    .map((s) => s.word);
  return tidySuggestions(ranked, max);
}
