// Tags as chips: type and press Enter (or a comma) to add, with completion from the
// tags the library already uses (a <datalist>, so the browser's own keyboard handling
// applies); each chip's ✕ is a button named for its tag.
import { useState } from 'react';
import { textLang } from '../../electron/common/arabic/script';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { useLang, useT } from '../i18n';
import { limitMessage } from './invalid';

export const MAX_TAGS = 100;
export const MAX_TAG_LENGTH = 100;

interface Props {
  tags: string[];
  known: readonly string[];
  digits: DigitStyle;
  onChange(tags: string[]): void;
}

export function TagsField({ tags, known, digits, onChange }: Props) {
  const tr = useT();
  const lang = useLang();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = (raw: string) => {
    const tag = raw.replace(/[،,]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!tag) return;
    if (tag.length > MAX_TAG_LENGTH) return setProblem(limitMessage('tags', MAX_TAG_LENGTH, 'string', lang, digits));
    if (tags.length >= MAX_TAGS && !tags.includes(tag)) return setProblem(limitMessage('tags', MAX_TAGS, 'array', lang, digits));
    setProblem(undefined);
    setDraft('');
    if (!tags.includes(tag)) onChange([...tags, tag]);
  };
  const suggestions = known.filter((k) => !tags.includes(k));
  return (
    <div className="field tags-field" data-qalam="tags">
      <label htmlFor="qalam-tag-input">
        <span>{tr('tags')}</span>
      </label>
      <ul className="chips" aria-label={tr('tags')}>
        {tags.map((tag) => (
          <li key={tag} className="chip" data-qalam="tag-chip">
            <span dir="auto" lang={textLang(tag)}>
              {tag}
            </span>
            <button type="button" className="chip-remove" aria-label={tr('removeTag', { tag })} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="qalam-tag-input"
        list="qalam-known-tags"
        dir={draft ? 'auto' : undefined}
        value={draft}
        placeholder={tr('addTag')}
        data-qalam="tag-input"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'qalam-tag-problem' : undefined}
        onChange={(e) => {
          // Picking from the datalist or typing "،" finishes a tag.
          const value = e.target.value;
          if (/[،,]$/.test(value) || (suggestions.includes(value) && (e.nativeEvent as InputEvent).inputType === 'insertReplacementText')) add(value);
          else setDraft(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) onChange(tags.slice(0, -1));
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id="qalam-known-tags">
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {problem && (
        <p className="field-error" id="qalam-tag-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
