// Spelling in the app is Qalam's own (electron/services/spelling: Hunspell compiled to
// WebAssembly, with the bundled Arabic and English dictionaries; the editor underlines
// and offers corrections). Chromium's built-in checker is turned off: on Linux and
// Windows its Hunspell list has no Arabic at all, on macOS it would be a second
// checker with other opinions, and two checkers mean double underlines and two context
// menus. Its download address still points at a local folder, so even if something
// turned it back on, nothing would be fetched from Google.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unpackedWorker } from '../services/worker-file';

export interface SpellSession {
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/** Turns Chromium's spellchecker off (window.ts also sets `spellcheck: false`). */
export function disableBuiltInSpellcheck(session: SpellSession, dictionariesDir: string, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(false);
  // macOS ignores the download address (and its API is a no-op there).
  if (platform !== 'darwin') session.setSpellCheckerDictionaryDownloadURL(pathToFileURL(dictionariesDir + path.sep).href);
}

/** Where the spelling service finds its files in the app. Both are unpacked from
 * app.asar (build/electron-builder.yml), so a worker thread reads them from a plain
 * folder. */
export function spellingPaths(unpackedAppDir: string): { dictionariesDir: string; spellingWorker: string } {
  return {
    dictionariesDir: path.join(unpackedAppDir, 'assets', 'dictionaries'),
    spellingWorker: unpackedWorker(unpackedAppDir, 'spelling-worker.cjs'),
  };
}
