// The article's details beside the text (left in RTL): status, section, byline and
// target length. Minimal for now; the library issue adds tags, slug and deadline.
import { formatNumber, toLatinDigits, type DigitStyle } from '../../electron/common/arabic/digits';
import { STATUSES, type ArticleMeta } from '../../electron/common/document/types';
import { useT } from '../i18n';
import type { EditableMeta } from '../article/patch';

interface Props {
  meta: ArticleMeta;
  sections: readonly string[];
  digits: DigitStyle;
  onChange(patch: Partial<EditableMeta>): void;
}

export function Inspector({ meta, sections, digits, onChange }: Props) {
  const tr = useT();
  const sectionChoices = meta.section && !sections.includes(meta.section) ? [meta.section, ...sections] : sections;
  return (
    <aside className="inspector" aria-label={tr('inspector')} data-qalam="inspector">
      <h2>{tr('inspector')}</h2>
      <label>
        <span>{tr('status')}</span>
        <select value={meta.status} data-qalam="status" onChange={(e) => onChange({ status: e.target.value as ArticleMeta['status'] })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tr(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('section')}</span>
        <select value={meta.section} data-qalam="section" onChange={(e) => onChange({ section: e.target.value })}>
          <option value="">{tr('noSection')}</option>
          {sectionChoices.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('byline')}</span>
        <input value={meta.byline} dir="auto" data-qalam="byline" onChange={(e) => onChange({ byline: e.target.value })} />
      </label>
      <label>
        <span>{tr('targetWords')}</span>
        {/* A text field, not type=number: that one shows only Latin digits. */}
        <input
          inputMode="numeric"
          value={meta.targetWords ? formatNumber(meta.targetWords, digits).replace(/[٬,]/g, '') : ''}
          data-qalam="target-words"
          onChange={(e) => {
            const n = Number.parseInt(toLatinDigits(e.target.value).replace(/\D/g, ''), 10);
            onChange({ targetWords: Number.isFinite(n) && n > 0 ? Math.min(n, 1_000_000) : undefined });
          }}
        />
      </label>
    </aside>
  );
}
