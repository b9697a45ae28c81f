// Each revision carries the device's name as it was set when the revision was made
// (settings.deviceName), beside the device id; with no name set, the revision is exactly
// what it was before names were recorded (so its id, the hash of its content, is too).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import type { TempLibrary } from './helpers';
import { ManualClock, paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
  t = tempLibrary({ now: clock.now });
});
afterEach(() => t.cleanup());

test('the device name at the time of each revision is recorded and listed; none set, none recorded', () => {
  const a = t.lib.create({ meta: { headline: 'نتائج الانتخابات' }, body: [paragraph('بدأ الفرز.')] });
  assert.equal('deviceName' in t.lib.revisionContent(a.revision), false, 'no name, no field');
  t.lib.setSettings({ deviceName: 'مكتب الأخبار ٣' });
  clock.advanceMinutes(1);
  const named = t.lib.save({ id: a.id, body: [paragraph('انتهى الفرز.')], reason: 'snapshot' });
  t.lib.setSettings({ deviceName: 'DESK-7' });
  clock.advanceMinutes(1);
  const renamed = t.lib.save({ id: a.id, meta: { status: 'editing' } });
  assert.equal(t.lib.revisionContent(named.revision).deviceName, 'مكتب الأخبار ٣');
  const listed = t.lib.listRevisions(a.id).map((r) => [r.id, r.device, r.deviceName]);
  assert.deepEqual(listed, [
    [renamed.revision, t.lib.device, 'DESK-7'],
    [named.revision, t.lib.device, 'مكتب الأخبار ٣'],
    [a.revision, t.lib.device, ''],
  ]);
});
