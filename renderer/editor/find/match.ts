// Arabic-aware matching for find & replace. The search normalizer (DESIGN §4) folds
// hamza seats, tashkeel, tatweel, alef maqsura and ta marbuta; its offset map turns a
// match in the folded text back into a span of the original, so replace touches
// exactly what the person saw highlighted.
import { normalizeForSearch, normalizeWithMap } from '../../../electron/common/arabic/normalize';

export interface FindOptions {
  /** Match the characters exactly as typed: no folding, case-sensitive. */
  exact: boolean;
  /** Only whole words: no letter, digit or mark touching either side. */
  wholeWord: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { exact: false, wholeWord: false };

/** A half-open span [start, end) of the original text. */
export interface TextSpan {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_\u0640]/u;

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

export function findInText(text: string, query: string, options: FindOptions = DEFAULT_FIND_OPTIONS): TextSpan[] {
  if (query === '' || text === '') return [];
  const spans = options.exact ? exactSpans(text, query) : foldedSpans(text, query);
  return options.wholeWord ? spans.filter((s) => isWordBoundary(text, s.start, s.end)) : spans;
}

function exactSpans(text: string, query: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = text.indexOf(query); i !== -1; i = text.indexOf(query, i + query.length)) {
    out.push({ start: i, end: i + query.length });
  }
  return out;
}

function foldedSpans(text: string, query: string): TextSpan[] {
  const needle = normalizeForSearch(query);
  if (needle === '') return [];
  const { text: folded, map } = normalizeWithMap(text);
  const out: TextSpan[] = [];
  for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + needle.length)) {
    // End at the next kept character, so the diacritics riding on the last matched
    // letter belong to the match (replacing كَتَبَ replaces its final fatha too).
    out.push({ start: map[i]!, end: map[i + needle.length]! });
  }
  return out;
}
