// Normalization for matching (search, find & replace), DESIGN §4. Character by
// character, never NFD first (decomposing breaks alef folding), so every normalized
// character maps back to one original character: find & replace relies on that.

export interface NormalizeOptions {
  /** Fold ta marbuta ة into ه. Debatable, so an option; on by default. */
  foldTaMarbuta?: boolean;
}

const DROP = new Set<number>();
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c); // tashkeel
DROP.add(0x0670); // superscript alef
DROP.add(0x0640); // tatweel
for (let c = 0x06d6; c <= 0x06ed; c++) if (c !== 0x06e5 && c !== 0x06e6) DROP.add(c); // Quranic marks
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff]) DROP.add(c); // zero-width, bidi marks
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ؤ': 'ء', 'ئ': 'ء',
  'ک': 'ك',
  '\u00a0': ' ',
};
for (let i = 0; i < 10; i++) {
  FOLD[String.fromCharCode(0x0660 + i)] = String(i);
  FOLD[String.fromCharCode(0x06f0 + i)] = String(i);
}

function foldChar(ch: string, foldTa: boolean): string | null {
  const code = ch.charCodeAt(0);
  if (DROP.has(code)) return null;
  if (ch === 'ة') return foldTa ? 'ه' : ch;
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Normalize text for matching. */
export function normalizeForSearch(input: string, options: NormalizeOptions = {}): string {
  const foldTa = options.foldTaMarbuta ?? true;
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const folded = foldChar(input[i]!, foldTa);
    if (folded !== null) out += folded;
  }
  return out;
}

/** Normalized text plus, for each of its characters, the index of the original
 * character it came from (and one past the end for the end offset). */
export function normalizeWithMap(
  input: string,
  options: NormalizeOptions = {},
): { text: string; map: number[] } {
  const foldTa = options.foldTaMarbuta ?? true;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const folded = foldChar(input[i]!, foldTa);
    if (folded !== null) {
      text += folded;
      map.push(i);
    }
  }
  map.push(input.length);
  return { text, map };
}

/** Remove tashkeel and tatweel only: what a reader sees as "the same letters". */
export function stripDiacritics(input: string): string {
  let out = '';
  for (const ch of input) if (!DROP.has(ch.charCodeAt(0))) out += ch;
  return out;
}
