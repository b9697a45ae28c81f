// The sync channels as the app uses them: two libraries (two desks) bound through
// createServices, one temp share folder, everything through the handlers the renderer
// calls. The scheduler is started by the first sync.configure, as in the app.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Block } from '../../../electron/common/document/types';
import type { Services } from '../../../electron/services/index';
import { twoDesks, type Desks } from './desks';

const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

let desks: Desks;
let share: string;
let a: Services;
let b: Services;

before(async () => {
  desks = await twoDesks();
  ({ a, b, share } = desks);
  await a.handlers['settings.set']({ author: 'فاطمة' });
});

after(async () => desks.close());

test('the share folder, device name and interval are kept in the settings', async () => {
  const settings = await a.handlers['settings.get'](undefined);
  assert.equal(settings.syncFolder, share);
  assert.equal(settings.deviceName, 'DESK-1');
  assert.equal(settings.syncIntervalSeconds, 3600);
  const state = await a.handlers['sync.status'](undefined);
  assert.equal(state.active, true);
  assert.equal(state.shareFolder, share);
});

test('a relative share path is refused with a message saying why, and the setting is kept', async () => {
  await assert.rejects(async () => a.handlers['sync.configure']({ shareFolder: 'desk-share' }), { code: 'share_path_relative' });
  assert.equal((await a.handlers['settings.get'](undefined)).syncFolder, share);
});

test('an article written on one desk reaches the other after sync now on both', async () => {
  const article = await a.handlers['articles.create']({ meta: { headline: 'الحكومة تقرّ الموازنة' }, body: [paragraph('أقرّ مجلس الوزراء الموازنة العامة.')] });
  const afterA = await a.handlers['sync.now'](undefined);
  assert.equal(afterA.log[0]?.status, 'ok');
  // fs.watch hints may have run a pass of their own in between: count the whole log.
  assert.ok(afterA.log.some((entry) => entry.pushed.articles === 1), 'A logged sending the article');
  const afterB = await b.handlers['sync.now'](undefined);
  assert.ok(afterB.log.some((entry) => entry.pulled.articles === 1), 'B logged receiving it');
  const onB = await b.handlers['articles.get']({ id: article.id });
  assert.equal(onB.meta.headline, 'الحكومة تقرّ الموازنة');
});

test('typing autosaved between revisions reaches the other desk once no window has the article open', async () => {
  const article = await a.handlers['articles.create']({ meta: { headline: 'مهرجان الكتاب' }, body: [paragraph('افتُتح المعرض.')] });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  // An autosave a moment after the last revision: the words are stored, no revision yet.
  await a.handlers['articles.save']({ id: article.id, body: [paragraph('افتُتح معرض الكتاب بمشاركة مئتي دار نشر.')], reason: 'autosave' });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  const onB = await b.handlers['articles.get']({ id: article.id });
  assert.deepEqual(onB.body, [paragraph('افتُتح معرض الكتاب بمشاركة مئتي دار نشر.')]);
});

test('the same article edited on both desks is a conflict on both; resolving on one settles both', async () => {
  const article = await a.handlers['articles.create']({ meta: { headline: 'أسعار النفط' }, body: [paragraph('ارتفعت أسعار النفط اليوم.')] });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  await a.handlers['articles.save']({ id: article.id, body: [paragraph('ارتفعت أسعار النفط اليوم بنسبة ثلاثة في المئة.')], reason: 'snapshot' });
  await b.handlers['articles.save']({ id: article.id, body: [paragraph('تراجعت أسعار النفط اليوم.')], reason: 'snapshot' });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  const stateA = await a.handlers['sync.now'](undefined);
  const stateB = await b.handlers['sync.status'](undefined);
  assert.deepEqual(stateA.conflictIds, [article.id]);
  assert.deepEqual(stateB.conflictIds, [article.id]);

  const [conflict] = await b.handlers['sync.conflicts']({ articleId: article.id });
  assert.ok(conflict);
  assert.equal((conflict.mine.body[0] as { children: { text: string }[] }).children[0]!.text, 'تراجعت أسعار النفط اليوم.');
  assert.equal((conflict.theirs.body[0] as { children: { text: string }[] }).children[0]!.text, 'ارتفعت أسعار النفط اليوم بنسبة ثلاثة في المئة.');
  assert.equal(conflict.theirs.author, 'فاطمة');

  const merged = await b.handlers['sync.resolve']({ articleId: article.id, take: 'merged', theirs: conflict.theirs.revision, body: [paragraph('تذبذبت أسعار النفط اليوم.')] });
  assert.equal(merged.parents?.length, 2);
  assert.deepEqual((await b.handlers['sync.status'](undefined)).conflictIds, []);
  await b.handlers['sync.now'](undefined);
  const settledA = await a.handlers['sync.now'](undefined);
  assert.deepEqual(settledA.conflictIds, []);
  const onA = await a.handlers['articles.get']({ id: article.id });
  assert.deepEqual(onA.body, [paragraph('تذبذبت أسعار النفط اليوم.')]);
});

test('an article open on one desk shows as being edited on the other', async () => {
  const article = await a.handlers['articles.create']({ meta: { headline: 'الانتخابات البلدية' } });
  await a.handlers['sync.now'](undefined);
  a.handlers['sync.editing']({ client: 'window-1', articleId: article.id });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  const presence = await b.handlers['sync.presence'](undefined);
  const entry = presence.find((p) => p.articleId === article.id);
  assert.ok(entry, 'B sees that A has the article open');
  assert.equal(entry.deviceName, 'DESK-1');
  assert.equal(entry.user, 'فاطمة');
  // Closed on A: gone from B after the next passes.
  a.handlers['sync.editing']({ client: 'window-1', articleId: null });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  assert.equal((await b.handlers['sync.presence'](undefined)).some((p) => p.articleId === article.id), false);
});

test('a share folder that disappears pauses sync with a status and changes nothing local', async () => {
  // Nothing else writing to the share while it is taken away: A off, B between passes.
  await a.handlers['sync.configure']({ enabled: false });
  await b.handlers['sync.now'](undefined);
  const before = await b.handlers['articles.list'](undefined);
  await rm(share, { recursive: true, force: true, maxRetries: 5 });
  const state = await b.handlers['sync.now'](undefined);
  assert.equal(state.log[0]?.status, 'share_unreachable');
  assert.deepEqual(await b.handlers['articles.list'](undefined), before);
  assert.deepEqual(await b.handlers['sync.presence'](undefined), []);
});
