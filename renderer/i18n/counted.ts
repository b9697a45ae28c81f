// Counted nouns of the library, history and settings pages: the noun agrees with its
// number in Arabic («وكلمتان أخريان»، «كل ٣ ساعات»), English is singular or plural.
import { countNoun, type ArabicCountForms } from '../../electron/common/arabic/plural';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';

const AR = {
  // What follows «و» past the words shown in the personal dictionary: nominative.
  moreWords: { one: 'كلمة أخرى', two: 'كلمتان أخريان', few: 'كلمات أخرى', many: 'كلمة أخرى', other: 'كلمة أخرى' },
  // After «كل»: genitive (كل ساعتين).
  hours: { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة', other: 'ساعة' },
} satisfies Record<string, ArabicCountForms>;

const EN: Record<keyof typeof AR, [string, string]> = {
  moreWords: ['more word', 'more words'],
  hours: ['hour', 'hours'],
};

/** "كلمتان أخريان", "٣ ساعات"; "12 more words". */
export function deskCount(n: number, noun: keyof typeof AR, lang: Lang, digits: DigitStyle): string {
  return countNoun(n, { ar: AR[noun], en: EN[noun] }, lang, formatNumber(n, digits));
}
