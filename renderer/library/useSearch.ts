// Search as you type: a light debounce, and only the newest query's answer is shown
// (an older, slower answer arriving late is dropped).
import { useEffect, useRef, useState } from 'react';
import type { Api, SearchHit } from '../../electron/common/contract';

export const SEARCH_DEBOUNCE_MS = 60;

export function useSearch(api: Api, query: string): { hits: SearchHit[] | undefined; error: unknown } {
  const [hits, setHits] = useState<SearchHit[]>();
  const [error, setError] = useState<unknown>();
  const latest = useRef(0);
  useEffect(() => {
    const asked = ++latest.current;
    if (query.trim() === '') {
      setHits(undefined);
      setError(undefined);
      return;
    }
    const timer = setTimeout(() => {
      api.articles.search({ query, limit: 50 }).then(
        (found) => {
          if (asked !== latest.current) return;
          setHits(found);
          setError(undefined);
        },
        (e: unknown) => asked === latest.current && setError(e),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query]);
  return { hits, error };
}
