import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Autosaver, type SaveReason, type SaveState } from '../../../renderer/autosave';
import { mergePatches, type ArticlePatch } from '../../../renderer/article/patch';
import { FakeClock } from '../support/fake-clock';


/** A store whose saves the test completes or fails by hand. */
function fakeStore() {
  const calls: { patch: ArticlePatch; reason: SaveReason; resolve(): void; reject(e: unknown): void }[] = [];
  return {
    calls,
    save: (patch: ArticlePatch, reason: SaveReason) =>
      new Promise<void>((resolve, reject) => calls.push({ patch, reason, resolve, reject })),
  };
}

function setup(options: { debounceMs?: number; maxWaitMs?: number } = {}) {
  const clock = new FakeClock();
  const store = fakeStore();
  const states: SaveState['kind'][] = [];
  const saver = new Autosaver<ArticlePatch>({
    save: store.save,
    merge: mergePatches,
    empty: () => ({}),
    onState: (s) => states.push(s.kind),
    timers: clock,
    backoffMs: [1000, 4000],
    ...options,
  });
  return { clock, store, saver, states };
}

const headline = (text: string): ArticlePatch => ({ meta: { headline: text } });
const body = (text: string): ArticlePatch => ({ body: [{ type: 'paragraph', children: [{ text }] }] });

describe('autosave', () => {
  test('saves once, 600 ms after the last change of a short burst', async () => {
    const { clock, store, saver } = setup();
    saver.change(headline('ص'));
    await clock.advance(200);
    saver.change(headline('صد'));
    await clock.advance(200);
    saver.change(headline('صدا'));
    await clock.advance(599);
    assert.equal(store.calls.length, 0, 'not before the pause');
    await clock.advance(1);
    assert.equal(store.calls.length, 1);
    assert.deepEqual(store.calls[0]!.patch, headline('صدا'));
    assert.equal(store.calls[0]!.reason, 'autosave');
  });

  test('a burst of keystrokes tells the shell "dirty" once, not at every key (each telling re-renders it)', async () => {
    const { clock, store, saver, states } = setup();
    for (let i = 1; i <= 5; i++) saver.change(body('ك'.repeat(i)));
    assert.deepEqual(states, ['dirty']);
    await clock.advance(600);
    store.calls[0]!.resolve();
    await clock.advance(0);
    saver.change(body('كتب'));
    saver.change(body('كتبت'));
    assert.deepEqual(states, ['dirty', 'saving', 'saved', 'dirty']);
  });

  test('continuous typing cannot hold a save off for more than a second', async () => {
    const { clock, store, saver } = setup();
    for (let i = 1; i <= 10; i++) {
      saver.change(body('ب'.repeat(i)));
      await clock.advance(150);
    }
    assert.ok(store.calls.length >= 1, 'a save started while typing went on');
    assert.deepEqual(store.calls[0]!.patch, body('ب'.repeat(7)), 'the save 1 s in carries what was typed by then');
  });

  test('one save in flight; changes made meanwhile go together in the next', async () => {
    const { clock, store, saver } = setup();
    saver.change(headline('باريس'));
    await clock.advance(600);
    assert.equal(store.calls.length, 1);
    saver.change(body('الإليزيه'));
    saver.change({ meta: { kicker: 'تحركات عسكرية' } });
    await clock.advance(2000);
    assert.equal(store.calls.length, 1, 'no second save while the first is unanswered');
    store.calls[0]!.resolve();
    await clock.advance(0);
    assert.equal(store.calls.length, 2);
    assert.deepEqual(store.calls[1]!.patch, { meta: { kicker: 'تحركات عسكرية' }, body: body('الإليزيه').body });
  });

  test('a failed save is reported, keeps its change under newer ones, and is retried with growing pauses', async () => {
    const { clock, store, saver, states } = setup();
    saver.change({ meta: { headline: 'عنوان', kicker: 'تمهيد' } });
    await clock.advance(600);
    saver.change(headline('عنوان جديد'));
    store.calls[0]!.reject(new Error('disk full'));
    await clock.advance(0);
    assert.equal(saver.current.kind, 'failed');
    assert.equal(saver.current.kind === 'failed' && saver.current.retryInMs, 1000);
    assert.ok(saver.hasUnsaved);
    await clock.advance(999);
    assert.equal(store.calls.length, 1, 'waits out the pause');
    await clock.advance(1);
    assert.equal(store.calls.length, 2);
    assert.deepEqual(store.calls[1]!.patch, { meta: { headline: 'عنوان جديد', kicker: 'تمهيد' } });
    store.calls[1]!.reject(new Error('still full'));
    await clock.advance(0);
    assert.equal(saver.current.kind === 'failed' && saver.current.retryInMs, 4000);
    await clock.advance(4000);
    store.calls[2]!.resolve();
    await clock.advance(0);
    assert.equal(saver.current.kind, 'saved');
    assert.equal(saver.hasUnsaved, false);
    assert.deepEqual(states.filter((s, i) => s !== states[i - 1]), ['dirty', 'saving', 'failed', 'saving', 'failed', 'saving', 'saved']);
  });

  test('retry now does not wait for the pause', async () => {
    const { clock, store, saver } = setup();
    saver.change(headline('أ'));
    await clock.advance(600);
    store.calls[0]!.reject(new Error('x'));
    await clock.advance(0);
    const flushed = saver.retryNow();
    await clock.advance(0);
    assert.equal(store.calls.length, 2);
    store.calls[1]!.resolve();
    assert.equal(await flushed, true);
  });

  test('Ctrl+S keeps a snapshot with the unsaved change, or of the unchanged article', async () => {
    const { clock, store, saver } = setup();
    saver.change(body('نص'));
    const first = saver.snapshot();
    await clock.advance(0);
    assert.equal(store.calls[0]!.reason, 'snapshot');
    assert.deepEqual(store.calls[0]!.patch, body('نص'));
    store.calls[0]!.resolve();
    assert.equal(await first, true);
    const second = saver.snapshot();
    await clock.advance(0);
    assert.deepEqual(store.calls[1], { ...store.calls[1]!, patch: {}, reason: 'snapshot' });
    store.calls[1]!.resolve();
    await second;
  });

  test('on unload, hands the in-flight and pending changes to one request that outlives the page', async () => {
    const { clock, store, saver } = setup();
    saver.change(headline('أول'));
    await clock.advance(600);
    saver.change(body('ثم هذا'));
    const sent: { patch: ArticlePatch; reason: SaveReason }[] = [];
    saver.flushOnUnload((patch, reason) => sent.push({ patch, reason }));
    assert.deepEqual(sent, [{ patch: { ...headline('أول'), ...body('ثم هذا') }, reason: 'autosave' }]);
    assert.equal(store.calls.length, 1);
  });

  test('nothing to send on unload when all is saved', async () => {
    const { clock, store, saver } = setup();
    saver.change(headline('أ'));
    await clock.advance(600);
    store.calls[0]!.resolve();
    await clock.advance(0);
    let sent = 0;
    saver.flushOnUnload(() => sent++);
    assert.equal(sent, 0);
  });
});
