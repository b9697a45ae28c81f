// normalizeForSearch, made fast for indexing and snippets. normalizeForSearch maps
// each UTF-16 code unit on its own (that is what lets find & replace map offsets
// back), so it is fully described by what it does to each of the 65,536 code units.
// We ask it once (one call over all of them, built lazily), build one regular
// expression for the units it changes, and let the regex engine do the loop: the same
// output, several times faster than a character-by-character loop in JavaScript.
// The tests check the two agree.
import { normalizeWithMap } from '../../common/arabic/normalize';

interface Table {
  /** Units with a common result (dropped marks, alef forms, digits…): native replaces. */
  passes: { re: RegExp; out: string }[];
  /** The rest (mostly case folding of other scripts), one callback pass. */
  changed: RegExp;
  to: Map<string, string>;
}

const tables = new Map<boolean, Table>();

/** What each code unit becomes ('' when dropped), for the units that change. */
function probe(): Map<string, string> {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c <= 0xffff; c++) units[c] = c;
  let all = '';
  for (let c = 0; c <= 0xffff; c += 4096) all += String.fromCharCode(...units.subarray(c, c + 4096));
  const { text, map } = normalizeWithMap(all, { foldTaMarbuta: true });
  const out: string[] = new Array<string>(0x10000).fill('');
  for (let i = 0; i < text.length; i++) out[map[i]!] = text[i]!;
  const to = new Map<string, string>();
  for (let c = 0; c <= 0xffff; c++) if (out[c] !== all[c]) to.set(all[c]!, out[c]!);
  return to;
}

function charClass(chars: string[]): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const codes = chars.map((ch) => ch.charCodeAt(0)).sort((a, b) => a - b);
  let cls = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    cls += i === j ? hex(codes[i]!) : `${hex(codes[i]!)}-${hex(codes[j]!)}`;
    i = j + 1;
  }
  return new RegExp(`[${cls}]`, 'g');
}

// Results frequent in Arabic news text get a native pass each (no callback): dropped
// marks and tatweel, alef forms, hamza seats, alef maqsura, ta marbuta, keheh.
const FREQUENT_RESULTS = new Set(['', 'ا', 'ء', 'ي', 'ه', 'ك']);

function tableFrom(to: Map<string, string>): Table {
  const byResult = new Map<string, string[]>();
  for (const [from, out] of to) byResult.set(out, [...(byResult.get(out) ?? []), from]);
  // Separate passes give the same result only if no result is itself changed.
  const idempotent = [...byResult.keys()].every((out) => out === '' || !to.has(out));
  const passes: Table['passes'] = [];
  const rest: string[] = [];
  for (const [out, froms] of byResult) {
    if (idempotent && FREQUENT_RESULTS.has(out)) passes.push({ re: charClass(froms), out });
    else rest.push(...froms);
  }
  return { passes, changed: charClass(rest.length ? rest : ['\u0000']), to };
}

function table(foldTaMarbuta: boolean): Table {
  let t = tables.get(foldTaMarbuta);
  if (t) return t;
  const folded = tables.get(true)?.to ?? probe();
  if (!tables.has(true)) tables.set(true, tableFrom(folded));
  if (!foldTaMarbuta) {
    // The option changes one letter only: ة stays itself.
    const kept = new Map(folded);
    kept.delete('ة');
    tables.set(false, tableFrom(kept));
  }
  t = tables.get(foldTaMarbuta)!;
  return t;
}

/** Exactly normalizeForSearch(text, { foldTaMarbuta }), faster. */
export function fastNormalize(text: string, foldTaMarbuta = true): string {
  const { passes, changed, to } = table(foldTaMarbuta);
  let out = text;
  for (const { re, out: replacement } of passes) out = out.replace(re, replacement);
  return out.replace(changed, (ch) => to.get(ch) ?? ch);
}
