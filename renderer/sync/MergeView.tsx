// A merged version of a conflict, built block by block from both versions (and what they
// started from): what only one desk changed is already in; each stretch both changed is
// shown side by side with a choice — mine, theirs, or both. Figures, tables, links and
// marks travel with their blocks, so nothing either desk wrote is flattened to text.
import { useId, useMemo, useState } from 'react';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Block } from '../../electron/common/document/types';
import {
  applyChoices,
  conflictHunks,
  mergeArticles,
  type EditableMeta,
  type HunkChoice,
  type MergedMetaField,
  type MetaConflict,
} from '../../electron/common/merge/article';
import { blocksToText } from '../../electron/common/serialize/text';
import type { ConflictDetail } from '../../electron/common/sync';
import { t, useLang, type MessageKey } from '../i18n';
import type { Lang } from '../../electron/common/errors';
import { countOf } from './format';
import { st } from './strings';

export interface MergedVersion {
  meta: EditableMeta;
  body: Block[];
}

/** A field's name as the inspector and the editor call it (the article's language has
 * no control of its own there, so its name is the merge view's). */
function fieldLabel(lang: Lang, field: MergedMetaField): string {
  return field === 'language' ? st(lang, 'fieldLanguage') : t(lang, field);
}

export function MergeView(props: { conflict: ConflictDetail; digits: DigitStyle; busy: boolean; onCancel(): void; onSave(merged: MergedVersion): void }) {
  const { conflict, digits, busy, onCancel, onSave } = props;
  const lang = useLang();
  const merge = useMemo(() => mergeArticles(conflict.base, conflict.mine, conflict.theirs), [conflict]);
  const hunks = conflictHunks(merge);
  const [metaChoice, setMetaChoice] = useState<Partial<Record<MergedMetaField, 'mine' | 'theirs'>>>({});
  const [hunkChoice, setHunkChoice] = useState<HunkChoice[]>(() => hunks.map(() => 'mine'));
  const dir = conflict.mine.meta.language.startsWith('ar') ? 'rtl' : 'auto';
  const open = hunks.length + merge.metaConflicts.length;
  const num = (n: number) => formatNumber(n, digits);
  const summary = !merge.threeWay ? st(lang, 'mergeNoBase') : open === 0 ? st(lang, 'mergeClean') : st(lang, 'mergeOpen', { places: countOf(open, 'places', lang, digits) });

  return (
    <form
      className="merge-view"
      data-qalam="merge-view"
      data-open={open}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(applyChoices(merge, { meta: metaChoice, hunks: hunkChoice }));
      }}
    >
      <h3>{st(lang, 'mergedTitle')}</h3>
      <p className="sync-message" role="note" data-qalam="merge-summary">
        {summary}
      </p>
      {merge.metaConflicts.map((c) => (
        <Choice
          key={c.field}
          qalam={`merge-field-${c.field}`}
          legend={fieldLabel(lang, c.field)}
          name={`merge-${c.field}`}
          dir={dir}
          options={[
            { value: 'mine', label: st(lang, 'mine'), text: fieldText(c, 'mine', lang, digits) },
            { value: 'theirs', label: st(lang, 'theirs'), text: fieldText(c, 'theirs', lang, digits) },
          ]}
          value={metaChoice[c.field] ?? 'mine'}
          onChange={(v) => setMetaChoice((m) => ({ ...m, [c.field]: v as 'mine' | 'theirs' }))}
        />
      ))}
      {hunks.map((h, i) => (
        <Choice
          key={i}
          qalam="merge-hunk"
          legend={st(lang, 'mergeHunk', { n: num(i + 1), of: num(hunks.length) })}
          name={`merge-hunk-${i}`}
          dir={dir}
          options={[
            { value: 'mine', label: st(lang, 'mine'), text: blocksToText(h.mine) || st(lang, 'mergeNothing') },
            { value: 'theirs', label: st(lang, 'theirs'), text: blocksToText(h.theirs) || st(lang, 'mergeNothing') },
            { value: 'both', label: st(lang, 'mergeBoth'), text: '' },
          ]}
          value={hunkChoice[i] ?? 'mine'}
          onChange={(v) => setHunkChoice((list) => list.map((c, j) => (j === i ? (v as HunkChoice) : c)))}
        />
      ))}
      <div className="sync-actions">
        <button type="submit" className="primary" disabled={busy} data-qalam="save-merged">
          {st(lang, 'saveMerged')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {st(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}

function fieldText(c: MetaConflict, side: 'mine' | 'theirs', lang: Lang, digits: DigitStyle): string {
  const v = c[side];
  if (v === undefined || v === '') return '—';
  if (c.field === 'status') return t(lang, `status.${String(v)}` as MessageKey);
  if (typeof v === 'number') return formatNumber(v, digits);
  if (c.field === 'deadline') return new Date(String(v)).toLocaleString(lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', numberingSystem: digits });
  return Array.isArray(v) ? v.join(lang === 'ar' ? '، ' : ', ') : String(v);
}

function Choice(props: {
  qalam: string;
  legend: string;
  name: string;
  dir: string;
  options: { value: string; label: string; text: string }[];
  value: string;
  onChange(value: string): void;
}) {
  const { qalam, legend, name, dir, options, value, onChange } = props;
  const id = useId();
  return (
    <fieldset className="merge-choice" data-qalam={qalam}>
      <legend>{legend}</legend>
      <div className="merge-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'chosen' : undefined} data-choice={o.value}>
            <span className="merge-option-head">
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={o.value === value}
                onChange={() => onChange(o.value)}
                aria-label={o.label}
                aria-describedby={o.text ? `${id}-${o.value}` : undefined}
              />
              {o.label}
            </span>
            {o.text && (
              <span className="merge-option-text" dir={dir} id={`${id}-${o.value}`}>
                {o.text}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
