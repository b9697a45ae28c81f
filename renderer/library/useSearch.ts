// Search as you type. No timer: a keystroke asks at once when nothing is in flight;
// while a search is in flight, keystrokes only note the newest query, which is asked
// as soon as the answer arrives (so a fast typist makes one request per answer, not
// one per letter). An answer for anything but the newest query is never shown.
import { useEffect, useRef, useState } from 'react';
import type { Api, SearchHit } from '../../electron/common/contract';

/** Hits asked for per keystroke: a screenful and then some; snippets cost per hit. */
export const SEARCH_LIMIT = 20;

export interface SearchState {
  hits: SearchHit[] | undefined;
  /** The query the shown hits belong to (tests and the bench wait on it). */
  answered: string | undefined;
  error: unknown;
}

export function useSearch(api: Api, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ hits: undefined, answered: undefined, error: undefined });
  const wanted = useRef(query);
  const inFlight = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    wanted.current = query;
    if (query.trim() === '') {
      setState({ hits: undefined, answered: undefined, error: undefined });
      return;
    }
    if (inFlight.current) return; // asked when the current answer lands
    const ask = (q: string) => {
      inFlight.current = true;
      const settle = (next: SearchState | undefined) => {
        inFlight.current = false;
        if (!alive.current) return;
        const newest = wanted.current;
        if (newest === q) {
          if (next) setState(next);
        } else if (newest.trim() !== '') ask(newest);
      };
      api.articles.search({ query: q, limit: SEARCH_LIMIT }).then(
        (hits) => settle({ hits, answered: q, error: undefined }),
        (error: unknown) => settle({ hits: undefined, answered: q, error }),
      );
    };
    ask(query);
  }, [api, query]);
  return state;
}
