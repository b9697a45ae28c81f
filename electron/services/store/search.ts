// Search: the query is normalized like the index (DESIGN §4), each word becomes a
// quoted FTS5 prefix term, all words must match, bm25 ranks with the headline weighing
// most. Words are also found behind the clitics Arabic joins to them (و ف ب ك ل ال,
// electron/common/arabic/clitics.ts): the index holds, beside each field, the stems of
// its words that carry one, and a query word is looked for as typed and as its stem.
// Snippets are cut from the ORIGINAL text, tashkeel and all, using the character map
// of normalizeWithMap to carry match offsets back.
import { cliticReadings } from '../../common/arabic/clitics';
import { normalizeWithMap } from '../../common/arabic/normalize';
import type { RequestOf, SearchHit, Snippet } from '../../common/contract';
import { contract } from '../../common/contract';
import { parseOrThrow } from '../../common/document/schema';
import type { ArticleMeta, Block } from '../../common/document/types';
import type { StoreContext } from './context';
import { fastNormalize } from './fast-normalize';
import { bodyText } from './text';

export type SearchRequest = RequestOf<'articles.search'>;

export const DEFAULT_SEARCH_LIMIT = 50;
const MAX_TERMS = 16;
/**
 * bm25 column weights, in index column order: headline, standfirst, kicker, body, then
 * the clitic stems of each at half weight. A word written as searched scores in both its
 * field and the stems; the same word behind a clitic only in the stems, so it ranks lower.
 */
export const BM25_WEIGHTS = [10, 4, 3, 1, 5, 2, 1.5, 0.5] as const;

// A word as FTS5's unicode61 tokenizer sees one: letters, digits, private use.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The words of a query, normalized; with folding, ة and ه are the same letter. */
export function queryTerms(query: string, foldTaMarbuta: boolean): string[] {
  const words = fastNormalize(query, foldTaMarbuta).match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * A query word and what it matches. A text word matches when it, or its stem, starts
 * with one of `prefixes`, or is one of `whole`:
 * - the word as typed is a prefix (search as you type);
 * - its stem after an article cut (الحكومة → حكومة) is a prefix too;
 * - its stem after a guessed cut (a bare و ف ب ك ل: وزير → زير) only as a whole word,
 *   so «كتاب» does not bring every «تابع».
 */
export interface QueryWord {
  prefixes: string[];
  whole: string[];
}

export function queryWords(query: string, foldTaMarbuta: boolean): QueryWord[] {
  return queryTerms(query, foldTaMarbuta).map((word) => {
    const q: QueryWord = { prefixes: [word], whole: [] };
    for (const { stem, article } of cliticReadings(word)) (article ? q.prefixes : q.whole).push(stem);
    return q;
  });
}

/** The index keeps ة, so folding asks for both spellings of a word that ends in ة or ه. */
function spellings(term: string, foldTaMarbuta: boolean): string[] {
  if (!foldTaMarbuta || !/[هة]$/.test(term)) return [term];
  const stem = term.slice(0, -1);
  return [`${stem}ة`, `${stem}ه`];
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * An FTS5 MATCH expression that cannot be a syntax error: every term is a quoted
 * string (terms hold only letters and digits, so no quote can break out), and the
 * query words are ANDed, each an OR of its forms (queryWords) in every column, fields
 * and stems alike. Returns null for a query with no words.
 */
export function matchExpression(query: string, foldTaMarbuta = true): string | null {
  const words = queryWords(query, false);
  if (words.length === 0) return null;
  return words
    .map(({ prefixes, whole }) => {
      const forms = [
        ...prefixes.flatMap((p) => spellings(p, foldTaMarbuta)).map((p) => `${quote(p)}*`),
        ...whole.flatMap((w) => spellings(w, foldTaMarbuta)).map(quote),
      ];
      return forms.length === 1 ? forms[0]! : `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}

export function searchArticles(ctx: StoreContext, request: SearchRequest): SearchHit[] {
  const r = parseOrThrow(contract['articles.search'].request, request);
  const fold = r.foldTaMarbuta ?? true;
  const match = matchExpression(r.query, fold);
  if (match === null) return [];
  // Trashed articles are not in the index, so no filter is needed here.
  const hits = ctx
    .stmt(
      `SELECT rowid AS num, bm25(articles_fts, ${BM25_WEIGHTS.join(', ')}) AS rank
       FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(match, r.limit ?? DEFAULT_SEARCH_LIMIT) as { num: number; rank: number }[];
  // The body (often several overflow pages) is read only when the snippet needs it.
  const byNum = ctx.stmt('SELECT id, meta FROM articles WHERE num = ?');
  const bodyOf = ctx.stmt('SELECT body FROM articles WHERE num = ?').pluck();
  const words = queryWords(r.query, fold);
  const out: SearchHit[] = [];
  for (const hit of hits) {
    const row = byNum.get(hit.num) as { id: string; meta: string } | undefined;
    if (!row) continue;
    const meta = JSON.parse(row.meta) as ArticleMeta;
    out.push({
      id: row.id,
      kicker: meta.kicker,
      headline: meta.headline,
      kickerMarks: fieldMarks(meta.kicker, words, fold),
      headlineMarks: fieldMarks(meta.headline, words, fold),
      status: meta.status,
      snippet: snippetFor(meta, () => bodyText(JSON.parse(bodyOf.get(hit.num) as string) as Block[]), words, fold),
      rank: hit.rank,
    });
  }
  return out;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** True when a text word matches a query word (see QueryWord). */
function wordMatches(word: string, q: QueryWord): boolean {
  const matches = (w: string) => q.prefixes.some((p) => w.startsWith(p)) || q.whole.includes(w);
  return matches(word) || cliticReadings(word).some((r) => matches(r.stem));
}

/**
 * The words of normalized text the query words match, as [start, end) ranges, in
 * order. Each form is found with plain indexOf, and only the words holding it are
 * looked at: no per-query RegExp, no stemming of every word (compiling a unicode class
 * per search cost more than the search itself).
 */
export function findMatches(text: string, words: readonly QueryWord[], first = false): [number, number][] {
  const found: [number, number][] = [];
  for (const q of words) {
    for (const form of [...q.prefixes, ...q.whole]) {
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
        let start = i;
        while (isWordChar(text[start - 1])) start--;
        let end = i + form.length;
        while (end < text.length && isWordChar(text[end])) end++;
        if (!wordMatches(text.slice(start, end), q)) continue;
        found.push([start, end]);
        if (first) break;
        i = end - 1;
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * Segments around the first match, from the first field (standfirst, body, headline,
 * kicker) that has one: the standfirst and body say most beyond the headline shown.
 * The snippet comes from the one line (paragraph, list item, table row) of the first
 * match; only that line is normalized with an offset map.
 */
export function snippetFor(meta: ArticleMeta, body: () => string, words: readonly QueryWord[], fold: boolean): Snippet {
  const fields: (() => string)[] = [() => meta.standfirst, body, () => meta.headline, () => meta.kicker];
  for (const field of fields) {
    const text = field();
    if (!text) continue;
    // Normalization keeps every newline, so the match's line is the same line of the original.
    const normalized = fastNormalize(text, fold);
    const hit = findMatches(normalized, words, true)[0];
    if (!hit) continue;
    let lineNo = 0;
    for (let i = normalized.indexOf('\n'); i !== -1 && i < hit[0]; i = normalized.indexOf('\n', i + 1)) lineNo++;
    const original = text.split('\n')[lineNo]!.replace(/\s+/g, ' ');
    return markedSnippet(original, normalizeWithMap(original, { foldTaMarbuta: fold }), words);
  }
  const fallback = (meta.standfirst || body()).replace(/\s+/g, ' ');
  return fallback ? [{ text: cut(fallback, 0, SNIPPET_LENGTH), match: false }] : [];
}

function cut(text: string, start: number, length: number): string {
  if (text.length <= length && start === 0) return text;
  return `${text.slice(start, start + length)}…`;
}

/** Expand to word boundaries so no word is cut in half. */
function wordStart(text: string, i: number): number {
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}
function wordEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

/** A whole short field (kicker, headline) with its matches marked, tashkeel kept. */
export function fieldMarks(original: string, words: readonly QueryWord[], fold: boolean): Snippet {
  if (original === '') return [];
  const { text, map } = normalizeWithMap(original, { foldTaMarbuta: fold });
  const segments: Snippet = [];
  let at = 0;
  for (const [s, e] of findMatches(text, words)) {
    const [start, end] = [map[s]!, map[e]!];
    if (start > at) segments.push({ text: original.slice(at, start), match: false });
    const marked = original.slice(start, end).replace(/\s+$/, '');
    segments.push({ text: marked, match: true });
    at = start + marked.length;
  }
  if (at < original.length) segments.push({ text: original.slice(at), match: false });
  return segments;
}

function markedSnippet(original: string, { text, map }: { text: string; map: number[] }, words: readonly QueryWord[]): Snippet {
  // Original range: from the first letter of the match up to the next kept letter,
  // so the tashkeel riding on the last matched letter stays inside the mark.
  const ranges = findMatches(text, words).map(([s, e]): [number, number] => [map[s]!, map[e]!]);
  const first = ranges[0]!;
  const from = first[0] <= SNIPPET_BEFORE ? 0 : wordStart(original, first[0] - SNIPPET_BEFORE);
  const to = Math.max(first[1], wordEnd(original, Math.min(original.length, from + SNIPPET_LENGTH)));
  const segments: Snippet = [];
  let at = from;
  const push = (s: string, match: boolean) => {
    if (s) segments.push({ text: s, match });
  };
  if (from > 0) push('…', false);
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start >= to) break;
    let plain = original.slice(at, start);
    if (at === from) plain = plain.trimStart();
    push(plain, false);
    // Trailing spaces after a match belong to the plain text.
    const marked = original.slice(start, end).replace(/\s+$/, '');
    push(marked, true);
    at = start + marked.length;
  }
  push(original.slice(at, to), false);
  if (to < original.length) push('…', false);
  return mergePlain(segments);
}

function mergePlain(segments: Snippet): Snippet {
  const out: Snippet = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && !last.match && !s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
