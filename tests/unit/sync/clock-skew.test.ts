// Clocks off by ten minutes either way — on the desks or on the share server — change
// no outcome: the newer edit wins because it descends from the older one, not because
// of its timestamp (Joplin #13531 lost edits exactly this way).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { listConflicts, resolveConflict } from '../../../electron/services/sync/conflicts';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import type { Desk } from './helpers';
import { desk, expectOk, paragraph } from './helpers';

const MINUTES = 60_000;

interface Outcome {
  bodies: string[][];
  conflicts: number[];
  afterResolution: string[];
}

async function scenario(skews: [number, number, number], shareSkew: number): Promise<{ room: Desk; outcome: Outcome }> {
  const share = new MemoryFolder({ clock: () => Date.now() + shareSkew });
  const room = await desk(() => share);
  const [a, b, c] = skews.map((s, i) => room.device(`desk-${i + 1}`, { clockSkewMs: s })) as [
    ReturnType<Desk['device']>,
    ReturnType<Desk['device']>,
    ReturnType<Desk['device']>,
  ];
  const text = (id: string) => a.library.get(id).body.map((b) => ('children' in b ? JSON.stringify(b.children) : ''));

  // The desk whose clock is fast writes first; the slow one edits after it.
  const story = a.library.create({ meta: { headline: 'قمة إقليمية' }, body: [paragraph('تبدأ القمة غدًا.')] });
  const other = a.library.create({ meta: { headline: 'طقس الأسبوع' }, body: [paragraph('أجواء معتدلة.')] });
  for (const d of [a, b, c]) expectOk(await d.sync());
  b.library.save({ id: story.id, body: [paragraph('تبدأ القمة غدًا بحضور عشرة قادة.')] });
  expectOk(await b.sync());
  for (const d of [c, a]) expectOk(await d.sync());
  c.library.save({ id: story.id, body: [paragraph('تبدأ القمة غدًا بحضور عشرة قادة، وتستمر يومين.')] });
  expectOk(await c.sync());
  // Both a and c change the weather story from the same revision: a conflict, whatever the clocks.
  a.library.save({ id: other.id, body: [paragraph('أمطار متفرقة.')] });
  c.library.save({ id: other.id, body: [paragraph('رياح نشطة.')] });
  for (let round = 0; round < 2; round++) for (const d of [a, b, c]) expectOk(await d.sync());
  const bodies = [text(story.id), text(other.id)];
  const conflicts = [a, b, c].map((d) => listConflicts(d.library).length);
  resolveConflict(c.library, other.id, { take: 'mine' });
  for (let round = 0; round < 2; round++) for (const d of [a, b, c]) expectOk(await d.sync());
  const afterResolution = [a, b, c].map((d) => JSON.stringify(d.library.get(other.id).body));
  return { room, outcome: { bodies, conflicts, afterResolution } };
}

describe('sync with skewed clocks', () => {
  const rooms: Desk[] = [];
  afterEach(async () => {
    for (const room of rooms.splice(0)) await room.close();
  });

  it('±10 minutes on the desks or on the share change no outcome', async () => {
    const baseline = await scenario([0, 0, 0], 0);
    rooms.push(baseline.room);
    assert.deepEqual(baseline.outcome.conflicts, [1, 1, 1], 'the weather story is in conflict everywhere');
    assert.match(baseline.outcome.bodies[0]!.join(''), /وتستمر يومين/);
    for (const [skews, share] of [
      [[10 * MINUTES, -10 * MINUTES, 0], 0],
      [[-10 * MINUTES, 10 * MINUTES, 3 * MINUTES], -10 * MINUTES],
      [[0, 0, 0], 10 * MINUTES],
    ] as [[number, number, number], number][]) {
      const run = await scenario(skews, share);
      rooms.push(run.room);
      assert.deepEqual(run.outcome, baseline.outcome, `skews ${skews.join(',')} share ${share}`);
    }
  });
});
