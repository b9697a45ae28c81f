// The export entry points: a button in the top bar while an article is open, and the
// `article.export` menu command in the app. Opens the dialog for the open article.
import { useEffect, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import type { ExportDefaults } from '../../electron/common/export-options';
import type { MenuBridge } from '../../electron/common/menu-commands';
import { useLang } from '../i18n';
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

  useEffect(() => {
    const bridge = window.qalam as unknown as Partial<MenuBridge> | undefined;
    return bridge?.onMenuCommand?.((command) => {
      if (command === 'article.export' && id) setOpen(true);
    });
  }, [id]);

  useEffect(() => setOpen(false), [id]);

  if (!id) return null;
  return (
    <>
      <button type="button" className="quiet" data-qalam="open-export" onClick={() => setOpen(true)}>
        {exportText(lang, 'exportButton')}
      </button>
      {open && <ExportDialog api={api} id={id} remembered={remembered} chromeDigits={chromeDigits} onRemember={onRemember} onClose={() => setOpen(false)} />}
    </>
  );
}
