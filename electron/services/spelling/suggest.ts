// What the worker answers for a suggestion: Hunspell's own suggestions and, for Arabic,
// the slip candidates (electron/common/spelling-candidates.ts) that Hunspell knows. The
// service ranks them (rankArabicSuggestions); English stays Hunspell's alone, which
// ranks English typos well. Apart from the worker so the suggestions bench runs it
// without a thread.
import type { Hunspell } from 'hunspell-asm';
import { arabicCandidates } from '../../common/spelling-candidates';
import type { SpellingLanguage } from '../../common/spelling';

export interface SuggestAnswer {
  suggestions: string[];
  /** Slip candidates Hunspell knows and did not suggest, cheapest first (Arabic only). */
  found?: string[];
}

export function suggestFor(hunspell: Hunspell, lang: SpellingLanguage, word: string): SuggestAnswer {
  // Hunspell suggests even for a correct word; a correct word needs no correction.
  if (hunspell.spell(word)) return { suggestions: [] };
  const suggestions = hunspell.suggest(word);
  if (lang !== 'ar') return { suggestions };
  const offered = new Set(suggestions);
  const found = arabicCandidates(word)
    .map((c) => c.word)
    .filter((form) => !offered.has(form) && form.split(' ').every((part) => hunspell.spell(part)));
  return { suggestions, found };
}
