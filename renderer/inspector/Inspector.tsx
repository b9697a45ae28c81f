// The article's details beside the text (left in RTL): status, section, byline and
// target length. Minimal for now; the library issue adds tags, slug and deadline.
import { STATUSES, type ArticleMeta } from '../../electron/common/document/types';
import { useT } from '../i18n';
import type { EditableMeta } from '../article/patch';

interface Props {
  meta: ArticleMeta;
  sections: readonly string[];
  onChange(patch: Partial<EditableMeta>): void;
}

export function Inspector({ meta, sections, onChange }: Props) {
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
        <input
          type="number"
          min={1}
          step={50}
          value={meta.targetWords ?? ''}
          data-qalam="target-words"
          onChange={(e) => {
            const n = Number.parseInt(e.target.value, 10);
            onChange({ targetWords: Number.isFinite(n) && n > 0 ? n : undefined });
          }}
        />
      </label>
    </aside>
  );
}
