// What the library does with several articles at once: move them to the trash, change
// their status, export them into a folder (the export dialog's batch tab, opened with
// the selection ticked). A toolbar, so it is one Tab stop away and says what it is for.
import { useState } from 'react';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import { STATUSES, type Status } from '../../electron/common/document/types';
import type { ExportDefaults } from '../../electron/common/export-options';
import { BatchExportButton } from '../export/ExportLauncher';
import { useLang, useT } from '../i18n';
import { libraryText, type LibraryKey } from './strings';

interface Props {
  api: Api;
  ids: string[];
  digits: DigitStyle;
  exportDefaults: ExportDefaults | undefined;
  onRememberExport(defaults: ExportDefaults): void;
  onTrash(ids: string[]): void;
  onStatus(ids: string[], status: Status): void;
  onClear(): void;
}

export function SelectionBar({ api, ids, digits, exportDefaults, onRememberExport, onTrash, onStatus, onClear }: Props) {
  const tr = useT();
  const lang = useLang();
  const lt = (key: LibraryKey, vars?: Record<string, string>) => libraryText(lang, key, vars);
  const [status, setStatus] = useState<Status | ''>('');
  return (
    <div
      className="selection-bar"
      role="toolbar"
      aria-label={lt('selection')}
      data-qalam="selection-bar"
      onKeyDown={(e) => {
        // Escape clears the selection here too, as in the list, and keeps the keyboard in
        // the library: on the first selected row, since the bar goes with the selection.
        // Not from the export dialog opened here, which closes itself on Escape.
        if (e.key !== 'Escape' || (e.target instanceof Element && e.target.closest('[role="dialog"]'))) return;
        e.preventDefault();
        document.querySelector<HTMLElement>(`[data-qalam="library-item"][data-id="${CSS.escape(ids[0] ?? '')}"]`)?.focus();
        onClear();
      }}
    >
      <span className="selection-count" role="status" data-qalam="selection-count">
        {lt('selectedCount', { n: formatNumber(ids.length, digits) })}
      </span>
      <button type="button" className="quiet small" data-qalam="trash-selected" onClick={() => onTrash(ids)}>
        {lt('trashSelected')}
      </button>
      {/* A choice, then a button: arrowing through a closed <select> fires a change per
          step, and each would rewrite the status of every selected article. */}
      <select className="small" aria-label={lt('setStatusSelected')} data-qalam="status-selected" value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
        <option value="">{lt('chooseStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {tr(`status.${s}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="quiet small"
        data-qalam="apply-status"
        aria-label={lt('applyStatusNamed', { status: status ? tr(`status.${status}`) : '…' })}
        disabled={!status}
        onClick={() => {
          if (!status) return;
          onStatus(ids, status);
          setStatus('');
        }}
      >
        {lt('applyStatus')}
      </button>
      <BatchExportButton api={api} ids={ids} remembered={exportDefaults} chromeDigits={digits} onRemember={onRememberExport} />
      <button type="button" className="quiet small" data-qalam="clear-selection" onClick={onClear}>
        {lt('clearSelection')}
      </button>
    </div>
  );
}
