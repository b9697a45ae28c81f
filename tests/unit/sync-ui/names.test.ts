// Desks are named for people, never by their ids: a desk with no name is "an unnamed
// computer" in presence and in a conflict's "who and where".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presenceEntries } from '../../../electron/services/sync/app';
import { presenceLine } from '../../../renderer/sync/presence';

const DEVICE = '01KB0000000000000000000000';

test('a nameless desk in presence: no id, a name in words in the UI language', () => {
  const now = new Date('2026-11-29T10:45:00Z');
  const [entry] = presenceEntries(
    [{ format: 'qalam-device/1', device: DEVICE, name: '  ', user: 'فاطمة', lastSeen: now.toISOString(), editing: [{ articleId: DEVICE, since: '2026-11-29T10:42:00Z' }] }],
    now,
  );
  assert.equal(entry?.deviceName, '');
  const ar = presenceLine(entry!, 'ar', 'arab');
  assert.match(ar, /^مفتوح للتحرير لدى فاطمة على جهاز بلا اسم منذ /);
  assert.match(presenceLine(entry!, 'en', 'latn', true), /^Open with فاطمة \(an unnamed computer\) since /);
  assert.doesNotMatch(ar, new RegExp(DEVICE));
});
