// Chromium's own spellchecker is off in the app (Qalam's service checks Arabic and
// English everywhere), and it is never pointed at Google's dictionary server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { disableBuiltInSpellcheck, spellingPaths, type SpellSession } from '../../../electron/main/spellcheck';
import { DICTIONARY_FILES } from '../../../electron/services/spelling/protocol';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function fakeSession() {
  const calls: { enabled?: boolean; url?: string } = {};
  const session: SpellSession = {
    setSpellCheckerEnabled: (enable) => void (calls.enabled = enable),
    setSpellCheckerDictionaryDownloadURL: (url) => void (calls.url = url),
  };
  return { session, calls };
}

test('on Linux and Windows Chromium’s checker is off and its download address is a local folder', () => {
  for (const platform of ['linux', 'win32'] as const) {
    const { session, calls } = fakeSession();
    disableBuiltInSpellcheck(session, path.join(ROOT, 'assets', 'dictionaries'), platform);
    assert.equal(calls.enabled, false, platform);
    assert.match(calls.url ?? '', /^file:\/\/.*\/assets\/dictionaries\/$/, platform);
  }
});

test('on macOS it is off too, and the (ignored) download address is left alone', () => {
  const { session, calls } = fakeSession();
  disableBuiltInSpellcheck(session, '/Applications/Qalam.app/Contents/Resources/app.asar.unpacked/assets/dictionaries', 'darwin');
  assert.equal(calls.enabled, false);
  assert.equal(calls.url, undefined);
});

test('the spelling service is pointed at the unpacked worker and dictionaries, which the repository has', () => {
  const paths = spellingPaths('/opt/Qalam/resources/app.asar.unpacked');
  assert.equal(paths.dictionariesDir, path.join('/opt/Qalam/resources/app.asar.unpacked', 'assets', 'dictionaries'));
  assert.equal(paths.spellingWorker, path.join('/opt/Qalam/resources/app.asar.unpacked', 'build', 'out', 'electron', 'spelling-worker.cjs'));
  const here = spellingPaths(ROOT);
  for (const { aff, dic } of Object.values(DICTIONARY_FILES)) {
    assert.ok(existsSync(path.join(here.dictionariesDir, aff)), aff);
    assert.ok(existsSync(path.join(here.dictionariesDir, dic)), dic);
  }
});
