// The newsroom's sections: add, remove, move up and down. Every button is named for
// its section, so a screen reader says "move سياسة up", not just "up".
import { useState } from 'react';
import { textLang } from '../../electron/common/arabic/script';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { useT } from '../i18n';

const MAX_SECTIONS = 200;
const MAX_SECTION = 200;

export function SectionsEditor({ sections, digits, onChange }: { sections: string[]; digits: DigitStyle; onChange(sections: string[]): void }) {
  const tr = useT();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const move = (i: number, by: number) => {
    const next = [...sections];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  const add = () => {
    const name = draft.replace(/\s+/g, ' ').trim();
    if (!name) return;
    if (sections.includes(name)) return setProblem(tr('sectionExists'));
    if (name.length > MAX_SECTION || sections.length >= MAX_SECTIONS) return setProblem(tr('sectionTooLong'));
    setProblem(undefined);
    setDraft('');
    onChange([...sections, name]);
  };
  return (
    <fieldset className="sections-editor" data-qalam="sections">
      <legend>{tr('sections')}</legend>
      <ol style={{ listStyleType: digits === 'arab' ? 'arabic-indic' : 'decimal' }}>
        {sections.map((s, i) => (
          <li key={s} data-qalam="section-row">
            <span dir="auto" lang={textLang(s)}>
              {s}
            </span>
            <span className="row-actions">
              <button type="button" className="quiet small" disabled={i === 0} aria-label={tr('moveUpNamed', { name: s })} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className="quiet small" disabled={i === sections.length - 1} aria-label={tr('moveDownNamed', { name: s })} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" className="quiet small" data-qalam="remove-section" aria-label={tr('removeNamed', { name: s })} onClick={() => onChange(sections.filter((x) => x !== s))}>
                {tr('remove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="add-row">
        <input
          value={draft}
          dir="auto"
          aria-label={tr('newSection')}
          placeholder={tr('newSection')}
          data-qalam="new-section"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="quiet" data-qalam="add-section" onClick={add}>
          {tr('add')}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
