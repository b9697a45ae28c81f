import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installDictionaries, setupSpellcheck, type SpellSession } from '../../../electron/main/spellcheck';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLED = path.join(ROOT, 'assets', 'dictionaries');

function fakeSession(available: string[]) {
  const calls: { enabled?: boolean; url?: string; languages?: string[] } = {};
  const session: SpellSession = {
    setSpellCheckerEnabled: (enable) => void (calls.enabled = enable),
    setSpellCheckerDictionaryDownloadURL: (url) => void (calls.url = url),
    setSpellCheckerLanguages: (languages) => void (calls.languages = languages),
    availableSpellCheckerLanguages: available,
  };
  return { session, calls };
}

async function withTemp(run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-spell-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the bundled English dictionary is a Chromium .bdic under the name Chromium looks for', async () => {
  const files = (await readdir(BUNDLED)).filter((f) => f.endsWith('.bdic'));
  assert.deepEqual(files, ['en-US-10-1.bdic']);
  const head = (await readFile(path.join(BUNDLED, 'en-US-10-1.bdic'))).subarray(0, 4).toString('latin1');
  assert.equal(head, 'BDic');
});

test('on Linux the dictionaries are installed locally and nothing is ever downloaded', async () => {
  await withTemp(async (userData) => {
    const { session, calls } = fakeSession(['en-US', 'en-GB', 'fr']);
    const languages = await setupSpellcheck({ session, bundledDir: BUNDLED, userDataDir: userData, platform: 'linux' });
    assert.deepEqual((await readdir(path.join(userData, 'Dictionaries'))).sort(), ['en-US-10-1.bdic', 'en-US-10-2.bdic']);
    assert.equal(calls.enabled, true);
    assert.match(calls.url ?? '', /^file:\/\//, 'the download address is our own folder, not Google’s');
    assert.ok(calls.url!.endsWith('/'), 'Chromium appends the file name');
    assert.deepEqual(languages, ['en-US'], 'Arabic is not in Chromium’s Hunspell list, so it is not asked for');
    assert.deepEqual(calls.languages, ['en-US']);
  });
});

test('where the platform offers Arabic (Windows with the language pack) it is checked too', async () => {
  await withTemp(async (userData) => {
    const { session, calls } = fakeSession(['ar', 'en-US']);
    await setupSpellcheck({ session, bundledDir: BUNDLED, userDataDir: userData, platform: 'win32' });
    assert.deepEqual(calls.languages, ['ar', 'en-US']);
  });
});

test('macOS uses its own checker: nothing is copied or redirected', async () => {
  await withTemp(async (userData) => {
    const { session, calls } = fakeSession(['en-US']);
    assert.deepEqual(await setupSpellcheck({ session, bundledDir: BUNDLED, userDataDir: userData, platform: 'darwin' }), []);
    assert.equal(calls.url, undefined);
    assert.deepEqual(await readdir(userData), []);
  });
});

test('an installed dictionary is replaced only when it differs', async () => {
  await withTemp(async (dir) => {
    const bundled = path.join(dir, 'bundled');
    const userData = path.join(dir, 'userData');
    await mkdir(bundled);
    await writeFile(path.join(bundled, 'en-US-10-1.bdic'), 'BDic new');
    await mkdir(path.join(userData, 'Dictionaries'), { recursive: true });
    await writeFile(path.join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'BDic');
    await installDictionaries(bundled, userData);
    assert.equal(await readFile(path.join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'utf8'), 'BDic new');
    assert.deepEqual(await installDictionaries(path.join(dir, 'missing'), userData), []);
  });
});
