// The UI language of the last run, kept in a one-word file in userData and read
// synchronously at start: Chromium takes its locale (and with it the right-to-left,
// mirrored menu bar and native dialogs) from --lang, which must be set before the app
// is ready, before the library (which holds the setting) can be opened.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Lang } from '../common/errors';

export function readUiLanguage(file: string): Lang {
  try {
    return readFileSync(file, 'utf8').trim() === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar'; // first start: Arabic, as the settings default
  }
}

export function rememberUiLanguage(file: string, lang: Lang): void {
  try {
    writeFileSync(file, lang);
  } catch {
    // only the next start's menu direction depends on it
  }
}

/** Chromium's locale for the UI language. */
export function chromiumLocale(lang: Lang): string {
  return lang === 'ar' ? 'ar' : 'en-US';
}
