// Hash routes, the same in the web host and the desktop app (deep links):
//   #/                 the library
//   #/article/<id>     that article open in the editor
//   #/article/<id>/history   its revisions (read-only views, diffs, restore)
//   #/settings         the settings page
import { useEffect, useState } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'article'; id: string }
  | { view: 'history'; id: string }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  if (hash === '#/settings') return { view: 'settings' };
  const history = /^#\/article\/([0-9A-HJKMNP-TV-Z]{26})\/history$/.exec(hash);
  if (history) return { view: 'history', id: history[1]! };
  const match = /^#\/article\/([0-9A-HJKMNP-TV-Z]{26})\/?$/.exec(hash);
  return match ? { view: 'article', id: match[1]! } : { view: 'library' };
}

export const articleHref = (id: string): string => `#/article/${id}`;

export function navigate(route: Route): void {
  window.location.hash =
    route.view === 'article'
      ? articleHref(route.id)
      : route.view === 'history'
        ? `${articleHref(route.id)}/history`
        : route.view === 'settings'
          ? '#/settings'
          : '#/';
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
