// "قبل ٥ دقائق": last change in relative time. Intl.RelativeTimeFormat knows Arabic
// number agreement (دقيقة واحدة، دقيقتين، ٣ دقائق، ١١ دقيقة) and says أمس for yesterday;
// the digits follow the setting through the locale's numbering system.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Intl formatters are slow to make (locale data) and fast to use: one per kind and
 * locale. Made per call, they were most of the time a 1,000-row library took to render. */
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function localeFor(lang: Lang, digits: DigitStyle): string {
  return `${lang === 'ar' ? 'ar' : 'en'}-u-nu-${digits}`;
}

/** `then` relative to `now`, in whole units (rounded toward zero, as people speak). */
export function relativeTime(then: Date | string, now: Date, lang: Lang, digits: DigitStyle): string {
  const at = typeof then === 'string' ? new Date(then) : then;
  const seconds = (at.getTime() - now.getTime()) / 1000;
  const format = cached(`rel ${lang} ${digits}`, () => new Intl.RelativeTimeFormat(localeFor(lang, digits), { numeric: 'auto' }));
  // Under a minute (either way) is "now": seconds ticking by are noise in a list.
  if (Math.abs(seconds) < 60) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for a tooltip or the history list. */
export function absoluteTime(at: Date | string, lang: Lang, digits: DigitStyle, seconds = false): string {
  // Seconds where revisions made in one minute must be told apart (the history). The
  // 24-hour clock of the status bar, the sync log and the deadline: one clock in the app,
  // not «٢:٣٠ م» in the history under «آخر مزامنة ١٤:٣٠».
  const format = cached(`abs ${lang} ${digits} ${seconds}`, () =>
    new Intl.DateTimeFormat(localeFor(lang, digits), { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short', hourCycle: 'h23' }),
  );
  return format.format(typeof at === 'string' ? new Date(at) : at);
}
