// Status bar text, as pure functions. Arabic counts agree with their number the way a
// reader expects (كلمة واحدة، كلمتان، ٣ كلمات، ١٥ كلمة، ١٠٠ كلمة), digits follow the
// setting, and the save time reads ١٢:٠٤.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { applyDigits, formatNumber } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';
import { countNoun, type ArabicCountForms } from '../../electron/common/arabic/plural';

const AR: Record<'words' | 'characters' | 'minutes', ArabicCountForms> = {
  words: { one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمة', other: 'كلمة' },
  characters: { one: 'حرف واحد', two: 'حرفان', few: 'أحرف', many: 'حرفًا', other: 'حرف' },
  minutes: { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' },
};
const EN: Record<'words' | 'characters' | 'minutes', [string, string]> = {
  words: ['word', 'words'],
  characters: ['character', 'characters'],
  minutes: ['min', 'min'],
};

/** "٣ كلمات", "كلمتان", "1 word", "12 words". */
export function countLabel(n: number, unit: keyof typeof AR, lang: Lang, digits: DigitStyle): string {
  return countNoun(n, { ar: AR[unit], en: EN[unit] }, lang, formatNumber(n, digits));
}

export function readingLabel(minutes: number, lang: Lang, digits: DigitStyle): string {
  if (lang === 'en') return `${formatNumber(minutes, digits)} min read`;
  return `${countLabel(minutes, 'minutes', lang, digits)} للقراءة`;
}

/** Share of the target length, whole percent ("٤٥٪" or "45%"). */
export function progressLabel(words: number, target: number, digits: DigitStyle): string {
  const percent = Math.round((words / target) * 100);
  return digits === 'arab' ? `${formatNumber(percent, digits)}٪` : `${percent}%`;
}

/** 24-hour clock in the chosen digits: ١٢:٠٤ */
export function clockLabel(at: Date, digits: DigitStyle): string {
  const hh = String(at.getHours()).padStart(2, '0');
  const mm = String(at.getMinutes()).padStart(2, '0');
  return applyDigits(`${hh}:${mm}`, digits);
}
