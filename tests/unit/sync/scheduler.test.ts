// The poller: a pass at start, then one per interval; a hint brings it forward; passes
// never overlap; stop means no more passes. Timers are fake: no waiting in tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyncReport } from '../../../electron/services/sync/report';
import { emptyReport } from '../../../electron/services/sync/report';
import type { Timers } from '../../../electron/services/sync/scheduler';
import { SyncScheduler, watchShare } from '../../../electron/services/sync/scheduler';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private pending = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Move the clock, firing due timers in order (and letting the passes they start finish). */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
      await settle();
    }
    this.now = end;
  }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function counter() {
  let runs = 0;
  let release: (() => void) | undefined;
  let hold = false;
  return {
    get runs() {
      return runs;
    },
    holdNext() {
      hold = true;
    },
    release() {
      release?.();
    },
    run: async (): Promise<SyncReport> => {
      runs++;
      if (hold) {
        hold = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return emptyReport('01ARZ3NDEKTSV4RRFFQ69G5FAV', new Date(0).toISOString());
    },
  };
}

describe('SyncScheduler', () => {
  it('syncs at start and then once per interval, until stopped', async () => {
    const timers = new FakeTimers();
    const passes = counter();
    const scheduler = new SyncScheduler({ run: passes.run, intervalMs: 30_000, timers });
    scheduler.start();
    await settle();
    assert.equal(passes.runs, 1);
    await timers.advance(29_000);
    assert.equal(passes.runs, 1);
    await timers.advance(1_000);
    assert.equal(passes.runs, 2);
    await timers.advance(90_000);
    assert.equal(passes.runs, 5);
    scheduler.stop();
    await timers.advance(300_000);
    assert.equal(passes.runs, 5);
  });

  it('a change hint brings the next pass forward', async () => {
    const timers = new FakeTimers();
    const passes = counter();
    let hint: (() => void) | undefined;
    let watching = true;
    const scheduler = new SyncScheduler({
      run: passes.run,
      intervalMs: 60_000,
      hintDelayMs: 500,
      timers,
      watch: (onHint) => {
        hint = onHint;
        return () => (watching = false);
      },
    });
    scheduler.start();
    await settle();
    hint?.();
    hint?.();
    await timers.advance(500);
    assert.equal(passes.runs, 2, 'a burst of hints makes one pass');
    scheduler.stop();
    assert.equal(watching, false);
  });

  it('never runs two passes at once; a request during a pass queues one more', async () => {
    const timers = new FakeTimers();
    const passes = counter();
    const scheduler = new SyncScheduler({ run: passes.run, intervalMs: 60_000, timers });
    passes.holdNext();
    scheduler.start();
    await settle();
    assert.equal(scheduler.isRunning, true);
    void scheduler.syncNow();
    void scheduler.syncNow();
    assert.equal(passes.runs, 1);
    passes.release();
    await settle();
    await settle();
    assert.equal(passes.runs, 2, 'exactly one more pass followed');
    scheduler.stop();
  });

  it('watching is only a hint: a share that cannot be watched gives no watcher and no error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qalam-watch-'));
    try {
      assert.equal(watchShare(join(dir, 'unmounted'))(() => undefined), undefined);
      await mkdir(join(dir, 'qalam'));
      const stop = watchShare(dir)(() => undefined);
      assert.equal(typeof stop, 'function');
      stop?.();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
