// Search as you type. No timer: a keystroke asks at once when nothing is in flight;
// while a search is in flight, keystrokes only note the newest query, which is asked
// as soon as the answer arrives (so a fast typist makes one request per answer, not
// one per letter). An answer for anything but the newest query is never shown.
//
// The request leaves from the input's own event handler (`ask`), not from an effect
// after React has rendered the keystroke: the render no longer sits between the key and
// the request (measured: about 2 ms of each keystroke in tests/bench/library.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Api, SearchHit } from '../../electron/common/contract';

/** Hits asked for per keystroke: a screenful and then some; snippets cost per hit. */
export const SEARCH_LIMIT = 20;

export interface SearchState {
  hits: SearchHit[] | undefined;
  /** The query the shown hits belong to (tests and the bench wait on it). */
  answered: string | undefined;
  error: unknown;
}

const NOTHING: SearchState = { hits: undefined, answered: undefined, error: undefined };

export function useSearch(api: Api): SearchState & { ask(query: string): void } {
  const [state, setState] = useState<SearchState>(NOTHING);
  const wanted = useRef('');
  const inFlight = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const ask = useCallback(
    (query: string) => {
      wanted.current = query;
      if (query.trim() === '') {
        setState(NOTHING);
        return;
      }
      if (inFlight.current) return; // asked when the current answer lands
      const send = (q: string) => {
        inFlight.current = true;
        const settle = (next: SearchState) => {
          inFlight.current = false;
          if (!alive.current) return;
          const newest = wanted.current;
          // Rendered at once, not on the scheduler's next task: the answer is what the
          // editor is waiting to see, and nothing else is queued behind a keystroke.
          if (newest === q) flushSync(() => setState(next));
          else if (newest.trim() !== '') send(newest);
        };
        api.articles.search({ query: q, limit: SEARCH_LIMIT }).then(
          (hits) => settle({ hits, answered: q, error: undefined }),
          (error: unknown) => settle({ hits: undefined, answered: q, error }),
        );
      };
      send(query);
    },
    [api],
  );
  return { ...state, ask };
}
