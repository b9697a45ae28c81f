// The export entry points: a button in the top bar while an article is open, and the
// `article.export` menu command in the app. Opens the dialog for the open article.
import { useCallback, useEffect, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import type { ExportDefaults } from '../../electron/common/export-options';
import { useLang } from '../i18n';
import { MENU_EVENT, useMenuCommands } from '../menu';
import { ExportDialog } from './ExportDialog';
import { exportText } from './strings';

interface Props {
  api: Api;
  /** The open article; no button without one. */
  id: string | undefined;
  remembered: ExportDefaults | undefined;
  chromeDigits: DigitStyle;
  onRemember(defaults: ExportDefaults): void;
}

export function ExportLauncher({ api, id, remembered, chromeDigits, onRemember }: Props) {
  const lang = useLang();
  const [open, setOpen] = useState(false);

  const openDialog = useCallback(() => {
    // The export is made from what the store holds: ask the open article to save what
    // was typed in the last moments (its autosave waits ~600 ms) before the preview asks.
    window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: 'flush' }));
    setOpen(true);
  }, []);

  // File › Export… in the app (and the same command as a DOM event in the web host).
  useMenuCommands((command) => {
    if (command === 'article.export' && id) openDialog();
  });

  useEffect(() => setOpen(false), [id]);

  if (!id) return null;
  return (
    <>
      <button type="button" className="quiet" data-qalam="open-export" onClick={openDialog}>
        {exportText(lang, 'exportButton')}
      </button>
      {open && <ExportDialog api={api} id={id} remembered={remembered} chromeDigits={chromeDigits} onRemember={onRemember} onClose={() => setOpen(false)} />}
    </>
  );
}

/** For the library: a button that exports the articles it has selected into a folder.
 * `<BatchExportButton api ids={selected} remembered={settings.exportDefaults} … />` */
export function BatchExportButton({ api, ids, remembered, chromeDigits, onRemember }: Omit<Props, 'id'> & { ids: string[] }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="quiet" data-qalam="open-batch-export" disabled={ids.length === 0} onClick={() => setOpen(true)}>
        {exportText(lang, 'batchButton')}
      </button>
      {open && <ExportDialog api={api} batchIds={ids} remembered={remembered} chromeDigits={chromeDigits} onRemember={onRemember} onClose={() => setOpen(false)} />}
    </>
  );
}
