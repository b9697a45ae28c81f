// Insert a table of a chosen size (3 rows × 2 columns to start, a common news table).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BaseRange } from 'slate';
import { Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertTable } from './commands/tables';
import { t, type UiLang } from './strings';

export function TableDialog({ lang, selection, onClose }: { lang: UiLang; selection: BaseRange | null; onClose(): void }) {
  const editor = useSlateStatic();
  const [rows, setRows] = useState(3);
  const [cols, setCols] = useState(2);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selection) Transforms.select(editor, selection);
    insertTable(editor, rows, cols);
    onClose();
    ReactEditor.focus(editor);
  };
  return (
    <form className="editor-dialog table-dialog" role="dialog" aria-label={t('insert', lang)} onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <label>
        <span>{t('tableRows', lang)}</span>
        <input ref={first} data-qalam="table-rows" type="number" min={1} max={100} value={rows} onChange={(e) => setRows(Number(e.target.value) || 1)} />
      </label>
      <label>
        <span>{t('tableCols', lang)}</span>
        <input data-qalam="table-cols" type="number" min={1} max={20} value={cols} onChange={(e) => setCols(Number(e.target.value) || 1)} />
      </label>
      <div className="dialog-actions">
        <button type="submit">{t('insert', lang)}</button>
        <button type="button" onClick={onClose}>{t('cancel', lang)}</button>
      </div>
    </form>
  );
}
