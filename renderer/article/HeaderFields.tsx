// Kicker, headline and standfirst, edited in place above the body as plain fields in
// the article's direction and face (not the UI's): an English UI still writes Arabic.
import type { KeyboardEvent, ReactElement } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { ArticleMeta } from '../../electron/common/document/types';
import { useLang, useT } from '../i18n';
import type { SpellingApi } from '../editor/spelling/cache';
import { useFieldSpelling } from '../editor/spelling/fields';
import { defaultDigits } from '../editor/strings';
import type { EditableMeta } from './patch';

interface Props {
  meta: Pick<ArticleMeta, 'kicker' | 'headline' | 'standfirst'>;
  onChange(patch: Partial<EditableMeta>): void;
  /** A new, empty article starts with the caret in the headline. */
  autoFocusHeadline?: boolean;
  /** Qalam's spellchecker, as the body uses it; none or spellcheck false: no underlines. */
  spelling?: SpellingApi;
  spellcheck?: boolean;
  /** The chrome's digits, for the count in a field's tidy report. */
  digits?: DigitStyle;
}

/** Headlines and kickers are one line: Enter must not slip a newline into them. */
const noNewline = (e: KeyboardEvent) => {
  if (e.key === 'Enter') e.preventDefault();
};

export function HeaderFields({ meta, onChange, autoFocusHeadline = false, spelling, spellcheck = true, digits }: Props) {
  const tr = useT();
  const lang = useLang();
  const spell = useFieldSpelling(spelling, spellcheck, lang, digits ?? defaultDigits(lang));
  // Each field sits over a mirror of its text that shows the spelling underlines.
  const spelled = (text: string, className: string, field: ReactElement) =>
    spell.enabled ? (
      <div className="spelled-field">
        {spell.mirror(text, className)}
        {field}
      </div>
    ) : (
      field
    );
  return (
    // A field's tidy report stays until the next key in the fields.
    <header className="article-header" onKeyDown={spell.clearNotice}>
      {spelled(meta.kicker, 'kicker-field', <input
        {...spell.fieldProps(meta.kicker)}
        spellCheck={false}
        className="kicker-field"
        data-qalam="kicker"
        aria-label={tr('kicker')}
        placeholder={tr('kickerPlaceholder')}
        value={meta.kicker}
        onChange={(e) => onChange({ kicker: e.target.value })}
      />)}
      {spelled(meta.headline, 'headline-field', <textarea
        {...spell.fieldProps(meta.headline)}
        spellCheck={false}
        className="headline-field"
        data-qalam="headline"
        aria-label={tr('headline')}
        placeholder={tr('headlinePlaceholder')}
        rows={1}
        autoFocus={autoFocusHeadline}
        value={meta.headline}
        onKeyDown={noNewline}
        onChange={(e) => onChange({ headline: e.target.value.replace(/[\r\n]+/g, ' ') })}
      />)}
      {spelled(meta.standfirst, 'standfirst-field', <textarea
        {...spell.fieldProps(meta.standfirst)}
        spellCheck={false}
        className="standfirst-field"
        data-qalam="standfirst"
        aria-label={tr('standfirst')}
        placeholder={tr('standfirstPlaceholder')}
        rows={2}
        value={meta.standfirst}
        onChange={(e) => onChange({ standfirst: e.target.value })}
      />)}
      {spell.notice}
      {spell.menu}
    </header>
  );
}
