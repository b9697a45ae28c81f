// Insert a table of a chosen size (3 rows × 2 columns to start, a common news table).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BaseRange } from 'slate';
import { Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertTable } from './commands/tables';
import { useEditorServices } from './context';
import { formatCount, readCount, t, type UiLang } from './strings';

export function TableDialog({ lang, selection, onClose }: { lang: UiLang; selection: BaseRange | null; onClose(): void }) {
  const editor = useSlateStatic();
  const { digits } = useEditorServices();
  // Text fields, not type=number (that shows only Latin digits): ٣ and ٢, or 3 and 2,
  // as the digits setting asks; either kind typed is read.
  const [rows, setRows] = useState(formatCount(3, digits));
  const [cols, setCols] = useState(formatCount(2, digits));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selection) Transforms.select(editor, selection);
    insertTable(editor, readCount(rows, 100), readCount(cols, 20));
    onClose();
    ReactEditor.focus(editor);
  };
  return (
    <form className="editor-dialog table-dialog" role="dialog" aria-label={t('insert', lang)} onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <label>
        <span>{t('tableRows', lang)}</span>
        <input ref={first} data-qalam="table-rows" type="text" inputMode="numeric" value={rows} onChange={(e) => setRows(e.target.value)} />
      </label>
      <label>
        <span>{t('tableCols', lang)}</span>
        <input data-qalam="table-cols" type="text" inputMode="numeric" value={cols} onChange={(e) => setCols(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="submit">{t('insert', lang)}</button>
        <button type="button" onClick={onClose}>{t('cancel', lang)}</button>
      </div>
    </form>
  );
}
