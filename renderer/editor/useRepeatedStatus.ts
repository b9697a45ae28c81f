// A report for a role=status live region that a screen reader hears each time it is
// made, even in the same words as the last: a live region speaks when its text changes,
// so a second tidy of a clean article («لا يحتاج النص إلى تنقيح» again) would be silent.
// Each report empties the region first and fills it a moment later, once the empty text
// has reached the accessibility tree (Chromium sends it a frame's changes together:
// emptied and refilled in one frame reads as no change at all).
import { useCallback, useEffect, useRef, useState } from 'react';

const REFILL_MS = 100;

export interface RepeatedStatus<T> {
  /** What the region shows now (null: nothing). */
  value: T | null;
  /** Report `next`: emptied now, shown in REFILL_MS. */
  report(next: T): void;
  /** Take the report away (and any on its way). Cheap when there is none. */
  clear(): void;
}

export function useRepeatedStatus<T>(): RepeatedStatus<T> {
  const [value, setValue] = useState<T | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const live = useRef(false);
  live.current = value !== null || timer.current !== undefined;

  const stop = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => stop, []);

  const report = useCallback((next: T) => {
    stop();
    live.current = true;
    setValue(null);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setValue(next);
    }, REFILL_MS);
  }, []);

  const clear = useCallback(() => {
    if (!live.current) return;
    stop();
    live.current = false;
    setValue(null);
  }, []);

  return { value, report, clear };
}
