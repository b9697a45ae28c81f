// The headline and kicker of a search hit, with the words the query matched marked,
// the way the store matches them: a query word matches the start of a text word,
// after the same normalization (tashkeel dropped, alef and ya folded, ة as ه).
import { normalizeForSearch } from '../../electron/common/arabic/normalize';
import type { Snippet } from '../../electron/common/contract';

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

export function markWords(text: string, query: string): Snippet {
  const terms = (normalizeForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean);
  if (terms.length === 0) return [{ text, match: false }];
  const out: Snippet = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = normalizeForSearch(m[0]);
    if (!terms.some((t) => word.startsWith(t))) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}
