// Autosave as plain logic (no React, no DOM), so its promises can be tested with fake
// timers. The rules an editor relies on:
// - a save starts ~600 ms after the last keystroke, and never later than ~1 s after the
//   first unsaved one (continuous typing cannot hold it off);
// - one save in flight at a time; changes made meanwhile wait and go in the next one;
// - a failed save keeps its changes (merged under newer ones), says so, and is retried
//   with growing pauses, or at once when the editor asks;
// - a save the store refuses for its content (isPermanent, e.g. a 1,001-character
//   headline) is not retried: retrying cannot help until the editor changes something,
//   so it waits for the next change (or an explicit retry);
// - on page hide/unload everything unsaved leaves through a request that survives it.

export type SaveReason = 'autosave' | 'snapshot';

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown; attempt: number; retryInMs: number; permanent?: boolean };

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AutosaveOptions<P> {
  save(patch: P, reason: SaveReason): Promise<void>;
  /** Combine an older and a newer change into one (newer wins field by field). */
  merge(older: P, newer: P): P;
  /** The change that saves nothing new (for a snapshot of an unchanged article). */
  empty(): P;
  onState?(state: SaveState): void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Pauses before retries 1, 2, …; the last repeats. */
  backoffMs?: readonly number[];
  /** True for errors no retry can fix (the content itself is refused). */
  isPermanent?(error: unknown): boolean;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export class Autosaver<P> {
  private pending: P | undefined;
  private pendingReason: SaveReason = 'autosave';
  private inFlight: { patch: P; done: Promise<void> } | undefined;
  private firstChangeAt: number | undefined;
  private lastChangeAt = 0;
  private timer: unknown;
  private failures = 0;
  private state: SaveState = { kind: 'clean' };
  private disposed = false;
  private readonly timers: Timers;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly backoffMs: readonly number[];

  constructor(private readonly options: AutosaveOptions<P>) {
    this.timers = options.timers ?? realTimers;
    this.debounceMs = options.debounceMs ?? 600;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
    this.backoffMs = options.backoffMs ?? [1000, 2000, 5000, 10_000, 30_000];
  }

  get current(): SaveState {
    return this.state;
  }

  /** True while something typed is not yet acknowledged by the store. */
  get hasUnsaved(): boolean {
    return this.pending !== undefined || this.inFlight !== undefined;
  }

  change(patch: P): void {
    if (this.disposed) return;
    this.pending = this.pending === undefined ? patch : this.options.merge(this.pending, patch);
    const now = this.timers.now();
    this.lastChangeAt = now;
    this.firstChangeAt ??= now;
    // Said once: every keystroke saying "dirty" again re-rendered the shell around the
    // editor (inspector, status bar) at each key.
    if (this.state.kind === 'saved' || this.state.kind === 'clean') this.setState({ kind: 'dirty' });
    // A refused content may now be fixed: try again (a transient failure keeps its backoff).
    if (this.state.kind !== 'failed' || this.state.permanent) this.schedule();
  }

  /** Save whatever is unsaved now; resolves once all of it is stored (true) or a save failed (false). */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight.done;
    if (this.pending === undefined) return this.state.kind !== 'failed';
    await this.start();
    if (this.state.kind === 'failed') return false;
    return this.flush();
  }

  /** Ctrl+S: keep a revision now, with whatever is unsaved. */
  snapshot(): Promise<boolean> {
    this.pending ??= this.options.empty();
    this.pendingReason = 'snapshot';
    return this.flush();
  }

  /** Retry a failed save at once (the editor clicked "retry"). */
  retryNow(): Promise<boolean> {
    return this.flush();
  }

  /** The page is going away: hand everything unsaved, in-flight included (saves are
   * idempotent), to a request that outlives the page. Synchronous by necessity. */
  flushOnUnload(send: (patch: P, reason: SaveReason) => void): void {
    this.clearTimer();
    let patch = this.inFlight?.patch;
    if (this.pending !== undefined) patch = patch === undefined ? this.pending : this.options.merge(patch, this.pending);
    if (patch === undefined) return;
    send(patch, this.pendingReason);
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState?.(state);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clearTimer();
    const now = this.timers.now();
    const due = Math.min(this.lastChangeAt + this.debounceMs, (this.firstChangeAt ?? now) + this.maxWaitMs);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      // A save in flight will pick the pending change up when it finishes.
      if (!this.inFlight) void this.start();
    }, Math.max(0, due - now));
  }

  private start(): Promise<void> {
    const patch = this.pending;
    if (patch === undefined || this.disposed) return Promise.resolve();
    const reason = this.pendingReason;
    this.pending = undefined;
    this.pendingReason = 'autosave';
    this.firstChangeAt = undefined;
    this.clearTimer();
    this.setState({ kind: 'saving' });
    const done = this.options.save(patch, reason).then(
      () => {
        this.inFlight = undefined;
        this.failures = 0;
        if (this.pending !== undefined) {
          this.firstChangeAt = this.lastChangeAt;
          this.setState({ kind: 'dirty' });
          void this.start();
        } else this.setState({ kind: 'saved', at: new Date(this.timers.now()) });
      },
      (error: unknown) => {
        this.inFlight = undefined;
        // Nothing is dropped: the failed change goes back under anything newer.
        this.pending = this.pending === undefined ? patch : this.options.merge(patch, this.pending);
        if (reason === 'snapshot') this.pendingReason = 'snapshot';
        if (this.options.isPermanent?.(error)) {
          this.clearTimer();
          this.setState({ kind: 'failed', error, attempt: this.failures + 1, retryInMs: 0, permanent: true });
          return;
        }
        const retryInMs = this.backoffMs[Math.min(this.failures, this.backoffMs.length - 1)] ?? 1000;
        this.failures++;
        this.setState({ kind: 'failed', error, attempt: this.failures, retryInMs });
        if (this.disposed) return;
        this.clearTimer();
        this.timer = this.timers.setTimeout(() => {
          this.timer = undefined;
          if (!this.inFlight) void this.start();
        }, retryInMs);
      },
    );
    this.inFlight = { patch, done };
    return done;
  }
}
