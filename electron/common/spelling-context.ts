// Context slips: «ان»-family words whose hamza the sentence decides. Checked one word at a
// time, «ان» could be إنّ, أنّ, إنْ or آن and «انه» أنه or إنه, so the spellchecker cannot
// choose; right after a reporting verb the desk's rule does: after قال and its forms it
// is إنّ (إنه، إنها…), after the other reporting verbs (أكد، أعلن، أوضح، ذكر، أشار إلى…)
// it is أنّ. A word with no hamza or the other one is a slip there.
// Conservative by design, a false flag costing a desk more than a miss:
// - the word must follow the verb with only spaces between (verb + إلى/على for the verbs
//   that take one), or with one definite word between, the subject the desk writes
//   most («وقال الوزير ان», «وأشار التقرير إلى ان»): «قال: ان» (a quote begins),
//   «قال، ان», and a longer subject («وأكد رئيس الوزراء ان») are left alone;
// - it must be followed by a word, a number or a quote, and the bare «ان» not by one
//   that makes another reading possible: كان/يكن…/لم («لم يوضح إن كان»: whether), شاء (إن شاء الله),
//   الأوان/ذاك (آن الأوان، آن ذاك);
// - «انا» is never taken (أنا), nor a word written with آ, nor one whose other letters
//   are not exactly ان + a pronoun (انة, انى);
// - «بيّن» counts only with its shadda: بين is "between" («بين آن وآخر»);
// - no verb with an object between (أعرب عن اعتقاده أن) and no sentence-start rule:
//   a sentence may open with أنْ («أن تصل متأخرًا خير…»), آن الأوان, or continue one
//   cut by an ellipsis or a list («وأكد الوزير… انه»).
// «لانه» and friends need no context: ayaspell already rejects them and offers لأنه.
// Pure: no DOM, no Node.
import { normalizeForSearch, stripDiacritics } from './arabic/normalize';

export interface ContextSlip {
  /** Offsets of the word in the text given. */
  start: number;
  end: number;
  /** As written. */
  word: string;
  /** What the rule wants there (only one: the rule leaves no choice). */
  corrections: string[];
  /** The reporting verb it follows, with the subject and the إلى/على between, as written. */
  cue: string;
  /** The phrase the verdict rests on: the verb to the end of the word after. */
  span: { start: number; end: number };
}

// Written forms, matched after normalizeForSearch, so أكد and اكد, قائلًا and قائلا
// are one form. و or ف may stand before any of them.
const INNA = `قال قالت قالوا قالا قالتا قلت قلنا يقول تقول يقولون تقولون يقولان تقولان نقول أقول
  قائلا قائلة قائلين قائلون قايلا قيل يقال قوله قولها قولهم قولهما`;
const ANNA = `أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون نؤكد مؤكدا مؤكدة مؤكدين
  أعلن أعلنت أعلنوا يعلن تعلن يعلنون معلنا معلنة أوضح أوضحت أوضحوا يوضح توضح يوضحون موضحا موضحة
  أضاف أضافت أضافوا يضيف تضيف يضيفون مضيفا مضيفة ذكر ذكرت ذكروا يذكر تذكر يذكرون
  اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون معتبرا معتبرة رأى رأت رأوا يرى ترى يرون نرى
  أفاد أفادت أفادوا يفيد تفيد كشف كشفت كشفوا يكشف تكشف كاشفا كاشفة تبين يتبين يبين
  علم يعتقد تعتقد يعتقدون نعتقد اعتقد اعتقدت`;
/** Verbs whose أنّ comes after a preposition: أشار إلى أن، شدد على أن. */
const ANNA_AFTER: Record<string, string> = {
  إلى: `أشار أشارت أشاروا يشير تشير يشيرون مشيرا مشيرة مشيرين يشار الإشارة
    لفت لفتت لفتوا يلفت تلفت لافتا لافتة نوه نوهت ينوه تنوه منوها`,
  على: `شدد شددت شددوا يشدد تشدد مشددا مشددة أكد أكدت أكدوا يؤكد تؤكد مؤكدا مؤكدة`,
};
/** Only with its shadda: بين is also "between". */
const NEEDS_SHADDA = new Set(['بين']);

const forms = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => normalizeForSearch(w)));
const INNA_FORMS = forms(INNA);
const ANNA_FORMS = forms(`${ANNA} بين`);
const PREPOSITIONS = new Map(Object.entries(ANNA_AFTER).map(([p, verbs]) => [normalizeForSearch(p), forms(verbs)]));

// ان + نا is اننا; «انا» (إنّا, rare) is left out: it is أنا.
const PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ي', 'ك', 'كم', 'كما', 'كن'];
const AN_FORMS = new Set(PRONOUNS.map((p) => `ان${p}`));
/** The next word makes إنْ or آن possible. */
const OTHER_READING = forms('كان كانت كانوا كانا كن يكن تكن يكون تكون لم شاء الأوان الاوان ذاك');
/** Words that start with ال but are no subject: a relative, a particle, a time. */
const NOT_SUBJECT = forms('الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي الى إلى الا إلا الآن الان');

/** One definite word (الوزير، الحكومة، المصادر): the subject between verb and word. */
const isSubject = (token: Token): boolean => {
  const key = normalizeForSearch(token.text);
  return key.startsWith('ال') && key.length >= 4 && !NOT_SUBJECT.has(key);
};

const WORD = /[\p{L}\p{M}\u0640\u200C\u200D]+/gu;
/** Only spaces between the verb and the word: no colon, comma, quote or line. */
const SPACES = /^[ \u00A0\u2009\u202F\u200E\u200F]+$/;
/** After the word: spaces, then a word, a number or an opening quote. */
const FOLLOWED = /^[ \u00A0\u2009\u202F\u200E\u200F]+(?:([\p{L}\p{M}\u0640]+)|[\p{Nd}«"“(])/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The verb's rule: 'إ' after قال and its forms, 'أ' after the other reporting verbs. */
function ruleOf(verb: Token, preposition: Token | undefined): 'إ' | 'أ' | undefined {
  let key = normalizeForSearch(verb.text);
  const inList = (set: Set<string>) => set.has(key) || (/^[وف]/.test(key) && set.has(key.slice(1)));
  if (preposition) {
    const verbs = PREPOSITIONS.get(normalizeForSearch(preposition.text));
    return verbs && inList(verbs) ? 'أ' : undefined;
  }
  if (inList(INNA_FORMS)) return 'إ';
  if (!inList(ANNA_FORMS)) return undefined;
  key = key.replace(/^[وف]/, '');
  if (NEEDS_SHADDA.has(key) && !verb.text.includes('\u0651')) return undefined;
  return 'أ';
}

/** The «ان»-family words of `text` whose hamza a reporting verb right before decides,
 * and which are not written with it. */
export function contextSlips(text: string): ContextSlip[] {
  // Nearly every block has none: skip the tokenizing when no ان-shaped letters occur.
  if (!/[اأإ][\u064B-\u065F\u0640]*ن/.test(text)) return [];
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const adjacent = (a: Token, b: Token) => SPACES.test(text.slice(a.end, b.start));
  const slips: ContextSlip[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!;
    const first = word.text[0]!;
    if (first !== 'ا' && first !== 'أ' && first !== 'إ') continue;
    const key = normalizeForSearch(word.text);
    // Exactly ان + a pronoun as written (no ة for ه, no ى for ي).
    if (!AN_FORMS.has(key) || stripDiacritics(word.text).slice(1) !== key.slice(1)) continue;
    const after = FOLLOWED.exec(text.slice(word.end));
    // Only the bare word has those other readings: «قال إنه لم…» is still إنه.
    if (!after || (key === 'ان' && after[1] && OTHER_READING.has(normalizeForSearch(after[1])))) continue;
    const before = tokens[i - 1]!;
    if (!adjacent(before, word)) continue;
    let rule = ruleOf(before, undefined);
    let verb = before;
    // The verb, then: its preposition, or a subject, or a subject and its preposition.
    const tries: [verbAt: number, preposition: Token | undefined, subject: Token | undefined][] = [];
    const preposition = PREPOSITIONS.has(normalizeForSearch(before.text)) ? before : undefined;
    if (preposition) tries.push([i - 2, preposition, undefined], [i - 3, preposition, tokens[i - 2]]);
    else tries.push([i - 2, undefined, before]);
    for (const [at, prep, subject] of tries) {
      if (rule || at < 0) break;
      const chain = [tokens[at]!, ...(subject ? [subject] : []), ...(prep ? [prep] : []), word];
      if (subject && !isSubject(subject)) continue;
      if (!chain.every((t, k) => k === 0 || adjacent(chain[k - 1]!, t))) continue;
      verb = tokens[at]!;
      rule = ruleOf(verb, prep);
    }
    if (!rule || first === rule) continue;
    slips.push({
      start: word.start,
      end: word.end,
      word: word.text,
      corrections: [rule + word.text.slice(1)],
      cue: text.slice(verb.start, before.end),
      span: { start: verb.start, end: word.end + after[0].length },
    });
  }
  return slips;
}

/** What "ignore" remembers for a slip: the verb and the word, in their matching form. */
export function contextSlipKey(slip: Pick<ContextSlip, 'cue' | 'word'>): string {
  return normalizeForSearch(`${slip.cue} ${slip.word}`);
}
