// How far a suggestion is from what the editor typed, in the slips Arabic typists make.
// A plain edit distance counts المسيلين (one letter changed) as close to «المسؤلين» as
// المسؤولين (one letter added); an Arabic editor knows the dropped و of a long vowel
// after a hamza is the slip and a changed root letter is not. So each edit costs what it
// is: a hamza on the wrong seat, ه for ة or ي for ى at the end of a word, a doubled or
// dropped letter, a missing long vowel are cheap; any other letter changed costs 1.
// Pure: used by the spelling service to rank, and by the candidate generator's tests.

/** What each kind of slip costs (an arbitrary edit costs 1). */
export const SLIP_COST = {
  /** ا أ إ آ for one another: the commonest slip of all (اعلن، الإنتخابات). */
  alefHamza: 0.3,
  /** A bare ا at the start of a word for إ: a hair cheaper than for أ, because أ before
   * a word is also the question particle, which ayaspell accepts on almost any noun
   * (اطلاق: أطلاق is «a divorce?», إطلاق is meant). Not before ل, where the alef is
   * likelier the article's (الان is الآن, not إلان). */
  initialHamzaBelow: 0.28,
  /** The same, on the alef of a leading article: ال carries no hamza, so ألمباحثة is
   * rarely meant; but ألف, آلاف, ألم are words, so not forbidden. */
  articleHamza: 0.8,
  /** The hamza on another seat: ء ؤ ئ أ for one another (الرءيس، سءال). */
  hamzaSeat: 0.3,
  /** The hamza left off its seat: و for ؤ, ي for ئ (الموتمر، موسسة). */
  hamzaDropped: 0.35,
  /** The same at the end of a word, where the seat is all the word ends in (الشاطي). */
  hamzaDroppedFinal: 0.3,
  /** ه typed for a final ة (الحكومه): the dots left off. */
  taMarbutaDots: 0.2,
  /** ة typed for a final ه (فية): rarer than the other way, yet commoner than a hamza
   * dropped inside a word (فية is فيه, not فئة), rarer than a hamza-less alef (ماساة is
   * مأساة, though ayaspell knows ماساه). */
  taMarbutaForHa: 0.33,
  /** ت and a final ة (المباحثت): a neighbour key, and the same sound in construct. */
  taMarbutaTa: 0.4,
  /** ي and a final ى (الي، فى). */
  alefMaqsura: 0.25,
  /** ا and a final ى (مستشفا). */
  maqsuraAlef: 0.5,
  /** ض and ظ, which most Arabic speakers say alike. */
  dadZa: 0.35,
  /** Other letters that sound or look alike (ذ ز، ث س، ص س، ت ط، ع غ، ح ج خ، ق ك). */
  soundAlike: 0.7,
  /** One letter of a doubled pair typed twice or left out (اللتي، المتحددة). */
  doubled: 0.25,
  /** و after a hamza seat added or left out (مسؤل for مسؤول, ءو). */
  hamzaWaw: 0.25,
  /** A long vowel's ي left out or typed extra: a small tooth easily lost in a word. */
  longYa: 0.35,
  /** A long vowel's ا or و left out or typed extra (البرلمن، الاقتصدي). */
  longVowel: 0.4,
  /** The same at the start of a word, where a letter is hardly ever lost. */
  leadingVowel: 0.8,
  /** A hamza ء left out (العلما for العلماء). */
  hamza: 0.35,
  /** A hamza ء too many: typists drop hamzas far more often than they add one
   * (روساء is رؤساء, not روسا). */
  extraHamza: 0.5,
  /** Two neighbouring letters swapped (المجمتع). */
  swapped: 0.5,
  /** A missing space (وزارةالخارجية): ranked, but splits still come after whole words. */
  space: 0.6,
  other: 1,
} as const;

const ALEFS = new Set(['ا', 'أ', 'إ', 'آ']);
const SEATS = new Set(['ء', 'ؤ', 'ئ', 'أ']);
const VOWELS = new Set(['ا', 'و']);
const DROPPED_HAMZA: Record<string, string[]> = { 'و': ['ؤ'], 'ي': ['ئ'], 'ى': ['ئ'], 'ؤ': ['و'], 'ئ': ['ي', 'ى'] };
const SOUND_ALIKE = ['ذز', 'ثس', 'صس', 'صض', 'تط', 'عغ', 'حج', 'حخ', 'جخ', 'قك', 'دذ', 'زظ', 'ثت', 'زر', 'فق'];
const soundAlike = new Set(SOUND_ALIKE.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** Cost of reading typed[i] as wanted[j]; `final` when both are the last letters. */
function substitution(typed: string, i: number, want: string, final: boolean): number {
  const have = typed[i]!;
  if (have === want) return 0;
  if (ALEFS.has(have) && ALEFS.has(want)) {
    const article = i === 0 && typed[1] === 'ل' && typed.length >= 5;
    if (article) return SLIP_COST.articleHamza;
    const below = i === 0 && have === 'ا' && want === 'إ' && typed[1] !== 'ل';
    return below ? SLIP_COST.initialHamzaBelow : SLIP_COST.alefHamza;
  }
  if (SEATS.has(have) && SEATS.has(want)) return SLIP_COST.hamzaSeat;
  if (DROPPED_HAMZA[have]?.includes(want)) return final ? SLIP_COST.hamzaDroppedFinal : SLIP_COST.hamzaDropped;
  if (final) {
    if (have === 'ه' && want === 'ة') return SLIP_COST.taMarbutaDots;
    if (have === 'ة' && want === 'ه') return SLIP_COST.taMarbutaForHa;
    if ((have === 'ت' && want === 'ة') || (have === 'ة' && want === 'ت')) return SLIP_COST.taMarbutaTa;
    if ((have === 'ي' && want === 'ى') || (have === 'ى' && want === 'ي')) return SLIP_COST.alefMaqsura;
    if ((have === 'ا' && want === 'ى') || (have === 'ى' && want === 'ا')) return SLIP_COST.maqsuraAlef;
  }
  if ((have === 'ض' && want === 'ظ') || (have === 'ظ' && want === 'ض')) return SLIP_COST.dadZa;
  if (soundAlike.has(`${have}${want}`)) return SLIP_COST.soundAlike;
  return SLIP_COST.other;
}

/** Cost of a letter the editor left out, wanted between typed[i - 1] and typed[i]. */
function insertion(typed: string, i: number, want: string): number {
  if (want === ' ') return SLIP_COST.space;
  const before = typed[i - 1];
  // A letter added after the end makes another word (المفاوضت → المفاوضتي), no slip
  // undone; but for the hamza after a final alef (العلما → العلماء).
  if (i === typed.length) return want === 'ء' && before === 'ا' ? SLIP_COST.hamza : SLIP_COST.other;
  if (want === 'و' && (before === 'ؤ' || before === 'ء')) return SLIP_COST.hamzaWaw;
  if (want === before || want === typed[i]) return SLIP_COST.doubled;
  // Right after a word's first alef, و or ي makes the question particle and the
  // conjunction (أوسبوع، أيضاف), which ayaspell accepts on any word: rarely meant.
  const leading = i === 0 || (i === 1 && ALEFS.has(before!) && want !== 'ا');
  if (want === 'ي') return leading ? SLIP_COST.leadingVowel : SLIP_COST.longYa;
  if (VOWELS.has(want)) return leading ? SLIP_COST.leadingVowel : SLIP_COST.longVowel;
  if (want === 'ء') return SLIP_COST.hamza;
  return SLIP_COST.other;
}

/** Cost of typed[i] being one letter too many. */
function deletion(typed: string, i: number): number {
  const have = typed[i]!;
  if (have === typed[i - 1] || have === typed[i + 1]) return SLIP_COST.doubled;
  if (have === 'و' && (typed[i - 1] === 'ؤ' || typed[i - 1] === 'ء')) return SLIP_COST.hamzaWaw;
  if (have === 'ي') return i === 0 ? SLIP_COST.leadingVowel : SLIP_COST.longYa;
  if (VOWELS.has(have)) return i === 0 ? SLIP_COST.leadingVowel : SLIP_COST.longVowel;
  if (have === 'ء') return SLIP_COST.extraHamza;
  return SLIP_COST.other;
}

/**
 * The cheapest way, in Arabic slips, to get from what was typed to `wanted`: a weighted
 * Damerau–Levenshtein distance (optimal string alignment). Both in spellingKey form.
 * 0 for the same word; about 0.2–0.5 for one common slip; 1 per arbitrary edit.
 */
export function arabicEditCost(typed: string, wanted: string): number {
  const n = typed.length;
  const m = wanted.length;
  // Rows i = letters of typed used, columns j = letters of wanted made.
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) d[i]![0] = d[i - 1]![0]! + deletion(typed, i - 1);
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + insertion(typed, 0, wanted[j - 1]!);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const final = i === n && j === m;
      let best = Math.min(
        d[i - 1]![j]! + deletion(typed, i - 1),
        d[i]![j - 1]! + insertion(typed, i, wanted[j - 1]!),
        d[i - 1]![j - 1]! + substitution(typed, i - 1, wanted[j - 1]!, final),
      );
      // ئ written as ي or ى and a hamza after it (الطواريء, مبادىء): one slip.
      if (i > 1 && wanted[j - 1] === 'ئ' && typed[i - 1] === 'ء' && (typed[i - 2] === 'ي' || typed[i - 2] === 'ى')) {
        best = Math.min(best, d[i - 2]![j - 1]! + SLIP_COST.hamzaSeat);
      }
      if (i > 1 && j > 1 && typed[i - 1] === wanted[j - 2] && typed[i - 2] === wanted[j - 1] && typed[i - 1] !== typed[i - 2]) {
        best = Math.min(best, d[i - 2]![j - 2]! + SLIP_COST.swapped);
      }
      d[i]![j] = best;
    }
  }
  return Math.round(d[n]![m]! * 100) / 100;
}
