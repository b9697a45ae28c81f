// Hash routes, the same in the web host and the desktop app (deep links):
//   #/                 the library
//   #/article/<id>     that article open in the editor
import { useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'article'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([0-9A-HJKMNP-TV-Z]{26})\/?$/.exec(hash);
  return match ? { view: 'article', id: match[1]! } : { view: 'library' };
}

export const articleHref = (id: string): string => `#/article/${id}`;

export function navigate(route: Route): void {
  window.location.hash = route.view === 'article' ? articleHref(route.id) : '#/';
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
