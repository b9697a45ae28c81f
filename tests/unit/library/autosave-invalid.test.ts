// Autosave and a save the store refuses for its content: no retry loop; the next
// change (the fix) is saved; transient failures still back off and retry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Autosaver, type SaveState } from '../../../renderer/autosave';
import { mergePatches, type ArticlePatch } from '../../../renderer/article/patch';
import { FakeClock } from '../support/fake-clock';


class Refused extends Error {
  readonly code = 'invalid';
}

/** A store that refuses any headline over 1,000 characters and can be made to fail transiently. */
function setup() {
  const clock = new FakeClock();
  const saved: ArticlePatch[] = [];
  let attempts = 0;
  let down = false;
  let last: SaveState | undefined;
  const saver = new Autosaver<ArticlePatch>({
    save: async (patch) => {
      attempts++;
      if (down) throw new Error('disk busy');
      if ((patch.meta?.headline?.length ?? 0) > 1000) throw new Refused('meta.headline: Too big');
      saved.push(patch);
    },
    merge: mergePatches,
    empty: () => ({}),
    isPermanent: (e) => e instanceof Refused,
    onState: (s) => (last = s),
    timers: clock,
    backoffMs: [1000, 4000],
  });
  return {
    clock,
    saver,
    saved,
    attempts: () => attempts,
    state: () => last,
    setDown: (v: boolean) => (down = v),
  };
}

test('a refused headline is tried once, not retried while nothing changes, and the fix is saved', async () => {
  const s = setup();
  s.saver.change({ meta: { headline: 'ع'.repeat(1001) } });
  await s.clock.advance(1000);
  assert.equal(s.attempts(), 1);
  assert.equal(s.state()?.kind, 'failed');
  assert.equal((s.state() as { permanent?: boolean }).permanent, true);
  await s.clock.advance(10 * 60_000);
  assert.equal(s.attempts(), 1, 'no retries while the content is unchanged');
  s.saver.change({ meta: { headline: 'عنوان بطول معقول' } });
  await s.clock.advance(1000);
  assert.equal(s.attempts(), 2);
  assert.equal(s.state()?.kind, 'saved');
  assert.equal(s.saved.at(-1)?.meta?.headline, 'عنوان بطول معقول');
});

test('a transient failure keeps retrying with backoff until it succeeds', async () => {
  const s = setup();
  s.setDown(true);
  s.saver.change({ body: [{ type: 'paragraph', children: [{ text: 'نص' }] }] });
  await s.clock.advance(1000);
  assert.equal(s.attempts(), 1);
  await s.clock.advance(1000);
  assert.equal(s.attempts(), 2, 'retried after the first pause');
  await s.clock.advance(4000);
  assert.equal(s.attempts(), 3, 'retried after the longer pause');
  s.setDown(false);
  await s.clock.advance(4000);
  assert.equal(s.state()?.kind, 'saved');
  assert.equal(s.saved.length, 1);
});
