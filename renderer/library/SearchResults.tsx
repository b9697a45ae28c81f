// Search hits as links, the matching words marked. The snippet arrives as segments and
// is rendered as text and <mark>: nothing from an article ever becomes HTML.
import { memo, type KeyboardEvent } from 'react';
import { textLang } from '../../electron/common/arabic/script';
import type { SearchHit, Snippet } from '../../electron/common/contract';
import { useT } from '../i18n';
import { articleHref } from '../router';

interface Props {
  hits: SearchHit[];
  openId: string | undefined;
  /** Arrow up from the first hit goes back to the search box; Escape clears. */
  onLeaveTop(): void;
  onEscape(): void;
}

/** Arrow keys move between the hits (and back to the box); Enter follows the link. */
export function moveFocus(e: KeyboardEvent<HTMLElement>, onLeaveTop: () => void, onEscape: () => void): void {
  const links = [...(e.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-qalam="search-hit"]'))];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    links[Math.min(at + 1, links.length - 1)]?.focus();
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (at <= 0) onLeaveTop();
    else links[at - 1]?.focus();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    onEscape();
  }
}

/** Text and <mark> segments: nothing from an article ever becomes HTML. Plain runs are
 * bare text nodes (no <span> each): fewer nodes to create, style and lay out. */
function Marked({ parts }: { parts: Snippet }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

interface HitProps {
  hit: SearchHit;
  current: boolean;
  untitled: string;
}

/** One hit. Memoized: a keystroke re-renders the panel, not the rows already shown. */
const Hit = memo(function Hit({ hit, current, untitled }: HitProps) {
  return (
    <li>
      <a href={articleHref(hit.id)} className="library-item" data-qalam="search-hit" data-id={hit.id} aria-current={current ? 'page' : undefined}>
        {hit.kicker && (
          <span className="kicker" dir="auto" lang={textLang(hit.kicker)}>
            <Marked parts={hit.kickerMarks} />
          </span>
        )}
        <span className="headline" dir="auto" lang={textLang(hit.headline || untitled)} data-qalam="hit-headline">
          {hit.headline ? <Marked parts={hit.headlineMarks} /> : untitled}
        </span>
        <span className="snippet" dir="auto" lang={textLang(hit.snippet.map((part) => part.text).join(''))} data-qalam="snippet">
          <Marked parts={hit.snippet} />
        </span>
      </a>
    </li>
  );
});

export const SearchResults = memo(function SearchResults({ hits, openId, onLeaveTop, onEscape }: Props) {
  const tr = useT();
  return (
    <ul className="library-list search-results" data-qalam="search-results" aria-label={tr('searchResults')} onKeyDown={(e) => moveFocus(e, onLeaveTop, onEscape)}>
      {hits.map((hit) => (
        <Hit key={hit.id} hit={hit} current={hit.id === openId} untitled={tr('untitled')} />
      ))}
    </ul>
  );
});
