// What the page remembers for this screen (localStorage): hints read before the first
// paint (the look, the side panels, a folded list), never the library's data. A value
// that is missing, unreadable, or refused by the storage (full, or off) is only a hint
// lost: reads give undefined and writes give up quietly.

/** The page's storage, or undefined where there is none (Node, in unit tests). */
export function pageStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** The JSON value stored under `key`; undefined when there is none or it is not JSON. */
export function readStored(storage: Pick<Storage, 'getItem'> | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Store `value` under `key` as JSON. */
export function writeStored(storage: Pick<Storage, 'setItem'> | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Refused: the next start shows what the defaults say, that is all.
  }
}
