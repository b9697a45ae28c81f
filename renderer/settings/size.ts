// A backup's size the way a person reads it: «٣٫١ م.ب», «١٦٨ م.ب», «٢٫٤ ج.ب» (KB, MB, GB
// in English), in the chosen digits; not «١٧٢٠٣٢ ك.ب».
import { formatDecimal, formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';
import { t } from '../i18n';

const UNITS = ['kilobytes', 'megabytes', 'gigabytes'] as const;

/** A tenth is worth saying below 10 («٣٫١ م.ب»); above, it is noise («١٦٨ م.ب»). */
const rounded = (value: number) => (value < 10 ? Math.round(value * 10) / 10 : Math.round(value));

export function sizeLabel(bytes: number, lang: Lang, digits: DigitStyle): string {
  let unit = 0;
  let value = Math.max(0, bytes) / 1024;
  // From 1000 of a unit the next one reads better: «١ م.ب», not «١٬٠٠٠ ك.ب».
  while (unit < UNITS.length - 1 && rounded(value) >= 1000) {
    value /= 1024;
    unit++;
  }
  // Kilobytes whole, at least one: a tenth of a kilobyte tells nobody anything.
  const number = unit === 0 ? formatNumber(Math.max(1, Math.round(value)), digits) : formatDecimal(rounded(value), digits);
  return `${number} ${t(lang, UNITS[unit]!)}`;
}
