// Kicker, headline and standfirst, edited in place above the body as plain fields in
// the article's direction and face (not the UI's): an English UI still writes Arabic.
import type { KeyboardEvent } from 'react';
import type { ArticleMeta } from '../../electron/common/document/types';
import { useT } from '../i18n';
import type { EditableMeta } from './patch';

interface Props {
  meta: Pick<ArticleMeta, 'kicker' | 'headline' | 'standfirst'>;
  onChange(patch: Partial<EditableMeta>): void;
  /** A new, empty article starts with the caret in the headline. */
  autoFocusHeadline?: boolean;
}

/** Headlines and kickers are one line: Enter must not slip a newline into them. */
const noNewline = (e: KeyboardEvent) => {
  if (e.key === 'Enter') e.preventDefault();
};

export function HeaderFields({ meta, onChange, autoFocusHeadline = false }: Props) {
  const tr = useT();
  return (
    <header className="article-header">
      <input
        className="kicker-field"
        data-qalam="kicker"
        aria-label={tr('kicker')}
        placeholder={tr('kickerPlaceholder')}
        value={meta.kicker}
        onChange={(e) => onChange({ kicker: e.target.value })}
      />
      <textarea
        className="headline-field"
        data-qalam="headline"
        aria-label={tr('headline')}
        placeholder={tr('headlinePlaceholder')}
        rows={1}
        autoFocus={autoFocusHeadline}
        value={meta.headline}
        onKeyDown={noNewline}
        onChange={(e) => onChange({ headline: e.target.value.replace(/[\r\n]+/g, ' ') })}
      />
      <textarea
        className="standfirst-field"
        data-qalam="standfirst"
        aria-label={tr('standfirst')}
        placeholder={tr('standfirstPlaceholder')}
        rows={2}
        value={meta.standfirst}
        onChange={(e) => onChange({ standfirst: e.target.value })}
      />
    </header>
  );
}
