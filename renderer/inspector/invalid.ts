// What the store's 'invalid' answer means for the editor: which field, and what to do,
// in the UI language. The detail is the schema's "meta.headline: Too big: expected
// string to have <=1000 characters"; the numbers are read from it, not repeated here.
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';

export interface InvalidField {
  /** The metadata key ('headline', 'slug', …) or 'body'. */
  field: string;
  message: string;
}

const FIELD_NAMES: Record<string, { ar: string; en: string }> = {
  kicker: { ar: 'العنوان التمهيدي', en: 'The kicker' },
  headline: { ar: 'العنوان', en: 'The headline' },
  standfirst: { ar: 'المقدمة', en: 'The standfirst' },
  byline: { ar: 'اسم الكاتب', en: 'The byline' },
  section: { ar: 'القسم', en: 'The section' },
  tags: { ar: 'الوسوم', en: 'The tags' },
  slug: { ar: 'المُعرّف في الرابط', en: 'The slug' },
  targetWords: { ar: 'الطول المستهدف', en: 'The target length' },
  deadline: { ar: 'الموعد النهائي', en: 'The deadline' },
  body: { ar: 'نص المقال', en: 'The article text' },
};

export function fieldName(field: string, lang: Lang): string {
  return FIELD_NAMES[field]?.[lang] ?? field;
}

/** A length/size limit in words an editor reads. */
export function limitMessage(field: string, limit: number, kind: 'string' | 'array' | 'number', lang: Lang, digits: DigitStyle): string {
  const n = formatNumber(limit, digits);
  const name = fieldName(field, lang);
  if (lang === 'ar') {
    if (kind === 'string') return `${name} أطول من المسموح: الحد ${n} حرف.`;
    if (kind === 'array') return `${name} أكثر من المسموح: الحد ${n}.`;
    return `${name} أكبر من المسموح: الحد ${n}.`;
  }
  if (kind === 'string') return `${name} is too long: at most ${n} characters.`;
  if (kind === 'array') return `${name}: at most ${n}.`;
  return `${name} is too large: at most ${n}.`;
}

/** Read an 'invalid' detail; undefined when it names no field we know. */
export function describeInvalid(detail: string | undefined, lang: Lang, digits: DigitStyle): InvalidField | undefined {
  if (!detail) return undefined;
  const path = /^(meta\.(\w+)|body)\b/.exec(detail);
  if (!path) return undefined;
  const field = path[2] ?? 'body';
  const big = /Too big: expected (string|array|number) to (?:have|be) <=?(\d+)/.exec(detail);
  if (big) return { field, message: limitMessage(field, Number(big[2]), big[1] as 'string' | 'array' | 'number', lang, digits) };
  const name = fieldName(field, lang);
  return { field, message: lang === 'ar' ? `${name}: قيمة غير مقبولة.` : `${name}: the value is not accepted.` };
}
