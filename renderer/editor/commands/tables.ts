// Tables: insert with a size, add/remove rows and columns, header row, Tab between
// cells. Columns are logical: "before" is to the right when the table runs RTL.
import { Editor, Element, Path, Transforms } from 'slate';
import type { TableCellElement, TableElement, TableRowElement } from '../../../electron/common/document/types';
import { ensureParagraphAfter, insertBodyBlock } from './insertBlock';

const cell = (header = false): TableCellElement =>
  header ? { type: 'table-cell', header: true, children: [{ text: '' }] } : { type: 'table-cell', children: [{ text: '' }] };

export function insertTable(editor: Editor, rows: number, cols: number): void {
  const r = Math.max(1, Math.min(100, Math.floor(rows)));
  const c = Math.max(1, Math.min(20, Math.floor(cols)));
  const table: TableElement = {
    type: 'table',
    children: Array.from({ length: r }, (): TableRowElement => ({
      type: 'table-row',
      children: Array.from({ length: c }, () => cell()),
    })),
  };
  const path = insertBodyBlock(editor, table);
  ensureParagraphAfter(editor, path);
  Transforms.select(editor, Editor.start(editor, [...path, 0, 0]));
}

interface CellPosition {
  tablePath: Path;
  table: TableElement;
  row: number;
  col: number;
}

export function cellPosition(editor: Editor, at?: Path): CellPosition | undefined {
  const entry = Editor.above(editor, {
    at: at ?? editor.selection ?? undefined,
    match: (n) => Element.isElement(n) && n.type === 'table-cell',
  });
  if (!entry) return undefined;
  const cellPath = entry[1];
  const tablePath = cellPath.slice(0, -2);
  const [table] = Editor.node(editor, tablePath) as [TableElement, Path];
  return { tablePath, table, row: cellPath[cellPath.length - 2]!, col: cellPath[cellPath.length - 1]! };
}

export const isInTable = (editor: Editor): boolean => !!cellPosition(editor);

export function addRow(editor: Editor, where: 'above' | 'below' = 'below'): void {
  const pos = cellPosition(editor);
  if (!pos) return;
  const width = pos.table.children[0]?.children.length ?? 1;
  const index = where === 'above' ? pos.row : pos.row + 1;
  const row: TableRowElement = { type: 'table-row', children: Array.from({ length: width }, () => cell()) };
  Transforms.insertNodes(editor, row, { at: [...pos.tablePath, index] });
  Transforms.select(editor, Editor.start(editor, [...pos.tablePath, index, pos.col]));
}

export function removeRow(editor: Editor): void {
  const pos = cellPosition(editor);
  if (!pos) return;
  if (pos.table.children.length === 1) return removeTable(editor, pos.tablePath);
  Transforms.removeNodes(editor, { at: [...pos.tablePath, pos.row] });
  const row = Math.min(pos.row, pos.table.children.length - 2);
  Transforms.select(editor, Editor.start(editor, [...pos.tablePath, row, pos.col]));
}

export function addColumn(editor: Editor, where: 'before' | 'after' = 'after'): void {
  const pos = cellPosition(editor);
  if (!pos) return;
  const index = where === 'before' ? pos.col : pos.col + 1;
  Editor.withoutNormalizing(editor, () => {
    pos.table.children.forEach((row, r) => {
      const header = row.children.every((c) => c.header === true);
      Transforms.insertNodes(editor, cell(header), { at: [...pos.tablePath, r, index] });
    });
  });
  Transforms.select(editor, Editor.start(editor, [...pos.tablePath, pos.row, index]));
}

export function removeColumn(editor: Editor): void {
  const pos = cellPosition(editor);
  if (!pos) return;
  const width = pos.table.children[0]?.children.length ?? 1;
  if (width === 1) return removeTable(editor, pos.tablePath);
  Editor.withoutNormalizing(editor, () => {
    pos.table.children.forEach((_row, r) => Transforms.removeNodes(editor, { at: [...pos.tablePath, r, pos.col] }));
  });
  Transforms.select(editor, Editor.start(editor, [...pos.tablePath, pos.row, Math.min(pos.col, width - 2)]));
}

export function removeTable(editor: Editor, tablePath?: Path): void {
  const path = tablePath ?? cellPosition(editor)?.tablePath;
  if (!path) return;
  Transforms.removeNodes(editor, { at: path });
  if (editor.children.length === 0) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
  const at = path[0]! < editor.children.length ? path : [editor.children.length - 1];
  Transforms.select(editor, Editor.start(editor, at));
}

export function isHeaderRowActive(editor: Editor): boolean {
  const pos = cellPosition(editor);
  return !!pos && (pos.table.children[0]?.children.every((c) => c.header === true) ?? false);
}

/** The first row becomes (or stops being) the header row, rendered as <th>. */
export function toggleHeaderRow(editor: Editor): void {
  const pos = cellPosition(editor);
  if (!pos) return;
  const on = !isHeaderRowActive(editor);
  const rowPath = [...pos.tablePath, 0];
  const match = (n: unknown, p: Path) => Element.isElement(n) && n.type === 'table-cell' && Path.isChild(p, rowPath);
  if (on) Transforms.setNodes(editor, { header: true }, { at: rowPath, match });
  else Transforms.unsetNodes(editor, 'header', { at: rowPath, match });
}

/** Tab: next cell in reading order; from the last cell a new row is added. */
export function nextCell(editor: Editor): boolean {
  const pos = cellPosition(editor);
  if (!pos) return false;
  const width = pos.table.children[0]?.children.length ?? 1;
  if (pos.col + 1 < width) return selectCell(editor, pos.tablePath, pos.row, pos.col + 1);
  if (pos.row + 1 < pos.table.children.length) return selectCell(editor, pos.tablePath, pos.row + 1, 0);
  const row: TableRowElement = { type: 'table-row', children: Array.from({ length: width }, () => cell()) };
  Transforms.insertNodes(editor, row, { at: [...pos.tablePath, pos.row + 1] });
  return selectCell(editor, pos.tablePath, pos.row + 1, 0);
}

/** Shift+Tab: previous cell; stays put in the first cell. */
export function previousCell(editor: Editor): boolean {
  const pos = cellPosition(editor);
  if (!pos) return false;
  if (pos.col > 0) return selectCell(editor, pos.tablePath, pos.row, pos.col - 1);
  if (pos.row > 0) {
    const width = pos.table.children[pos.row - 1]?.children.length ?? 1;
    return selectCell(editor, pos.tablePath, pos.row - 1, width - 1);
  }
  return true;
}

function selectCell(editor: Editor, tablePath: Path, row: number, col: number): true {
  // Select the cell's whole text, as spreadsheets and word processors do on Tab.
  Transforms.select(editor, Editor.range(editor, [...tablePath, row, col]));
  return true;
}
