// When to sync: poll at an interval (inotify sees nothing on SMB/CIFS, so polling is the
// only signal that always works), plus fs.watch as a hint where the OS delivers one.
// One pass at a time; a request during a pass queues exactly one more.
import { watch } from 'node:fs';
import { join } from 'node:path';
import type { SyncReport } from './report';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A poll timer must not keep a CLI process alive on its own.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** One pass, e.g. () => syncOnce({ library, folder, device }). */
  run: () => Promise<SyncReport>;
  /** Polling interval (settings: sync interval). */
  intervalMs: number;
  /** Wait this long after a change hint before syncing, so a burst makes one pass. */
  hintDelayMs?: number;
  timers?: Timers;
  /** Starts watching; calls onHint on a change; returns a stop function. */
  watch?: (onHint: () => void) => (() => void) | undefined;
  onReport?: (report: SyncReport) => void;
  onError?: (error: unknown) => void;
}

export class SyncScheduler {
  private timer: unknown;
  private running: Promise<SyncReport | undefined> | undefined;
  private again = false;
  private started = false;
  private stopWatching: (() => void) | undefined;
  private readonly timers: Timers;
  private intervalMs: number;
  /** The last report, for a status line. */
  last: SyncReport | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.timers = options.timers ?? realTimers;
    this.intervalMs = options.intervalMs;
  }

  /** First pass now, then every interval; change hints bring the next pass forward. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopWatching = this.options.watch?.(() => this.schedule(this.options.hintDelayMs ?? 500));
    void this.syncNow();
  }

  stop(): void {
    this.started = false;
    this.again = false;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  setInterval(ms: number): void {
    this.intervalMs = ms;
    if (this.started && !this.running) this.schedule(ms);
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Run a pass now ("sync now"); during a pass, one more follows it. Resolves with
   * the report of the pass that ran (undefined when it threw). */
  syncNow(): Promise<SyncReport | undefined> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.running = this.pass();
    return this.running;
  }

  private async pass(): Promise<SyncReport | undefined> {
    let report: SyncReport | undefined;
    try {
      report = await this.options.run();
      this.last = report;
      this.options.onReport?.(report);
    } catch (e) {
      this.options.onError?.(e);
    } finally {
      this.running = undefined;
    }
    if (this.again && this.started) {
      this.again = false;
      void this.syncNow();
    } else if (this.started) {
      this.schedule(this.intervalMs);
    }
    return report;
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.syncNow();
    }, ms);
  }
}

/** fs.watch on <share>/qalam as a hint. Undefined where the OS or share cannot watch
 * (many network mounts): polling still covers them. */
export function watchShare(sharePath: string): (onHint: () => void) => (() => void) | undefined {
  return (onHint) => {
    try {
      const watcher = watch(join(sharePath, 'qalam'), { recursive: true, persistent: false }, () => onHint());
      watcher.on('error', () => watcher.close());
      return () => watcher.close();
    } catch {
      return undefined;
    }
  };
}
