// Search: the query is normalized like the index (DESIGN §4), each word becomes a
// quoted FTS5 prefix term, all words must match, bm25 ranks with the headline weighing
// most. Snippets are cut from the ORIGINAL text, tashkeel and all, using the
// character map of normalizeWithMap to carry match offsets back.
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
/** bm25 column weights, in index column order: headline, standfirst, kicker, body. */
export const BM25_WEIGHTS = [10, 4, 3, 1] as const;

// A word as FTS5's unicode61 tokenizer sees one: letters, digits, private use.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The words of a query, normalized; with folding, ة and ه are the same letter. */
export function queryTerms(query: string, foldTaMarbuta: boolean): string[] {
  const words = fastNormalize(query, foldTaMarbuta).match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * An FTS5 MATCH expression that cannot be a syntax error: every term is a quoted
 * string (terms hold only letters and digits, so no quote can break out), a prefix
 * query, and all are ANDed. The index keeps ة, so folding asks for both spellings of
 * a word that ends in ة or ه. Returns null for a query with no words.
 */
export function matchExpression(query: string, foldTaMarbuta = true): string | null {
  const terms = queryTerms(query, false);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const variants = [term];
      if (foldTaMarbuta && /[هة]$/.test(term)) {
        const stem = term.slice(0, -1);
        variants.splice(0, 1, `${stem}ة`, `${stem}ه`);
      }
      const quoted = variants.map((v) => `"${v.replaceAll('"', '""')}"*`);
      return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' OR ')})`;
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
  const terms = queryTerms(r.query, fold);
  const out: SearchHit[] = [];
  for (const hit of hits) {
    const row = byNum.get(hit.num) as { id: string; meta: string } | undefined;
    if (!row) continue;
    const meta = JSON.parse(row.meta) as ArticleMeta;
    out.push({
      id: row.id,
      kicker: meta.kicker,
      headline: meta.headline,
      status: meta.status,
      snippet: snippetFor(meta, () => bodyText(JSON.parse(bodyOf.get(hit.num) as string) as Block[]), terms, fold),
      rank: hit.rank,
    });
  }
  return out;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Where the terms occur in normalized text: at the start of a word, each mark running
 * to the end of that word. Plain indexOf with a fixed character test, no per-query
 * RegExp: compiling a unicode class per search cost more than the search itself.
 */
export function findMatches(text: string, terms: readonly string[], first = false): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      if (isWordChar(text[i - 1])) continue;
      let end = i + term.length;
      while (end < text.length && isWordChar(text[end])) end++;
      found.push([i, end]);
      if (first) break;
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
export function snippetFor(meta: ArticleMeta, body: () => string, terms: string[], fold: boolean): Snippet {
  const fields: (() => string)[] = [() => meta.standfirst, body, () => meta.headline, () => meta.kicker];
  for (const field of fields) {
    const text = field();
    if (!text) continue;
    // Normalization keeps every newline, so the match's line is the same line of the original.
    const normalized = fastNormalize(text, fold);
    const hit = findMatches(normalized, terms, true)[0];
    if (!hit) continue;
    let lineNo = 0;
    for (let i = normalized.indexOf('\n'); i !== -1 && i < hit[0]; i = normalized.indexOf('\n', i + 1)) lineNo++;
    const original = text.split('\n')[lineNo]!.replace(/\s+/g, ' ');
    return markedSnippet(original, normalizeWithMap(original, { foldTaMarbuta: fold }), terms);
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

function markedSnippet(original: string, { text, map }: { text: string; map: number[] }, terms: readonly string[]): Snippet {
  // Original range: from the first letter of the match up to the next kept letter,
  // so the tashkeel riding on the last matched letter stays inside the mark.
  const ranges = findMatches(text, terms).map(([s, e]): [number, number] => [map[s]!, map[e]!]);
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
