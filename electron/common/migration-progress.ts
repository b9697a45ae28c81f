// What a person is told while a library is brought to a new schema version (an update
// that re-indexes or recounts every article takes a minute or two on a big library).
// Pure: the services report MigrationProgress, and each host (the app's splash window,
// the web host's and the CLI's stderr) words it with these functions.
import { formatNumber, type DigitStyle } from './arabic/digits';
import type { Lang } from './errors';

/** One report from a migration run (store/database.ts migrate). */
export interface MigrationProgress {
  /** The migration running (migrations/index.ts) and the version it brings the file to. */
  name: string;
  version: number;
  /** Its place among the migrations this open applies (1-based) and how many there are. */
  step: number;
  steps: number;
  /** Its place on the whole run's bar: the share done before it and its own share
   * (steps weighted by how long an article takes in each; a schema-only step, none). */
  start: number;
  span: number;
  /** Articles reworked so far and in all; 0 of 0 for a step that only changes the schema. */
  done: number;
  total: number;
}

/** The sentence for each migration a person may wait on; any other gets the general one. */
const MESSAGES: Record<string, Record<Lang, string>> = {
  'clitic-search': { ar: 'نجهّز مكتبتك لبحث أدقّ…', en: 'Preparing your library for more precise search…' },
  'recount-words': { ar: 'نعيد عدّ كلمات المقالات…', en: 'Recounting the words of your articles…' },
};
const GENERAL: Record<Lang, string> = { ar: 'نحدّث مكتبتك…', en: 'Updating your library…' };

export function migrationMessage(name: string, lang: Lang): string {
  return (MESSAGES[name] ?? GENERAL)[lang];
}

/** The splash window's title and the line under the bar, which never changes. */
export const SPLASH_TEXT: Record<Lang, { title: string; reassurance: string }> = {
  ar: { title: 'قلم', reassurance: 'يحدث هذا مرة واحدة بعد التحديث، ومقالاتك في أمان.' },
  en: { title: 'Qalam', reassurance: 'This happens once after an update; your articles are safe.' },
};

/** How far the whole run is, 0…1: the steps before, and this one's share by its articles. */
export function overallFraction(p: MigrationProgress): number {
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  // The last article of the last step is the end, whatever the shares add up to in floats.
  if (p.step === p.steps && p.total > 0 && p.done >= p.total) return 1;
  return Math.min(1, Math.max(0, p.start + p.span * within));
}

/** Whole percent, never 100 before the last step has finished its last article. */
export function overallPercent(p: MigrationProgress): number {
  return Math.floor(overallFraction(p) * 100);
}

/** "٤٢٪" / "42%": the percent sign each language writes, in the app's digits. */
export function percentText(percent: number, lang: Lang, digits: DigitStyle = lang === 'ar' ? 'arab' : 'latn'): string {
  return lang === 'ar' ? `${formatNumber(percent, digits)}٪` : `${formatNumber(percent, digits)}%`;
}

/** The splash window's line: "نجهّز مكتبتك لبحث أدقّ… ٤٢٪". */
export function splashLine(p: MigrationProgress, lang: Lang, digits?: DigitStyle): string {
  return `${migrationMessage(p.name, lang)} ${percentText(overallPercent(p), lang, digits)}`;
}

/** A line for stderr (web host, CLI), with the step and the articles counted. */
export function progressLine(p: MigrationProgress, lang: Lang): string {
  const digits: DigitStyle = lang === 'ar' ? 'arab' : 'latn';
  const n = (x: number) => formatNumber(x, digits);
  const articles =
    p.total > 0 ? (lang === 'ar' ? ` (${n(p.done)} من ${n(p.total)} مقال)` : ` (${n(p.done)} of ${n(p.total)} articles)`) : '';
  const step = lang === 'ar' ? `الخطوة ${n(p.step)} من ${n(p.steps)}` : `step ${n(p.step)} of ${n(p.steps)}`;
  return `${lang === 'ar' ? 'قلم' : 'Qalam'}: ${migrationMessage(p.name, lang)} ${percentText(overallPercent(p), lang)} — ${step}${articles}`;
}

/**
 * Lets through the reports worth a line: the first of each step that reworks articles, then one each time
 * the whole run moves `everyPercent` further, and the last of each step. A library of
 * 100,000 articles reports 200 batches a step; a terminal should see about twenty lines.
 */
export function progressThrottle(everyPercent = 5): (p: MigrationProgress) => boolean {
  let lastStep = 0;
  let lastPercent = -Infinity;
  return (p) => {
    // A new run (a restored backup migrating after the library's own update did): it
    // starts its lines afresh rather than waiting to pass the last run's percent.
    if (p.step === 1 && p.total === 0) [lastStep, lastPercent] = [0, -Infinity];
    // Steps that only change the schema take milliseconds: not worth a line.
    if (p.total === 0) return false;
    const percent = overallPercent(p);
    const stepDone = p.total > 0 && p.done >= p.total;
    const say = p.step !== lastStep || percent >= lastPercent + everyPercent || stepDone;
    if (say) {
      lastStep = p.step;
      lastPercent = percent;
    }
    return say;
  };
}

/** What the app found before opening the library (store/pending.ts). */
export interface PendingMigrations {
  /** The file's version and the version this build brings it to. */
  from: number;
  to: number;
  /** The names of the migrations to run, in order. */
  migrations: string[];
  /** Articles in the library, and whether a pending step reworks every one of them. */
  articles: number;
  reworksArticles: boolean;
  /** The digits setting stored in the library, when there is one. */
  digits?: DigitStyle;
}

/**
 * Whether the app shows the "preparing your library" window: only when a pending step
 * goes through every article of a library big enough for that to be felt (0.5–1.5 ms an
 * article, both steps: 1,000 articles ≈ 0.5–1.5 s). Anything shorter would only flash a
 * window, and migrates in place before the editor window could paint anyway.
 */
export const SPLASH_MIN_ARTICLES = 1_000;

export function needsSplash(pending: PendingMigrations | undefined): boolean {
  return !!pending && pending.reworksArticles && pending.articles >= SPLASH_MIN_ARTICLES;
}

/** For a host that can only print (web host, CLI): a line on `write` every few percent. */
export function progressPrinter(lang: Lang, write: (line: string) => void, everyPercent = 5): (p: MigrationProgress) => void {
  const worthALine = progressThrottle(everyPercent);
  return (p) => {
    if (worthALine(p)) write(progressLine(p, lang));
  };
}
