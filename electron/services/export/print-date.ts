// The date in the running header, as an Arabic print desk writes it: "٢٩ نوفمبر ٢٠٢٦".
import type { DigitStyle } from '../../common/arabic/digits';

export function formatPrintDate(date: Date | string, digits: DigitStyle): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return typeof date === 'string' ? date : '';
  return new Intl.DateTimeFormat(`ar-EG-u-nu-${digits}`, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
