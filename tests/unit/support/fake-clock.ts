// Virtual time for timer-driven code (autosave): nothing waits on the wall clock, so
// no test depends on the machine's speed.
import type { Timers } from '../../../renderer/autosave';

export const settle = (): Promise<void> => new Promise<void>((r) => setImmediate(r));

export class FakeClock implements Timers {
  private t = 0;
  private seq = 0;
  private queue = new Map<number, { at: number; fn: () => void }>();
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.seq;
    this.queue.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown) => void this.queue.delete(h as number);
  /** Run every timer due within `ms`, in order, letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await settle();
      const next = [...this.queue.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.queue.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
    await settle();
  }
}
