// Stand-ins for the few Electron objects each main-process module touches. Main code
// takes these through its deps, so the tests need no Electron binary.
import { CHANNELS, type Handlers } from '../../../electron/common/contract';

type Listener = (...args: never[]) => unknown;

/** Records listeners by event name and lets a test emit to them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export function preventable(url = ''): { url: string; prevented: boolean; preventDefault(): void } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

/** Handlers that record each call and echo it, for every channel of the contract. A test
 * double: it answers every channel with the same shape, which Handlers cannot express. */
export function recordingHandlers(): { handlers: Handlers; calls: { channel: string; request: unknown }[] } {
  const calls: { channel: string; request: unknown }[] = [];
  const entries = CHANNELS.map((channel) => [
    channel,
    async (request: unknown) => {
      calls.push({ channel, request });
      return { echoed: channel };
    },
  ]);
  return { handlers: Object.fromEntries(entries) as unknown as Handlers, calls };
}

/** A real ULID-shaped id (Crockford base32, 26 characters). */
export const ARTICLE_ID = '01JF8Z3K4M5N6P7Q8R9S0T1V2W';
