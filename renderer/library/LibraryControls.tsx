// Sort and filters over the list, and the switch between the library and the trash.
import { textLang } from '../../electron/common/arabic/script';
import type { Sort } from '../../electron/common/contract';
import { STATUSES, type Status } from '../../electron/common/document/types';
import { useT } from '../i18n';

export interface ListView {
  sort: Sort;
  status: Status | '';
  section: string;
  tag: string;
  trash: boolean;
}

export const DEFAULT_VIEW: ListView = { sort: 'updated', status: '', section: '', tag: '', trash: false };

interface Props {
  view: ListView;
  sections: readonly string[];
  tags: readonly string[];
  onChange(view: ListView): void;
}

export function LibraryControls({ view, sections, tags, onChange }: Props) {
  const tr = useT();
  const set = (patch: Partial<ListView>) => onChange({ ...view, ...patch });
  return (
    <div className="library-controls" data-qalam="library-controls">
      <label>
        <span>{tr('sortBy')}</span>
        <select value={view.sort} data-qalam="sort" onChange={(e) => set({ sort: e.target.value as Sort })}>
          <option value="updated">{tr('sort.updated')}</option>
          <option value="deadline">{tr('sort.deadline')}</option>
          <option value="headline">{tr('sort.headline')}</option>
        </select>
      </label>
      <label>
        <span>{tr('status')}</span>
        <select value={view.status} data-qalam="filter-status" onChange={(e) => set({ status: e.target.value as Status | '' })}>
          <option value="">{tr('all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tr(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('section')}</span>
        <select value={view.section} data-qalam="filter-section" onChange={(e) => set({ section: e.target.value })}>
          <option value="">{tr('all')}</option>
          {sections.map((s) => (
            <option key={s} value={s} lang={textLang(s)}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('tag')}</span>
        <select value={view.tag} data-qalam="filter-tag" onChange={(e) => set({ tag: e.target.value })}>
          <option value="">{tr('all')}</option>
          {tags.map((t) => (
            <option key={t} value={t} lang={textLang(t)}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
