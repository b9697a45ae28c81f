// Which share files this Qalam can read (README "Versions"). Every file names its
// format as `qalam-<kind>/<major>`; revisions name none, and a revision without one is
// major 1. Within a major, a newer Qalam only adds fields, and readers take files with
// fields they do not know. A higher major is another shape altogether: such a file is
// neither damaged nor hostile, it is from a newer Qalam, and it is left untouched.

export type ShareFileKind = 'share' | 'head' | 'device' | 'words' | 'revision';

/** The highest major of each file this Qalam reads. */
export const READ_MAJOR: Record<ShareFileKind, number> = {
  share: 1,
  head: 1,
  device: 1,
  words: 1,
  revision: 1,
};

const FORMAT = /^qalam-([a-z]+)\/([1-9][0-9]{0,5})$/;

/** The format a parsed file names when it is a `kind` from a newer major than this
 * Qalam reads; undefined otherwise (and the schema then judges the file). */
export function newerFormat(value: unknown, kind: ShareFileKind): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'format')) return undefined;
  const format = (value as { format: unknown }).format;
  if (typeof format !== 'string') return undefined;
  const match = FORMAT.exec(format);
  if (!match || match[1] !== kind) return undefined;
  return Number(match[2]) > READ_MAJOR[kind] ? format : undefined;
}
