// Offline spelling (assets/dictionaries/README.md). On Windows and Linux Chromium checks
// with Hunspell dictionaries in its own .bdic format, which it normally downloads from
// Google on first use. We ship them instead: before the first window, the bundled
// .bdic files are copied into <userData>/Dictionaries, where Chromium looks first, and
// the download address is pointed at the bundled folder so nothing is ever fetched.
// macOS uses the system spellchecker (Arabic included) and ignores all of this.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What we would like checked, in order. Chromium's Hunspell list has no Arabic, so on
 * Linux 'ar' is filtered out by availableSpellCheckerLanguages; Windows offers it when
 * the Windows Arabic language pack (its own spellchecker) is installed. */
export const WANTED_LANGUAGES = ['ar', 'en-US'] as const;

export interface SpellSession {
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages(languages: string[]): void;
  readonly availableSpellCheckerLanguages: string[];
}

export interface SpellcheckDeps {
  session: SpellSession;
  /** assets/dictionaries (in a package: resources/app.asar.unpacked/assets/dictionaries). */
  bundledDir: string;
  /** app.getPath('userData'). */
  userDataDir: string;
  platform: NodeJS.Platform;
  wanted?: readonly string[];
}

/** Chromium names a dictionary by language and dictionary version, and the version in
 * the name moves with Chromium (Electron 45's Chromium 140 reads en-US-10-1; Chromium
 * 156 reads en-US-10-2). The same words are installed under both names, so an Electron
 * upgrade does not silently lose spelling. */
export const INSTALL_NAMES: Record<string, string[]> = {
  'en-US-10-1.bdic': ['en-US-10-1.bdic', 'en-US-10-2.bdic'],
};

/** Copies each bundled .bdic that is missing (or of another size) into Dictionaries,
 * under every name Chromium may look for; returns the names installed. */
export async function installDictionaries(bundledDir: string, userDataDir: string): Promise<string[]> {
  const target = path.join(userDataDir, 'Dictionaries');
  let files: string[];
  try {
    files = (await readdir(bundledDir)).filter((f) => f.endsWith('.bdic'));
  } catch {
    return [];
  }
  await mkdir(target, { recursive: true });
  const installed: string[] = [];
  for (const file of files) {
    const from = path.join(bundledDir, file);
    for (const name of INSTALL_NAMES[file] ?? [file]) {
      const to = path.join(target, name);
      const [a, b] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
      if (!b || b.size !== a.size) await copyFile(from, to);
      installed.push(name);
    }
  }
  return installed;
}

/** Turns spelling on with what this platform can check; returns the languages set. */
export async function setupSpellcheck(deps: SpellcheckDeps): Promise<string[]> {
  const { session } = deps;
  session.setSpellCheckerEnabled(true);
  if (deps.platform === 'darwin') return []; // the OS checker; the APIs below are no-ops there
  await installDictionaries(deps.bundledDir, deps.userDataDir).catch(() => []);
  // Never Google's server: a missing dictionary is looked for in our own folder.
  session.setSpellCheckerDictionaryDownloadURL(pathToFileURL(deps.bundledDir + path.sep).href);
  const available = new Set(session.availableSpellCheckerLanguages);
  const languages = (deps.wanted ?? WANTED_LANGUAGES).filter((lang) => available.has(lang));
  if (languages.length > 0) session.setSpellCheckerLanguages(languages);
  return languages;
}
