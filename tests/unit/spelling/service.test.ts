// The spelling service over the real bundled dictionaries, through the same dispatch
// the web host and the Electron IPC use: Arabic and English words, tashkeel and
// tatweel, suggestions, the personal dictionary across a reopen, and refused input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/host/api';
import { createServices, type Services } from '../../../electron/services/index';

let tmp: string;
let services: Services;
const dbPath = () => path.join(tmp, 'qalam.db');

async function call<T>(channel: Parameters<typeof dispatch>[1], payload: unknown): Promise<T> {
  const result = await dispatch(services.handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.value as T;
}
const misspelled = async (words: string[]) => (await call<{ misspelled: string[] }>('spelling.check', { words })).misspelled;

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-spelling-'));
  services = await createServices({ dbPath: dbPath() });
});

after(async () => {
  await services.close();
  await rm(tmp, { recursive: true, force: true });
});

test('a misspelt Arabic word is flagged; words with prefixes and clitics are not', async () => {
  assert.deepEqual(await misspelled(['الكتاب', 'ككتابب', 'والجيش', 'سيكتبون', 'المدرسة']), ['ككتابب']);
});

test('tashkeel and tatweel never make a word wrong', async () => {
  assert.deepEqual(await misspelled(['الْكِتَابُ', 'الكتـــاب', 'وَالجَيْشُ', 'مُدُنٌ']), []);
  assert.deepEqual(await misspelled(['كَكِتابب']), ['كَكِتابب'], 'the word comes back as it was written');
});

test('English words are checked with the English dictionary', async () => {
  assert.deepEqual(await misspelled(['The', 'sentense', 'is', 'correct', 'wrogn']), ['sentense', 'wrogn']);
});

test('numbers, mixed tokens and acronyms are not words', async () => {
  assert.deepEqual(await misspelled(['2026', '١٩', 'COVID-19', 'COVID19', 'NATO', 'كتابx', 'و']), []);
});

test('a forced language checks only words of that script', async () => {
  const { misspelled: flagged } = await call<{ misspelled: string[] }>('spelling.check', { words: ['ككتابب', 'wrogn'], lang: 'en' });
  assert.deepEqual(flagged, ['wrogn']);
});

test('suggestions contain the right fix', async () => {
  const { suggestions } = await call<{ suggestions: string[] }>('spelling.suggest', { word: 'المدرسه' });
  assert.equal(suggestions[0], 'المدرسة');
  assert.ok((await call<{ suggestions: string[] }>('spelling.suggest', { word: 'sentense' })).suggestions.includes('sentence'));
  assert.deepEqual((await call<{ suggestions: string[] }>('spelling.suggest', { word: 'الكتاب' })).suggestions, []);
});

test('suggestions never offer the article with a hamza beside the same word with a plain alef, nor a split before whole words', async () => {
  // Hunspell (ayaspell) gives المباحثة | ألمباحثة | آلمباحثة | … for this one.
  const { suggestions } = await call<{ suggestions: string[] }>('spelling.suggest', { word: 'المباحثت' });
  assert.equal(suggestions[0], 'المباحثة');
  assert.ok(suggestions.includes('المباحثات'), suggestions.join(' | '));
  assert.deepEqual(suggestions.filter((s) => /^[أآ]ل/.test(s)), [], suggestions.join(' | '));
  const split = await call<{ suggestions: string[] }>('spelling.suggest', { word: 'الفرنسيه' });
  assert.equal(split.suggestions[0], 'الفرنسية');
  const firstSplit = split.suggestions.findIndex((s) => s.includes(' '));
  assert.ok(firstSplit === -1 || split.suggestions.slice(firstSplit).every((s) => s.includes(' ')), split.suggestions.join(' | '));
});

test('a word added to the personal dictionary is accepted, and still is after the library is reopened', async () => {
  assert.deepEqual(await misspelled(['حفتر', 'الإليزيه']), ['حفتر', 'الإليزيه']);
  assert.deepEqual(await call('spelling.add', { word: 'حَفْتَر' }), { word: 'حفتر' });
  assert.deepEqual(await misspelled(['حفتر', 'حَفتـر', 'الإليزيه']), ['الإليزيه']);
  await services.close();
  services = await createServices({ dbPath: dbPath() });
  assert.deepEqual(await misspelled(['حفتر', 'الإليزيه']), ['الإليزيه']);
  await call('spelling.remove', { word: 'حفتر' });
  assert.deepEqual(await misspelled(['حفتر']), ['حفتر']);
});

test('what is no word cannot be added', async () => {
  const result = await dispatch(services.handlers, 'spelling.add', { word: '2026' });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.error.code, 'invalid');
});

test('bad requests are refused with a typed error before the service sees them', async () => {
  const refused = async (channel: Parameters<typeof dispatch>[1], payload: unknown) => {
    const result = await dispatch(services.handlers, channel, payload);
    assert.equal(result.ok, false, `${channel} ${JSON.stringify(payload).slice(0, 60)}`);
    assert.equal(!result.ok && result.error.code, 'invalid');
  };
  await refused('spelling.check', { words: Array.from({ length: 2001 }, () => 'كتاب') });
  await refused('spelling.check', { words: ['ك'.repeat(65)] });
  await refused('spelling.check', { words: [42] });
  await refused('spelling.check', { words: 'الكتاب' });
  await refused('spelling.check', { words: [], extra: true });
  await refused('spelling.suggest', { word: '' });
  await refused('spelling.add', { word: { text: 'حفتر' } });
});

test('the personal dictionary lists its words, and a removed word is flagged again', async () => {
  await call('spelling.add', { word: 'الإليزيه' });
  await call('spelling.add', { word: 'Qalamist' });
  assert.deepEqual((await call<{ words: string[] }>('spelling.words', undefined)).words.sort(), ['Qalamist', 'الإليزيه'].sort());
  assert.deepEqual(await misspelled(['الإليزيه', 'Qalamist']), []);
  await call('spelling.remove', { word: 'الإليزيه' });
  assert.deepEqual((await call<{ words: string[] }>('spelling.words', undefined)).words, ['Qalamist']);
  assert.deepEqual(await misspelled(['الإليزيه']), ['الإليزيه']);
});
