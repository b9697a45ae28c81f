// A count said with its noun, as Arabic agrees them: one and two are the noun alone
// («كلمة أخرى»، «كلمتان أخريان»), 3–10 take the plural («٣ كلمات أخرى»), 11–99 the
// singular («١٢ كلمة أخرى»), and 100, 200… the singular again («١٠٠ كلمة»). Which form
// a number takes is Intl's Arabic plural rule (CLDR), so 103 is «١٠٣ كلمات» as said.

/** The noun (with any adjective) in each form; `one` and `two` stand without a number. */
export interface ArabicCountForms {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

let arabicPlurals: Intl.PluralRules | undefined;

/** `number` is `n` as the caller shows it (digits per setting). */
export function arabicCount(n: number, forms: ArabicCountForms, number: string): string {
  arabicPlurals ??= new Intl.PluralRules('ar');
  const rule = arabicPlurals.select(n);
  if (rule === 'one') return forms.one;
  if (rule === 'two') return forms.two;
  return `${number} ${rule === 'few' ? forms.few : rule === 'many' ? forms.many : forms.other}`;
}

/** A counted noun in either language of the UI: Arabic agreeing as above, English
 * singular for one and plural otherwise. */
export interface CountedNoun {
  ar: ArabicCountForms;
  /** Singular and plural. */
  en: readonly [string, string];
}

/** «٣ ساعات», «كلمتان»; "3 hours", "1 word". `number` is `n` as the caller shows it. */
export function countNoun(n: number, noun: CountedNoun, lang: 'ar' | 'en', number: string): string {
  return lang === 'en' ? `${number} ${noun.en[n === 1 ? 0 : 1]}` : arabicCount(n, noun.ar, number);
}
