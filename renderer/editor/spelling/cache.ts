// What the renderer knows about words: a verdict per word (in its spellingKey form),
// asked of the spelling service in batches. Decorating a block only reads this map;
// a word not seen before is queued and counts as right until the answer comes, so a
// keystroke never waits for the service. One cache per API for the page's life, so
// "ignore" lasts for this session and every article shares what is known.
import { MAX_CHECK_WORDS } from '../../../electron/common/spelling';

export interface SpellingApi {
  check(words: string[]): Promise<string[]>;
  suggest(word: string): Promise<string[]>;
  add(word: string): Promise<void>;
}

type Verdict = 'ok' | 'bad';

/** After the last new word, wait this long before asking (typing adds a word a key). */
export const CHECK_DELAY_MS = 250;
/** Forget verdicts beyond this many words (they are asked again when seen). */
const MAX_KNOWN = 100_000;

export class SpellingCache {
  private readonly verdicts = new Map<string, Verdict>();
  /** Added to the personal dictionary or ignored here: right whatever the service said. */
  private readonly accepted = new Set<string>();
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Changes whenever a verdict arrives or a word is accepted (decorations depend on it). */
  version = 0;
  /** Changes only when a word is accepted (a verdict turned from bad to ok). */
  acceptedVersion = 0;

  constructor(private readonly api: SpellingApi) {}

  /** The verdict for a word, or undefined (and the word queued) when not known yet. */
  verdict(key: string): Verdict | undefined {
    if (this.accepted.has(key)) return 'ok';
    const known = this.verdicts.get(key);
    if (known) return known;
    if (!this.inFlight.has(key)) {
      this.queued.add(key);
      this.schedule();
    }
    return undefined;
  }

  isBad(key: string): boolean {
    return !this.accepted.has(key) && this.verdicts.get(key) === 'bad';
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(accepted: boolean): void {
    this.version++;
    if (accepted) this.acceptedVersion++;
    for (const listener of this.listeners) listener();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, CHECK_DELAY_MS);
  }

  /** Ask about every queued word now (batches within the contract's limit). */
  async flush(): Promise<void> {
    const words = [...this.queued];
    this.queued.clear();
    for (let i = 0; i < words.length; i += MAX_CHECK_WORDS) {
      const batch = words.slice(i, i + MAX_CHECK_WORDS);
      for (const w of batch) this.inFlight.add(w);
      try {
        const bad = new Set(await this.api.check(batch));
        if (this.verdicts.size + batch.length > MAX_KNOWN) this.verdicts.clear();
        for (const w of batch) this.verdicts.set(w, bad.has(w) ? 'bad' : 'ok');
        this.changed(false);
      } catch {
        // The service is unavailable (or refused): no underlines rather than wrong ones;
        // the words are asked again when next seen.
      } finally {
        for (const w of batch) this.inFlight.delete(w);
      }
    }
  }

  suggest(key: string): Promise<string[]> {
    return this.api.suggest(key);
  }

  /** Into the library's personal dictionary (kept across restarts). */
  async add(key: string): Promise<void> {
    await this.api.add(key);
    this.accepted.add(key);
    this.changed(true);
  }

  /** Right for the rest of this session only. */
  ignore(key: string): void {
    this.accepted.add(key);
    this.changed(true);
  }

  /** Ask again about every word known here (the dictionaries changed under us: another
   * desk's words arrived or left). Verdicts stay until the new ones come, so nothing
   * flickers; words accepted in this page stay accepted. */
  async recheck(): Promise<void> {
    const before = new Map(this.verdicts);
    for (const w of before.keys()) if (!this.inFlight.has(w)) this.queued.add(w);
    await this.flush();
    // Blocks are worked out again only when they change or wait for an answer: a word
    // that turned right or wrong here must reach blocks that wait for nothing.
    if ([...before].some(([w, v]) => this.verdicts.has(w) && this.verdicts.get(w) !== v)) this.changed(true);
  }

  /** Taken out of the personal dictionary: asked about afresh. */
  forget(key: string): void {
    this.accepted.delete(key);
    this.verdicts.delete(key);
    this.changed(true);
  }
}

const caches = new WeakMap<SpellingApi, SpellingCache>();
const live = new Set<WeakRef<SpellingCache>>();

export function spellingCacheFor(api: SpellingApi): SpellingCache {
  let cache = caches.get(api);
  if (!cache) {
    caches.set(api, (cache = new SpellingCache(api)));
    live.add(new WeakRef(cache));
  }
  return cache;
}

/** The other desks' words changed (sync): every cache of this page asks again. */
export function recheckAllWords(): void {
  for (const ref of live) {
    const cache = ref.deref();
    if (cache) void cache.recheck();
    else live.delete(ref);
  }
}

/** A word removed from the personal dictionary (the settings page): every cache of
 * this page asks about it again. */
export function forgetAccepted(key: string): void {
  for (const ref of live) {
    const cache = ref.deref();
    if (cache) cache.forget(key);
    else live.delete(ref);
  }
}
