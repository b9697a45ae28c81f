// The store side of the inspector and settings: clearing optional fields, unique slugs,
// tags for completion, and backups through the app's channels.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createServices, type Services } from '../../../electron/services/index';

let dir: string;
let services: Services;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-library-meta-'));
  services = await createServices({ dbPath: path.join(dir, 'qalam.db') });
});
after(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

test('clearing target words and deadline (null in the request) removes them for good', async () => {
  const h = services.handlers;
  const a = await h['articles.create']({ meta: { headline: 'ميزانية ٢٠٢٦', targetWords: 600, deadline: '2026-12-01T18:00:00.000Z' } });
  const saved = await h['articles.save']({ id: a.id, meta: { targetWords: null, deadline: null } });
  assert.equal('targetWords' in saved.meta, false);
  assert.equal('deadline' in saved.meta, false);
  const reread = await h['articles.get']({ id: a.id });
  assert.equal(reread.meta.targetWords, undefined);
  assert.equal(reread.meta.deadline, undefined);
  assert.equal(reread.meta.headline, 'ميزانية ٢٠٢٦', 'other fields are kept');
});

test('a slug another article uses is suffixed, Arabic letters allowed', async () => {
  const h = services.handlers;
  const one = await h['articles.create']({});
  const two = await h['articles.create']({});
  const three = await h['articles.create']({});
  assert.equal((await h['articles.save']({ id: one.id, meta: { slug: 'انتخابات-البلدية' } })).meta.slug, 'انتخابات-البلدية');
  assert.equal((await h['articles.save']({ id: two.id, meta: { slug: 'انتخابات-البلدية' } })).meta.slug, 'انتخابات-البلدية-2');
  assert.equal((await h['articles.save']({ id: three.id, meta: { slug: 'انتخابات-البلدية' } })).meta.slug, 'انتخابات-البلدية-3');
  // Saving the same slug again on its own article keeps it.
  assert.equal((await h['articles.save']({ id: one.id, meta: { slug: 'انتخابات-البلدية', kicker: 'محلي' } })).meta.slug, 'انتخابات-البلدية');
  // A duplicate starts with no slug, so it cannot collide.
  assert.equal((await h['articles.duplicate']({ id: one.id })).meta.slug, '');
  await assert.rejects(async () => h['articles.save']({ id: one.id, meta: { slug: 'a b' } }), /slug/);
});

test('tags in use are listed most used first, trashed articles left out', async () => {
  const h = services.handlers;
  const a = await h['articles.create']({ meta: { tags: ['غزة', 'الأمم المتحدة'] } });
  await h['articles.create']({ meta: { tags: ['غزة'] } });
  const gone = await h['articles.create']({ meta: { tags: ['مهمل'] } });
  await h['articles.trash']({ id: gone.id });
  const tags = await h['library.tags'](undefined);
  assert.deepEqual(tags.slice(0, 2).map((t) => t.tag), ['غزة', 'الأمم المتحدة']);
  assert.ok(!tags.some((t) => t.tag === 'مهمل'));
  assert.ok(a.id);
});

test('backup now, list, and restore only a listed backup', async () => {
  const h = services.handlers;
  const folder = path.join(dir, 'نسخ');
  await h['settings.set']({ backupFolder: folder });
  const kept = await h['articles.create']({ meta: { headline: 'قبل النسخة' } });
  const info = await h['library.backup'](undefined);
  assert.equal(path.dirname(info.path), folder);
  const listed = await h['library.listBackups'](undefined);
  assert.equal(listed.folder, folder);
  assert.deepEqual(listed.backups.map((b) => b.path), [info.path]);
  const later = await h['articles.create']({ meta: { headline: 'بعد النسخة' } });
  await assert.rejects((async () => h['library.restoreBackup']({ path: path.join(dir, 'qalam.db') })), /not found/i);
  await h['library.restoreBackup']({ path: info.path });
  assert.equal((await h['articles.get']({ id: kept.id })).meta.headline, 'قبل النسخة');
  await assert.rejects((async () => h['articles.get']({ id: later.id })), /not found/i);
});
