// The renderer's verdict cache: unknown words are asked in one batch once typing
// pauses, never twice while in flight; a service failure underlines nothing; added and
// ignored words are right from then on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECK_DELAY_MS, SpellingCache, type SpellingApi } from '../../../renderer/editor/spelling/cache';

function fakeApi(bad: string[], fail = false) {
  const asked: string[][] = [];
  const added: string[] = [];
  const api: SpellingApi = {
    check: async (words) => {
      asked.push(words);
      if (fail) throw new Error('service down');
      return words.filter((w) => bad.includes(w));
    },
    suggest: async () => [],
    add: async (word) => void added.push(word),
  };
  return { api, asked, added };
}

const pause = () => new Promise((r) => setTimeout(r, CHECK_DELAY_MS + 50));

test('new words are asked once, together, after typing pauses; then answered from memory', async () => {
  const { api, asked } = fakeApi(['ككتابب']);
  const cache = new SpellingCache(api);
  let changes = 0;
  cache.subscribe(() => changes++);
  assert.equal(cache.verdict('الكتاب'), undefined);
  assert.equal(cache.verdict('ككتابب'), undefined);
  assert.equal(cache.verdict('الكتاب'), undefined);
  await pause();
  assert.deepEqual(asked, [['الكتاب', 'ككتابب']]);
  assert.equal(changes, 1);
  assert.equal(cache.verdict('الكتاب'), 'ok');
  assert.equal(cache.verdict('ككتابب'), 'bad');
  assert.equal(cache.isBad('ككتابب'), true);
  await pause();
  assert.equal(asked.length, 1, 'nothing asked again');
});

test('when the service fails nothing is underlined, and the words are asked again later', async () => {
  const { api, asked } = fakeApi(['ككتابب'], true);
  const cache = new SpellingCache(api);
  cache.verdict('ككتابب');
  await pause();
  assert.equal(cache.isBad('ككتابب'), false);
  assert.equal(cache.verdict('ككتابب'), undefined);
  await pause();
  assert.equal(asked.length, 2);
});

test('an added word goes to the service’s dictionary; an ignored one only to this session', async () => {
  const { api, added } = fakeApi(['حفتر', 'الإليزيه']);
  const cache = new SpellingCache(api);
  cache.verdict('حفتر');
  cache.verdict('الإليزيه');
  await pause();
  const before = cache.acceptedVersion;
  await cache.add('حفتر');
  cache.ignore('الإليزيه');
  assert.deepEqual(added, ['حفتر']);
  assert.equal(cache.verdict('حفتر'), 'ok');
  assert.equal(cache.verdict('الإليزيه'), 'ok');
  assert.equal(cache.acceptedVersion, before + 2, 'decorations know to look again');
});

test('when the dictionaries change under it, every known word is asked again and the verdicts follow, with no gap', async () => {
  const bad = ['حفتر', 'ككتابب'];
  const { api, asked } = fakeApi(bad);
  const cache = new SpellingCache(api);
  cache.verdict('حفتر');
  cache.verdict('ككتابب');
  cache.verdict('الكتاب');
  await pause();
  assert.equal(cache.isBad('حفتر'), true);
  // Another desk added «حفتر»: the service now accepts it.
  bad.splice(bad.indexOf('حفتر'), 1);
  const recheck = cache.recheck();
  assert.equal(cache.isBad('حفتر'), true, 'the old verdict holds until the new one comes');
  await recheck;
  assert.deepEqual(asked[asked.length - 1]?.slice().sort(), ['الكتاب', 'حفتر', 'ككتابب'].sort());
  assert.equal(cache.isBad('حفتر'), false);
  assert.equal(cache.isBad('ككتابب'), true);
  // Taken back on that desk: flagged again.
  bad.push('حفتر');
  await cache.recheck();
  assert.equal(cache.isBad('حفتر'), true);
});
