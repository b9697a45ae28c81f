// Newsroom orthography (electron/common/spelling-style.ts) through the spelling service
// over the real ayaspell dictionary: every listed form is flagged with its correction
// first, the correct forms are not, the sample article gains no flag from the list, and
// English is checked as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services/index';
import { spellingKey, spellingWords } from '../../../electron/common/spelling';
import { NEWSROOM_ORTHOGRAPHY, styleCorrections } from '../../../electron/common/spelling-style';

let tmp: string;
let services: Services;
const misspelled = async (words: string[]) => (await services.spelling.check(words)).misspelled;
const suggest = async (word: string) => (await services.spelling.suggest(word)).suggestions;

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qalam-style-'));
  services = await createServices({ dbPath: path.join(tmp, 'qalam.db') });
});

after(async () => {
  await services.close();
  await rm(tmp, { recursive: true, force: true });
});

test('the words the task named are on the list, with the hamza, maqsura or ha they lack', () => {
  assert.deepEqual(styleCorrections('اذا'), ['إذا']);
  assert.deepEqual(styleCorrections('ايضا'), ['أيضًا']);
  assert.deepEqual(styleCorrections('الان'), ['الآن']);
  assert.deepEqual(styleCorrections('حتي'), ['حتى']);
  assert.deepEqual(styleCorrections('هذة'), ['هذه']);
  assert.deepEqual(styleCorrections('واكثر'), ['وأكثر']);
  assert.deepEqual(styleCorrections('الاول'), ['الأول']);
});

test('forms with a correct reading are left alone: علي, ان, لان, اثنين, لامس, باول, فاعلن, واهم, والى, وفى', async () => {
  const correct = ['علي', 'ان', 'انه', 'لان', 'اعتبر', 'اثنين', 'احمد', 'اجري', 'اربع', 'لدي', 'لامس', 'باول', 'فاعلن', 'واهم', 'والى', 'وفى'];
  assert.deepEqual(correct.filter((w) => styleCorrections(w)), []);
  assert.deepEqual(await misspelled(['علي', 'اثنين', 'لامس', 'فاعلن', 'والى', 'وفى', 'لدي']), []);
});

test('every listed form is flagged, and its correction is the first suggestion', async () => {
  const forms = [...NEWSROOM_ORTHOGRAPHY.keys()];
  assert.ok(forms.length >= 60, `${forms.length} forms`);
  assert.deepEqual(await misspelled(forms), forms);
  const wrong: string[] = [];
  for (const [form, corrections] of NEWSROOM_ORTHOGRAPHY) {
    const suggestions = await suggest(form);
    if (suggestions[0] !== corrections[0]) wrong.push(`${form}: ${suggestions.join(' | ')}`);
  }
  assert.deepEqual(wrong, []);
});

test('a listed word written with tashkeel is flagged as written', async () => {
  assert.deepEqual(await misspelled(['اكثرُ', 'حتّي', 'الكتاب']), ['اكثرُ', 'حتّي']);
  assert.equal((await suggest('اكْثَر'))[0], 'أكثر');
});

test('the correct forms are not flagged and need no suggestion', async () => {
  const corrections = [...new Set([...NEWSROOM_ORTHOGRAPHY.values()].flat())];
  assert.deepEqual(await misspelled(corrections), []);
  assert.deepEqual(await suggest('أكثر'), []);
  assert.deepEqual(await suggest('حتى'), []);
});

test('the sample article gains no flag from the list', async () => {
  const article = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
  const words = spellingWords(article).filter((w) => w.lang === 'ar');
  assert.ok(words.length > 300, `${words.length} words`);
  assert.deepEqual(words.filter((w) => styleCorrections(spellingKey(w.text))).map((w) => w.text), []);
  // What the service flags in it is only the two names ayaspell lacks, as before the list.
  const flagged = await misspelled(words.map((w) => w.text));
  assert.deepEqual([...new Set(flagged)], ['حفتر', 'الإليزيه']);
});

test('English is checked and suggested as before', async () => {
  assert.deepEqual(await misspelled(['The', 'sentense', 'is', 'wrogn', 'more']), ['sentense', 'wrogn']);
  assert.ok((await suggest('sentense')).includes('sentence'));
});
