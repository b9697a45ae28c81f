// A desk that meets files from a newer Qalam on the share says so once, in the editor's
// language, as a notice rather than as errors; a share made by a newer Qalam pauses.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ulid } from 'ulid';
import type { SyncState } from '../../../electron/common/sync';
import { syncSummary } from '../../../renderer/sync/format';
import { twoDesks, type Desks } from './desks';

let desks: Desks;
before(async () => {
  desks = await twoDesks();
});
after(async () => desks.close());

const status = async (): Promise<SyncState> => desks.b.handlers['sync.status'](undefined);

test('files from a newer Qalam give one notice in Arabic and English, kept on screen, not a line per poll', async () => {
  const { a, b, share } = desks;
  await a.handlers['articles.create']({ meta: { headline: 'خبر من الجهاز الأول' } });
  await a.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  const future = ulid();
  await mkdir(join(share, 'qalam', 'words'), { recursive: true });
  await writeFile(join(share, 'qalam', 'devices', `${future}.json`), JSON.stringify({ format: 'qalam-device/2', id: future }));
  await writeFile(join(share, 'qalam', 'words', `${future}.json`), JSON.stringify({ format: 'qalam-words/2', device: future, words: {} }));

  await b.handlers['sync.now'](undefined);
  const first = await status();
  const last = first.log[0]!;
  assert.equal(last.status, 'ok');
  assert.deepEqual(last.skipped, [], 'not reported as damage');
  assert.deepEqual(last.newer?.map((f) => f.reason).sort(), ['qalam-device/2', 'qalam-words/2']);
  assert.match(last.noticeAr ?? '', /^هذه المشاركة فيها ملفات من إصدار أحدث من قلم؛ حدّث البرنامج/);
  assert.match(last.notice ?? '', /^This share holds files from a newer version of Qalam; update this program/);
  assert.equal(syncSummary(first, 'ar', 'arab')?.text, 'حدّث قلم');
  assert.equal(syncSummary(first, 'en', 'latn')?.tone, 'warn');

  // The next polls meet the same files: the log keeps one line that says it.
  await b.handlers['sync.now'](undefined);
  await b.handlers['sync.now'](undefined);
  const later = await status();
  assert.equal(later.log.filter((e) => e.notice).length, 1);
  assert.equal(later.log.length, first.log.length);
  assert.ok(later.log[0]?.notice);
});

test('a share made by a newer Qalam pauses sync and says to update, in both languages', async () => {
  const { b, share } = desks;
  await writeFile(join(share, 'qalam', 'share.json'), JSON.stringify({ format: 'qalam-share/2', share: ulid() }));
  await b.handlers['sync.now'](undefined);
  const state = await status();
  assert.equal(state.log[0]?.status, 'share_newer');
  assert.match(state.log[0]?.messageAr ?? '', /إصدار أحدث من قلم؛ حدّث البرنامج/);
  assert.equal(syncSummary(state, 'en', 'latn')?.text, 'Update Qalam');
  assert.equal(syncSummary(state, 'en', 'latn')?.tone, 'error');
});
