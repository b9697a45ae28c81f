// How often the host makes a backup, in words: the presets have their own («كل يوم»,
// not «كل ٢٤ ساعة»); any other interval is in hours agreeing with the number.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { formatNumber } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';
import { t } from '../i18n';
import { deskCount } from '../i18n/counted';

export const EVERY_HOURS = [0, 1, 6, 12, 24, 72, 168];

/** Words for the presets, with the number each says (digits per setting). */
const EVERY_WORDS: Record<number, ['every1h' | 'every6h' | 'every12h' | 'every1d' | 'every3d' | 'every1w', number]> = {
  1: ['every1h', 1],
  6: ['every6h', 6],
  12: ['every12h', 12],
  24: ['every1d', 1],
  72: ['every3d', 3],
  168: ['every1w', 1],
};

export function backupEveryLabel(hours: number, lang: Lang, digits: DigitStyle): string {
  if (hours === 0) return t(lang, 'backupOff');
  const preset = EVERY_WORDS[hours];
  if (preset) return t(lang, preset[0], { n: formatNumber(preset[1], digits) });
  return t(lang, 'everyHours', { hours: deskCount(hours, 'hours', lang, digits) });
}
