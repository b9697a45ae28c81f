// The conflict view's diff and the service's log and presence bookkeeping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../../../electron/common/document/types';
import { isArticleChange, isQuiet, logEntry, presenceEntries, presenceStaleMs, PRESENCE_STALE_MS } from '../../../electron/services/sync/app';
import { emptyReport, statusMessage } from '../../../electron/services/sync/report';
import { sideBySide, versionText } from '../../../renderer/sync/diff';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

test('each side shows its own words marked, whole Arabic words, a changed phrase as one run', () => {
  const mine = 'ركزت المباحثات التي وفق ما أعلنته الوزارة أمس صدام حفتر';
  const theirs = 'ركزت المباحثات التي بحسب مصادر رسمية صدام حفتر';
  const sides = sideBySide(mine, theirs);
  assert.deepEqual(
    sides.mine.filter((s) => s.change !== 'same').map((s) => s.text.trim()),
    ['وفق ما أعلنته الوزارة أمس'],
  );
  assert.deepEqual(
    sides.theirs.filter((s) => s.change !== 'same').map((s) => s.text.trim()),
    ['بحسب مصادر رسمية'],
  );
  assert.equal(sides.mine.map((s) => s.text).join(''), mine);
  assert.equal(sides.theirs.map((s) => s.text).join(''), theirs);
  // Tashkeel stays with its word: a changed vowel mark changes the whole word only.
  const marked = sideBySide('كَتَبَ الصحفيُّ الخبر', 'كَتَبَ الصحفيَّ الخبر');
  assert.deepEqual(marked.mine.filter((s) => s.change === 'removed').map((s) => s.text), ['الصحفيُّ']);
});

test('the text of a version is its headline fields then its paragraphs', () => {
  const text = versionText({ meta: { kicker: 'اقتصاد', headline: 'الموازنة', standfirst: '' }, body: [p('الفقرة الأولى.'), p('الفقرة الثانية.')] });
  assert.equal(text, 'اقتصاد\n\nالموازنة\n\nالفقرة الأولى.\n\nالفقرة الثانية.');
});

test('a log entry keeps the sentence in both languages and the detail apart', () => {
  const report = emptyReport('01M8JBVR4BQP0JJF514KANHGV0', '2026-11-29T10:42:00.000Z');
  report.status = 'share_unreachable';
  report.message = statusMessage('share_unreachable', 'en', '/mnt/desk-share is not there');
  report.messageAr = statusMessage('share_unreachable', 'ar', '/mnt/desk-share is not there');
  report.pushed.articles = ['a', 'b'];
  const entry = logEntry(report);
  assert.equal(entry.messageAr, 'تعذّر الوصول إلى المجلد المشترك؛ أُوقفت المزامنة ولم يتغيّر شيء');
  assert.equal(entry.detail, '/mnt/desk-share is not there');
  assert.equal(entry.pushed.articles, 2);
  assert.equal(isQuiet(entry), false);
  const quiet = logEntry({ ...emptyReport('d', '2026-11-29T10:42:00.000Z'), message: 'Synced', messageAr: 'تمت المزامنة' });
  assert.equal(quiet.detail, undefined);
  assert.equal(isQuiet(quiet), true);
});

test('presence: stale device files are apps long closed', () => {
  const now = new Date('2026-11-29T11:00:00.000Z');
  const file = (lastSeen: Date) => ({
    format: 'qalam-device/1' as const,
    device: '01M8JBVR4BQP0JJF514KANHGV0',
    name: 'DESK-3',
    user: 'فاطمة',
    lastSeen: lastSeen.toISOString(),
    editing: [{ articleId: '01M8JBVR4BQP0JJF514KANHGV1', since: '2026-11-29T10:42:00.000Z' }],
  });
  assert.deepEqual(presenceEntries([file(new Date(now.getTime() - 60_000))], now).map((e) => [e.deviceName, e.user]), [['DESK-3', 'فاطمة']]);
  assert.deepEqual(presenceEntries([file(new Date(now.getTime() - PRESENCE_STALE_MS - 1))], now), []);
});

test('presence: a desk that says how often it refreshes is gone after three missed refreshes, not half an hour', () => {
  const now = new Date('2026-11-29T11:00:00.000Z');
  const ago = (minutes: number, refreshSeconds?: number) => ({
    format: 'qalam-device/1' as const,
    device: '01M8JBVR4BQP0JJF514KANHGV0',
    name: 'DESK-3',
    user: 'فاطمة',
    lastSeen: new Date(now.getTime() - minutes * 60_000).toISOString(),
    editing: [{ articleId: '01M8JBVR4BQP0JJF514KANHGV1', since: '2026-11-29T10:42:00.000Z' }],
    ...(refreshSeconds !== undefined ? { refreshSeconds } : {}),
  });
  const shown = (file: ReturnType<typeof ago>) => presenceEntries([file], now).length === 1;
  // Every 30 s (the default): a crashed desk goes after 2 minutes (the floor), not 30.
  assert.equal(shown(ago(1.5, 30)), true);
  assert.equal(shown(ago(2.5, 30)), false);
  // Every 2 min: three missed refreshes.
  assert.equal(shown(ago(5, 120)), true);
  assert.equal(shown(ago(7, 120)), false);
  // Every 20 min: never later than a desk that does not say (PRESENCE_STALE_MS).
  assert.equal(shown(ago(29, 1200)), true);
  assert.equal(shown(ago(31, 1200)), false);
  // A desk from before the field: half an hour, as before.
  assert.equal(shown(ago(29)), true);
  assert.equal(presenceStaleMs({}), PRESENCE_STALE_MS);
});

test('device files and temp files are no reason for a pass; heads are', () => {
  assert.equal(isArticleChange('devices/01M8JBVR4BQP0JJF514KANHGV0.json'), false);
  assert.equal(isArticleChange('articles/01M8JBVR4BQP0JJF514KANHGV1/heads/x.json.tmp'), false);
  assert.equal(isArticleChange('articles/01M8JBVR4BQP0JJF514KANHGV1/heads/01M8JBVR4BQP0JJF514KANHGV0.json'), true);
  assert.equal(isArticleChange(null), true);
});
