// A slug from a headline: the words joined by hyphens, letters (Arabic included) and
// digits kept, everything else dropped, as the schema allows (/^[\p{L}\p{N}-]*$/u).
// Tashkeel and tatweel go (they are marks, not letters, and make URLs that differ
// invisibly); Arabic-Indic digits become ASCII so the URL reads the same everywhere.
import { toLatinDigits } from '../../electron/common/arabic/digits';

export const MAX_SLUG = 300;
/** Long headlines make unreadable URLs: the first few words carry the meaning. */
const MAX_WORDS = 8;

export function slugify(headline: string): string {
  const words = toLatinDigits(headline.normalize('NFC'))
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = words.join('-');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  return slug;
}

/** What the slug field accepts as typed: spaces become hyphens, the rest is refused in place. */
export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG && /^[\p{L}\p{N}-]*$/u.test(slug);
}
