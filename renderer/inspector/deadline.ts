// The deadline as an editor types it: day, month, year, hour, minute, each a small field
// that takes Arabic-Indic or Latin digits. Pure functions: parts ⇄ ISO time, and what
// is wrong with a half-typed or impossible date (checked here, not by the browser).
import { applyDigits, toLatinDigits, type DigitStyle } from '../../electron/common/arabic/digits';

export interface DeadlineParts {
  day: string;
  /** '1'…'12', or '' for none chosen. */
  month: string;
  year: string;
  hour: string;
  minute: string;
}

export const EMPTY_PARTS: DeadlineParts = { day: '', month: '', year: '', hour: '', minute: '' };

export type DeadlineCheck =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'invalid'; daysInMonth: number }
  | { kind: 'ok'; iso: string };

/** Numeric parts shown in the UI's digits; minutes always with two places ("١٨:٠٥"). */
export function partsFromIso(iso: string | undefined, digits: DigitStyle): DeadlineParts {
  if (!iso) return EMPTY_PARTS;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return EMPTY_PARTS;
  const show = (n: number, width = 1) => applyDigits(String(n).padStart(width, '0'), digits);
  return {
    day: show(at.getDate()),
    month: String(at.getMonth() + 1),
    year: show(at.getFullYear()),
    hour: show(at.getHours(), 2),
    minute: show(at.getMinutes(), 2),
  };
}

const number = (text: string): number | undefined => {
  const latin = toLatinDigits(text.trim());
  return /^\d{1,4}$/.test(latin) ? Number(latin) : undefined;
};

export function daysIn(month: number, year: number): number {
  return new Date(year, month, 0).getDate();
}

/** Every field empty clears the deadline; any empty is incomplete; out of range is
 * invalid; else the local time as ISO. */
export function checkParts(parts: DeadlineParts): DeadlineCheck {
  const values = [parts.day, parts.month, parts.year, parts.hour, parts.minute].map((v) => v.trim());
  if (values.every((v) => v === '')) return { kind: 'empty' };
  if (values.some((v) => v === '')) return { kind: 'incomplete' };
  const [day, month, year, hour, minute] = values.map(number);
  const known = month !== undefined && month >= 1 && month <= 12 && year !== undefined ? daysIn(month, year) : 31;
  const fine =
    day !== undefined && month !== undefined && year !== undefined && hour !== undefined && minute !== undefined &&
    year >= 2000 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= known && hour <= 23 && minute <= 59;
  if (!fine) return { kind: 'invalid', daysInMonth: known };
  return { kind: 'ok', iso: new Date(year!, month! - 1, day!, hour!, minute!).toISOString() };
}

/** Arrow up/down on a numeric part: one step, kept within its range. */
export function stepPart(field: keyof DeadlineParts, value: string, by: 1 | -1, digits: DigitStyle): string {
  const ranges: Record<keyof DeadlineParts, [number, number]> = { day: [1, 31], month: [1, 12], year: [2000, 2100], hour: [0, 23], minute: [0, 59] };
  const [min, max] = ranges[field];
  const now = new Date();
  const fallback = { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear(), hour: now.getHours(), minute: 0 }[field];
  const current = number(value);
  const next = current === undefined ? fallback : Math.min(max, Math.max(min, current + by));
  return field === 'month' ? String(next) : tidyPart(field, String(next), digits);
}

/** What was typed, shown again in the UI's digits (on leaving the field). */
export function tidyPart(field: keyof DeadlineParts, value: string, digits: DigitStyle): string {
  const n = number(value);
  if (n === undefined || field === 'month') return value;
  return applyDigits(String(n).padStart(field === 'hour' || field === 'minute' ? 2 : 1, '0'), digits);
}

const months = new Map<string, readonly string[]>();

/** Month names in the UI's language (Arabic: يناير … ديسمبر), for the month list. Made
 * once per locale: building the formatter cost half a millisecond at each render. */
export function monthNames(locale: string): readonly string[] {
  let names = months.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long' });
    names = Array.from({ length: 12 }, (_, m) => format.format(new Date(2026, m, 1)));
    months.set(locale, names);
  }
  return names;
}

/** Past its deadline, and still to be published. */
export function isOverdue(deadline: string | undefined, status: string, now: Date): boolean {
  if (!deadline || status === 'published' || status === 'archived') return false;
  return new Date(deadline).getTime() < now.getTime();
}

const deadlineFormats = new Map<string, Intl.DateTimeFormat>();

/** "الخميس، ٣ ديسمبر ٢٠٢٦ في ١٦:٠٥": the month by name and a 24-hour time, like the fields. */
export function deadlineText(iso: string, locale: string): string {
  let format = deadlineFormats.get(locale);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    format = new Intl.DateTimeFormat(locale, options);
    deadlineFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
