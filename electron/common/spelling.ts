// Spelling words: what counts as a word to check, which dictionary checks it, and the
// form it is checked in. Shared by the renderer (which finds the words in the text and
// underlines the misspelt ones) and the services (which ask Hunspell), so both agree on
// what "the same word" is. Pure: no DOM, no Node.
import { z } from 'zod';

export const SPELLING_LANGUAGES = ['ar', 'en'] as const;
export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number];

/** Longest word checked: longer runs are URLs, hashes or keyboard mashing, not words. */
export const MAX_SPELLING_WORD = 64;
/** Words per check request: a few screens of text; the renderer sends in batches. */
export const MAX_CHECK_WORDS = 2000;
/** Words a personal dictionary keeps. */
export const MAX_PERSONAL_WORDS = 50_000;

// Tashkeel (fathatan … sukun, and the rarer marks up to U+065F), superscript alef,
// tatweel, and the joiners: none of them changes which word it is.
const NOT_SPELLING = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g;
const ARABIC_WORD = /^[\p{Script=Arabic}]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}]+(?:'[\p{Script=Latin}]+)*$/u;
// A run of letters, marks, digits, tatweel, joiners and inner apostrophes: a candidate
// token. Digits are taken in so "COVID19" or "٣أيام" is one token, and skipped whole.
const TOKEN = /[\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]+(?:['’][\p{L}\p{M}\p{Nd}]+)*/gu;

/** The form a word is checked, cached and remembered in: no tashkeel, no tatweel, NFC,
 * typographic apostrophe as ASCII. "الْكِتَابُ" and "الكتـــاب" are "الكتاب". */
export function spellingKey(word: string): string {
  return word.normalize('NFC').replace(NOT_SPELLING, '').replace(/’/g, "'");
}

/** Which dictionary checks a word (in its spellingKey form), or undefined when it is no
 * word to check: mixed scripts, digits, one letter, or a Latin acronym (NATO, UN). */
export function languageOf(key: string): SpellingLanguage | undefined {
  if (key.length < 2 || key.length > MAX_SPELLING_WORD || /\p{Nd}/u.test(key)) return undefined;
  if (ARABIC_WORD.test(key)) return 'ar';
  if (LATIN_WORD.test(key)) return key === key.toUpperCase() ? undefined : 'en';
  return undefined;
}

export interface SpellingWord {
  /** As written, with its tashkeel. */
  text: string;
  /** Offsets in the string it was found in. */
  start: number;
  end: number;
  key: string;
  lang: SpellingLanguage;
}

/** The words of `text` a spellchecker should look at, with their offsets. */
export function spellingWords(text: string): SpellingWord[] {
  const words: SpellingWord[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const key = spellingKey(match[0]);
    const lang = languageOf(key);
    if (!lang) continue;
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, key, lang });
  }
  return words;
}

const word = z.string().min(1).max(MAX_SPELLING_WORD);

export const spellingCheckSchema = z.strictObject({
  words: z.array(word).max(MAX_CHECK_WORDS),
  /** Check every word with this dictionary instead of choosing by script. */
  lang: z.enum(SPELLING_LANGUAGES).optional(),
});
export const spellingWordSchema = z.strictObject({ word });

export interface SpellingCheckResult {
  /** The words (as sent) the dictionaries do not know. */
  misspelled: string[];
}

/**
 * Hunspell's suggestions made fit to offer, best first, at most `max`:
 * - the definite article written with a hamza (ألمباحثة, آلمباحثة) beside the same word
 *   with a plain alef (المباحثة) is dropped: the article's alef never carries one, and
 *   ayaspell offers both for nearly every word with ال, so two of the first three were
 *   noise. Alone (ألم, آل سعود) such a word stays: there it may be the word meant;
 * - a suggestion that splits the word in two ("الح كومه") comes after the whole words.
 */
export function tidySuggestions(suggestions: readonly string[], max: number): string[] {
  const offered = new Set(suggestions);
  const kept = suggestions.filter((s) => !(/^[أآ]ل/.test(s) && offered.has(`ا${s.slice(1)}`)));
  return [...kept.filter((s) => !s.includes(' ')), ...kept.filter((s) => s.includes(' '))].slice(0, max);
}
