// The typographic slips every agency story and Word paste brings into Arabic copy, and
// the edits that fix them (the editor's «تنقيح النص»). One string at a time: the editor
// calls this per text leaf, so a mark or a link is never crossed. Each rule acts only
// where the text around it is Arabic, so an English quote, a URL, an e-mail, 1,000,
// 3.5, 10:30, COVID-19 or an ellipsis keeps its own punctuation. Rules:
//   punctuation  Latin , ; ? after an Arabic word → ، ؛ ؟ (not when Latin text follows)
//   space        no space before ، ؛ ؟ (nor : . ! ) ] » after Arabic), none after ( [ «
//                before Arabic; a space after ، ؛ ؟ ! : glued to an Arabic letter; a run
//                of spaces, NBSPs or tabs is one space (a lone tab too)
//   tatweel      kashida between two letters goes (it is justification, not text); one
//                carrying a vowel or a Quranic dagger alef (ـٰ) stays, as does بـ / الـ
//   quotes       "…" (or Word's “…”) around Arabic → «…», only for quotes paired in the string
//   repeat       ؟؟ !! ،، ؛؛ → one (؟! and ... and the headline .. stay)

export type TidyKind = 'punctuation' | 'space' | 'tatweel' | 'quotes' | 'repeat';

/** Replace `count` characters at `at` with `insert`. Edits of one string never overlap
 * and come in order; apply them from the last so earlier offsets stay valid. */
export interface TidyEdit {
  at: number;
  count: number;
  insert: string;
  kind: TidyKind;
}

const TATWEEL = '\u0640';
const AR_LETTER = /[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/;
const AR_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08CA-\u08FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
// Spaces inside a line: never a line break; ZWNJ/ZWJ are letters' joining controls.
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const TO_ARABIC: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const ARABIC_PUNCT = new Set(['،', '؛', '؟']);
const STOPS = new Set([':', '.', '!', ')', ']', '»']);
const OPENERS = new Set(['(', '[', '«']);
const REPEATABLE = new Set(['،', '؛', '؟', '!']);
const SPACE_AFTER = new Set(['،', '؛', '؟', '!', ':']);
const QUOTES = new Set(['"', '\u201C', '\u201D']);
// What a space may have to go before.
const NEAR_SPACE = new Set([...ARABIC_PUNCT, ...STOPS, ...QUOTES, ',', ';', '?']);
// Where nothing is touched: addresses keep every character as typed.
const PROTECTED = /(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

const isLetter = (c: string | undefined) => c !== undefined && AR_LETTER.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && (AR_LETTER.test(c) || AR_MARK.test(c) || c === TATWEEL);
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(c);

export function tidyEdits(text: string): TidyEdit[] {
  const n = text.length;
  const guarded = new Uint8Array(n);
  for (const m of text.matchAll(PROTECTED)) guarded.fill(1, m.index, m.index + m[0].length);
  const quotes = pairQuotes(text, guarded);

  /** An Arabic word ends before `i`, past spaces, closing brackets and punctuation. */
  const arabicBefore = (i: number): boolean => {
    let j = i - 1;
    while (j >= 0 && (isSpace(text[j]) || STOPS.has(text[j]!) || quotes.get(j) === '»' || REPEATABLE.has(text[j]!) || text[j]! in TO_ARABIC)) j--;
    return j >= 0 && !guarded[j] && isWordChar(text[j]);
  };
  const latinAfter = (i: number): boolean => {
    let j = i + 1;
    while (j < n && isSpace(text[j])) j++;
    return j < n && LATIN.test(text[j]!);
  };
  /** The character as it reads once converted (a Latin comma after Arabic is «،»). */
  const eff = (i: number): string => {
    const c = text[i]!;
    if (guarded[i]) return c;
    const q = quotes.get(i);
    if (q) return q;
    if (c in TO_ARABIC && arabicBefore(i) && !latinAfter(i)) return TO_ARABIC[c]!;
    return c;
  };
  /** The nearest guillemet before `i` opens one (or after `i` closes one): the
   * reversed »…« some papers print is left alone. */
  const guillemet = (i: number, step: 1 | -1, want: string): boolean => {
    for (let j = i; j >= 0 && j < n; j += step) {
      const e = text[j] === '«' || text[j] === '»' || quotes.has(j) ? eff(j) : '';
      if (e) return e === want;
    }
    return false;
  };

  const edits: TidyEdit[] = [];
  const spaceRun = (a: number, b: number) => {
    // The common case, one space between two words, in a single look.
    if (b - a === 1 && text[a] !== '\t' && !NEAR_SPACE.has(text[b]!) && !QUOTES.has(text[a - 1]!) && !OPENERS.has(text[a - 1]!)) return;
    const after = b < n ? eff(b) : '';
    let remove = false;
    if (ARABIC_PUNCT.has(after)) remove = true;
    else if (STOPS.has(after) && a > 0 && arabicBefore(a)) {
      if (after === '.') remove = text[b + 1] !== '.' && !isDigit(text[b + 1]);
      else if (after === '»') remove = guillemet(a - 1, -1, '«');
      else remove = true;
    } else if (a > 0 && OPENERS.has(eff(a - 1)) && isWordChar(text[b])) {
      remove = eff(a - 1) !== '«' || guillemet(b, 1, '»');
    }
    const run = text.slice(a, b);
    if (remove) edits.push({ at: a, count: b - a, insert: '', kind: 'space' });
    else if (run.length > 1 || run === '\t') {
      const one = /^\u00A0+$/.test(run) ? '\u00A0' : ' ';
      if (run !== one) edits.push({ at: a, count: b - a, insert: one, kind: 'space' });
    }
  };

  // Only these characters can start a slip; the loop jumps from one to the next.
  const candidates = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\u0640,;?!:.)\]»([«"\u201C\u201D\u060C\u061B\u061F]/g;
  let i = 0;
  while (i < n) {
    candidates.lastIndex = i;
    const next = candidates.exec(text);
    if (!next) break;
    i = next.index;
    const c = text[i]!;
    if (guarded[i]) {
      i++;
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      spaceRun(i, j);
      i = j;
      continue;
    }
    if (c === TATWEEL) {
      let j = i + 1;
      while (j < n && text[j] === TATWEEL) j++;
      if (i > 0 && (isLetter(text[i - 1]) || AR_MARK.test(text[i - 1]!)) && isLetter(text[j])) {
        edits.push({ at: i, count: j - i, insert: '', kind: 'tatweel' });
      }
      i = j;
      continue;
    }
    const e = eff(i);
    if (e !== c) edits.push({ at: i, count: 1, insert: e, kind: quotes.has(i) ? 'quotes' : 'punctuation' });
    let j = i + 1;
    if (REPEATABLE.has(e) && (e !== '!' || arabicBefore(i))) {
      // «،،» and «، ،» alike: the repeat and the spaces between it go.
      for (let k = j; k < n && !guarded[k]; k++) {
        if (eff(k) === e) j = k + 1;
        else if (!isSpace(text[k])) break;
      }
      if (j - i > 1) edits.push({ at: i + 1, count: j - i - 1, insert: '', kind: 'repeat' });
    }
    if (SPACE_AFTER.has(e) && isLetter(text[j]) && !guarded[j] && (ARABIC_PUNCT.has(e) || arabicBefore(i))) {
      edits.push({ at: j, count: 0, insert: ' ', kind: 'space' });
    }
    i = j;
  }
  return edits;
}

/** Straight or Word quotes, paired in reading order, that hold Arabic: index → « or ».
 * An odd count means a quote opens or closes in another leaf: then none is touched. */
function pairQuotes(text: string, guarded: Uint8Array): Map<number, string> {
  const at: number[] = [];
  for (const m of text.matchAll(/["\u201C\u201D]/g)) if (!guarded[m.index]) at.push(m.index);
  const out = new Map<number, string>();
  if (at.length % 2 !== 0) return out;
  for (let k = 0; k < at.length; k += 2) {
    const a = at[k]!;
    const b = at[k + 1]!;
    const inner = text.slice(a + 1, b).trim();
    const arabic = inner.match(new RegExp(AR_LETTER.source, 'g'))?.length ?? 0;
    const latin = inner.match(new RegExp(LATIN.source, 'g'))?.length ?? 0;
    // Before the quote: a space, an opening bracket, a colon, or و ف ب ل ك standing
    // alone as a prefix (و«الحدث»).
    const prefix = /[وفبلك]/.test(text[a - 1] ?? '') && (a === 1 || isSpace(text[a - 2]));
    const opens = a === 0 || prefix || isSpace(text[a - 1]) || /[([«:؛،]/.test(text[a - 1]!);
    const closes = b === text.length - 1 || isSpace(text[b + 1]) || /[.,;:!?)\]،؛؟]/.test(text[b + 1]!);
    if (opens && closes && isLetter(inner[0]) && arabic > latin) {
      out.set(a, '«');
      out.set(b, '»');
    }
  }
  return out;
}

/** How many fixes a reader would count in `text`: edits that touch, or stand either side
 * of one punctuation mark, are one fix (« ,إن» → «، إن» is three edits: a space
 * dropped, the comma swapped, a space added; « ،و» → «، و» two), not one per edit. */
export function countFixes(text: string, edits: readonly TidyEdit[]): number {
  let fixes = 0;
  let end = -1;
  for (const edit of edits) {
    const between = end < 0 ? '' : text.slice(end, edit.at);
    const joined = end >= 0 && (edit.at <= end || (between.length === 1 && !isWordChar(between) && !isSpace(between) && !isDigit(between)));
    if (!joined) fixes++;
    end = edit.at + edit.count;
  }
  return fixes;
}
