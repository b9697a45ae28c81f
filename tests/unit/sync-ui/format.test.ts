// The sync status line and log as an editor reads them, in Arabic and English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SyncLogEntry, SyncState } from '../../../electron/common/sync';
import { conflictsLabel, countOf, passCounts, passMessage, syncSummary } from '../../../renderer/sync/format';
import { presenceLine } from '../../../renderer/sync/presence';
import { st } from '../../../renderer/sync/strings';

function entry(over: Partial<SyncLogEntry> = {}): SyncLogEntry {
  return {
    status: 'ok',
    message: 'Synced',
    messageAr: 'تمت المزامنة',
    startedAt: '2026-11-29T10:41:58.000Z',
    finishedAt: '2026-11-29T10:42:03.000Z',
    pushed: { articles: 0, revisions: 0, assets: 0 },
    pulled: { articles: 0, revisions: 0, assets: 0 },
    conflicts: 0,
    openConflicts: 0,
    skipped: [],
    failed: [],
    ...over,
  };
}

function state(over: Partial<SyncState> = {}): SyncState {
  return {
    active: true,
    enabled: true,
    shareFolder: '/mnt/desk-share',
    deviceName: 'DESK-3',
    intervalSeconds: 30,
    device: '01M8JBVR4BQP0JJF514KANHGV0',
    running: false,
    log: [entry()],
    conflictIds: [],
    wordsVersion: 0,
    ...over,
  };
}

const localClock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

test('a good pass reads "synced at" with the time in Arabic-Indic digits', () => {
  const latin = localClock('2026-11-29T10:42:03.000Z');
  const arabic = latin.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
  assert.deepEqual(syncSummary(state(), 'ar', 'arab'), { tone: 'ok', text: `آخر مزامنة ${arabic}` });
  assert.deepEqual(syncSummary(state(), 'en', 'latn'), { tone: 'ok', text: `Synced ${latin}` });
});

test('no folder, sync off, never synced and a pass under way each say so', () => {
  assert.equal(syncSummary(state({ shareFolder: '' }), 'ar', 'arab')?.text, 'لا مجلد مشترك');
  assert.equal(syncSummary(state({ enabled: false }), 'ar', 'arab')?.text, 'المزامنة متوقفة');
  assert.equal(syncSummary(state({ log: [] }), 'ar', 'arab')?.text, 'لم تُزامَن بعد');
  assert.deepEqual(syncSummary(state({ running: true }), 'ar', 'arab'), { tone: 'busy', text: 'جارٍ المزامنة…' });
});

test('an unreachable share and open conflicts stay on screen while the next pass runs', () => {
  const gone = state({ running: true, log: [entry({ status: 'share_unreachable' })] });
  assert.deepEqual(syncSummary(gone, 'ar', 'arab'), { tone: 'error', text: 'المجلد المشترك غير متاح' });
  const two = state({ running: true, conflictIds: ['01M8JBVR4BQP0JJF514KANHGV1', '01M8JBVR4BQP0JJF514KANHGV2'] });
  assert.deepEqual(syncSummary(two, 'ar', 'arab'), { tone: 'warn', text: 'تعارضان' });
  assert.equal(syncSummary(state({ log: [entry({ status: 'share_empty' })] }), 'en', 'latn')?.text, 'Sync paused');
  assert.equal(syncSummary(state({ log: [entry({ failed: [{ path: 'qalam/x', reason: 'EIO' }] })] }), 'ar', 'arab')?.text, 'أخطاء في المزامنة');
});

test('conflict counts agree with their number in Arabic', () => {
  assert.equal(conflictsLabel(1, 'ar', 'arab'), 'تعارض واحد');
  assert.equal(conflictsLabel(2, 'ar', 'arab'), 'تعارضان');
  assert.equal(conflictsLabel(3, 'ar', 'arab'), '٣ تعارضات');
  assert.equal(conflictsLabel(11, 'ar', 'arab'), '١١ تعارضًا');
  assert.equal(conflictsLabel(100, 'ar', 'arab'), '١٠٠ تعارض');
  assert.equal(conflictsLabel(1, 'en', 'latn'), '1 conflict');
  assert.equal(countOf(2, 'articles', 'ar', 'arab'), 'مقالان');
  assert.equal(countOf(5, 'revisions', 'ar', 'arab'), '٥ نسخ');
});

test('the merge says how many places both versions changed, the noun agreeing with its number', () => {
  const open = (n: number) => st('ar', 'mergeOpen', { places: countOf(n, 'places', 'ar', 'arab') });
  assert.equal(open(1), 'دُمج تلقائيًا ما غيّرته نسخة واحدة وحدها. وغيّرت النسختان كلتاهما موضعًا واحدًا، فاختر أدناه ما يبقى.');
  assert.match(open(2), /كلتاهما موضعين،/);
  assert.match(open(3), /كلتاهما ٣ مواضع،/);
  assert.match(open(12), /كلتاهما ١٢ موضعًا،/);
  assert.equal(countOf(1, 'places', 'en', 'latn'), '1 place');
});

test('a log line says what moved, leaving out what did not', () => {
  const busy = entry({ pushed: { articles: 2, revisions: 3, assets: 1 }, pulled: { articles: 0, revisions: 1, assets: 0 }, conflicts: 1 });
  assert.deepEqual(passCounts(busy, 'ar', 'arab'), ['أُرسل: مقالان (٣ نسخ، صورة واحدة)', 'استُلم: نسخة واحدة', 'تعارض جديد']);
  assert.deepEqual(passCounts(busy, 'en', 'latn'), ['Sent: 2 articles (3 revisions, 1 image)', 'Received: 1 revision', '1 new conflict']);
  assert.deepEqual(passCounts({ ...busy, conflicts: 3, pushed: entry().pushed, pulled: entry().pulled }, 'ar', 'arab'), ['٣ تعارضات جديدة']);
  assert.deepEqual(passCounts(entry(), 'ar', 'arab'), ['لا تغييرات']);
  assert.deepEqual(passCounts(entry({ skipped: [{ path: 'qalam/articles/../x', reason: 'bad name' }] }), 'ar', 'arab'), ['تُجوهل: ملف واحد']);
  const crashed = entry({ status: 'share_error', crashed: 'database closed' });
  assert.equal(passMessage(crashed, 'ar'), 'توقفت العملية بخطأ: database closed');
  assert.equal(passMessage(entry({ status: 'share_unreachable', messageAr: 'تعذّر الوصول' }), 'ar'), 'تعذّر الوصول');
});

test('presence reads without a verb that would need the person’s gender', () => {
  const p = { articleId: 'x', deviceName: 'DESK-3', user: 'فاطمة', since: '2026-11-29T10:42:00.000Z', lastSeen: '2026-11-29T10:43:00.000Z' };
  const time = localClock(p.since).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
  assert.equal(presenceLine(p, 'ar', 'arab'), `مفتوح للتحرير لدى فاطمة على DESK-3 منذ ${time}`);
  assert.equal(presenceLine(p, 'ar', 'arab', true), `مفتوح لدى فاطمة (DESK-3) منذ ${time}`);
  assert.equal(presenceLine({ ...p, user: ' ' }, 'ar', 'arab'), `مفتوح للتحرير على DESK-3 منذ ${time}`);
  assert.match(presenceLine(p, 'en', 'latn'), /^فاطمة is editing this on DESK-3 since \d\d:\d\d$/);
});
