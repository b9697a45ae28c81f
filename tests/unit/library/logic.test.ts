// Pure logic of the library, inspector and history panes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RevisionSummary } from '../../../electron/common/contract';
import type { Block } from '../../../electron/common/document/types';
import { diffSegments, diffTotals, signedChange, statusChanges, wordChanges } from '../../../renderer/history/changes';
import { readyWarnings } from '../../../renderer/inspector/ready';
import { isValidSlug, slugify } from '../../../renderer/inspector/slug';
import { absoluteTime, relativeTime } from '../../../renderer/library/relative-time';
import { clockLabel } from '../../../renderer/statusbar/format';

const now = new Date('2026-11-29T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

test('relative time in Arabic agrees in number and uses the chosen digits', () => {
  assert.equal(relativeTime(ago(5 * 60), now, 'ar', 'arab'), 'قبل ٥ دقائق');
  assert.equal(relativeTime(ago(5 * 60), now, 'ar', 'latn'), 'قبل 5 دقائق');
  assert.equal(relativeTime(ago(60), now, 'ar', 'arab'), 'قبل دقيقة واحدة');
  assert.equal(relativeTime(ago(2 * 60), now, 'ar', 'arab'), 'قبل دقيقتين');
  assert.equal(relativeTime(ago(11 * 60), now, 'ar', 'arab'), 'قبل ١١ دقيقة');
  assert.equal(relativeTime(ago(3 * 3600), now, 'ar', 'arab'), 'قبل ٣ ساعات');
  assert.equal(relativeTime(ago(26 * 3600), now, 'ar', 'arab'), 'أمس');
  assert.equal(relativeTime(ago(20), now, 'ar', 'arab'), 'الآن');
  assert.equal(relativeTime(ago(5 * 60), now, 'en', 'latn'), '5 minutes ago');
});

test('the history and backups tell the time on the status bar’s 24-hour clock, in the chosen digits', () => {
  const afternoon = new Date(2026, 10, 29, 14, 5, 9);
  assert.match(absoluteTime(afternoon, 'ar', 'arab', true), /١٤:٠٥:٠٩$/);
  assert.match(absoluteTime(afternoon, 'ar', 'arab'), new RegExp(`${clockLabel(afternoon, 'arab')}$`));
  assert.doesNotMatch(absoluteTime(afternoon, 'ar', 'arab'), /[صم]/, 'no ص/م: the same clock as «آخر مزامنة ١٤:٠٥»');
  assert.match(absoluteTime(afternoon, 'en', 'latn'), /14:05$/);
});

test('slug from an Arabic headline: words joined by hyphens, tashkeel and punctuation gone', () => {
  assert.equal(slugify('مجلسُ النوّاب يُقرّ موازنة ٢٠٢٦!'), 'مجلس-النواب-يقر-موازنة-2026');
  assert.equal(slugify('  «الطاقة» — وأسعار النفط  '), 'الطاقة-وأسعار-النفط');
  assert.equal(slugify('COVID-19 Vaccine'), 'covid-19-vaccine');
  assert.ok(isValidSlug(slugify('عنوان، مع: علامات؟ كثيرة… وأرقام ١٢٣')));
  assert.equal(isValidSlug('غزة-2026'), true);
  assert.equal(isValidSlug('غزة 2026'), false);
  assert.ok(slugify('كلمة '.repeat(200)).split('-').length <= 8);
});

const figure = (caption: string, alt: string): Block => ({
  type: 'figure',
  asset: 'a'.repeat(64),
  alt,
  children: [{ text: caption }],
});

test('ready warnings name what is missing and the length against the target (±10%)', () => {
  const body: Block[] = [figure('', 'صورة'), figure('الوزير يتحدث', ''), figure('تعليق', 'نص بديل')];
  const kinds = readyWarnings({ headline: ' ', standfirst: '', targetWords: 500 }, body, 400).map((w) => JSON.stringify(w));
  assert.deepEqual(kinds, [
    JSON.stringify({ kind: 'noHeadline' }),
    JSON.stringify({ kind: 'noStandfirst' }),
    JSON.stringify({ kind: 'emptyCaption', figure: 1 }),
    JSON.stringify({ kind: 'emptyAlt', figure: 2 }),
    JSON.stringify({ kind: 'underTarget', words: 400, target: 500 }),
  ]);
  const meta = { headline: 'عنوان', standfirst: 'مقدمة', targetWords: 500 };
  assert.deepEqual(readyWarnings(meta, [], 450), [], '10% under is on target');
  assert.deepEqual(readyWarnings(meta, [], 550), [], '10% over is on target');
  assert.deepEqual(readyWarnings(meta, [], 551), [{ kind: 'overTarget', words: 551, target: 500 }]);
  assert.deepEqual(readyWarnings({ headline: 'عنوان', standfirst: 'مقدمة' }, [], 3), [], 'no target, no length warning');
});

const rev = (id: string, parent: string | undefined, words: number, status: RevisionSummary['status'] = 'draft'): RevisionSummary => ({
  id,
  articleId: 'A',
  parents: parent ? [parent] : [],
  kind: 'autosave',
  createdAt: now.toISOString(),
  author: '',
  device: '',
  deviceName: '',
  status,
  words,
  headline: '',
});

test('word change of each revision against its parent; status changes found', () => {
  const list = [rev('c', 'b', 90, 'ready'), rev('b', 'a', 102), rev('a', undefined, 0)];
  const changes = wordChanges(list);
  assert.equal(changes.get('c'), -12);
  assert.equal(changes.get('b'), 102);
  assert.equal(changes.get('a'), undefined);
  assert.deepEqual([...statusChanges(list)], [['c', { from: 'draft' }]]);
  const arab = (n: number) => n.toLocaleString('ar-u-nu-arab');
  assert.equal(signedChange(12, arab), '+١٢');
  assert.equal(signedChange(-3, arab), '−٣');
});

test('word diff of two Arabic texts keeps every character and marks the changed words', () => {
  const older = 'قال الوزير إن الموازنة متوازنة.';
  const newer = 'قال رئيس الوزراء إن الموازنة متوازنة تماما.';
  const segments = diffSegments(older, newer);
  assert.equal(segments.filter((s) => s.change !== 'added').map((s) => s.text).join(''), older);
  assert.equal(segments.filter((s) => s.change !== 'removed').map((s) => s.text).join(''), newer);
  assert.ok(segments.some((s) => s.change === 'removed' && s.text.includes('الوزير')));
  assert.ok(segments.some((s) => s.change === 'added' && s.text.includes('الوزراء')));
  const totals = diffTotals(segments);
  assert.ok(totals.added >= 3 && totals.removed >= 1, JSON.stringify(totals));
});

test("the store's 'invalid' detail becomes a message naming the field and its limit", async () => {
  const { describeInvalid } = await import('../../../renderer/inspector/invalid');
  assert.deepEqual(describeInvalid('meta.headline: Too big: expected string to have <=1000 characters', 'ar', 'arab'), {
    field: 'headline',
    message: 'العنوان أطول من المسموح: الحد ١٬٠٠٠ حرف.',
  });
  assert.deepEqual(describeInvalid('meta.tags: Too big: expected array to have <=100 items', 'en', 'latn'), {
    field: 'tags',
    message: 'The tags: at most 100.',
  });
  assert.equal(describeInvalid('meta.slug: slug may hold letters, digits and hyphens only', 'ar', 'arab')?.message, 'المُعرّف في الرابط: قيمة غير مقبولة.');
  assert.equal(describeInvalid('id: id must be a ULID', 'ar', 'arab'), undefined);
});

