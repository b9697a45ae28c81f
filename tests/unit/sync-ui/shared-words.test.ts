// A name one desk adds to its dictionary is accepted on every desk of the share after a
// pass on each; taken back, it is flagged again; a hostile words file adds nothing.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Services } from '../../../electron/services/index';
import { twoDesks, type Desks } from './desks';

let desks: Desks;
let share: string;
let a: Services;
let b: Services;

before(async () => {
  desks = await twoDesks();
  ({ a, b, share } = desks);
});

after(async () => desks.close());

const flagged = async (desk: Services, words: string[]) => (await desk.handlers['spelling.check']({ words })).misspelled;
const passes = async () => {
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
};

test('a word added on one desk is accepted on the other, and flagged again once taken back', async () => {
  assert.deepEqual(await flagged(b, ['حفتر', 'ككتابب']), ['حفتر', 'ككتابب']);
  await a.handlers['spelling.add']({ word: 'حفتر' });
  await passes();
  assert.deepEqual(await flagged(b, ['حفتر', 'حَفْتَر', 'ككتابب']), ['ككتابب'], 'accepted, with its tashkeel too');
  assert.deepEqual((await b.handlers['spelling.suggest']({ word: 'حفتر' })).suggestions, []);
  // Desk 3's own list stays its own: the word is accepted, not copied into it.
  assert.deepEqual((await b.handlers['spelling.words'](undefined)).words, []);

  await a.handlers['spelling.remove']({ word: 'حفتر' });
  await passes();
  assert.deepEqual(await flagged(b, ['حفتر']), ['حفتر']);
});

test('the sync status says when the other desks\' words changed, so an open page checks its words again', async () => {
  const before = (await b.handlers['sync.status'](undefined)).wordsVersion;
  await passes();
  assert.equal((await b.handlers['sync.status'](undefined)).wordsVersion, before, 'a pass that brought no words changes nothing');
  await a.handlers['spelling.add']({ word: 'الإليزيه' });
  await passes();
  const after = (await b.handlers['sync.status'](undefined)).wordsVersion;
  assert.ok(after > before);
  await a.handlers['spelling.remove']({ word: 'الإليزيه' });
  await passes();
  assert.ok((await b.handlers['sync.status'](undefined)).wordsVersion > after);
});

test('a words file that is not what it says adds nothing', async () => {
  const words = join(share, 'qalam', 'words');
  await mkdir(words, { recursive: true });
  // Claims another device than its name; and one with a word the checker would never take.
  await writeFile(join(words, '01JF8Z3K4M5N6P7Q8R9S0T1V2W.json'), JSON.stringify({ format: 'qalam-words/1', device: '01JF8Z3K4M5N6P7Q8R9S0T1V2X', words: ['ككتابب'] }));
  await writeFile(join(words, '01JF8Z3K4M5N6P7Q8R9S0T1V2Y.json'), JSON.stringify({ format: 'qalam-words/1', device: '01JF8Z3K4M5N6P7Q8R9S0T1V2Y', words: ['<script>', 'ككتابب1'] }));
  await writeFile(join(words, 'not-a-device.json'), JSON.stringify({ format: 'qalam-words/1', device: 'x', words: ['ككتابب'] }));
  await passes();
  assert.deepEqual(await flagged(b, ['ككتابب']), ['ككتابب']);
  assert.equal((await b.handlers['sync.status'](undefined)).log[0]?.status, 'ok', 'the pass itself is not troubled');
});
