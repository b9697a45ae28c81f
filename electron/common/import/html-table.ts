// Tables: which rows a table owns (not those of tables nested in its cells), and the
// header row that Word and many pages mark only by setting it in bold.
import type { TableCellElement, TableRowElement } from '../document/types';
import { tidyInlines } from './inline';
import { isElement, nameOf } from './html-dom';

export function rowsOf(table: Element): { row: Element; head: boolean }[] {
  const rows: { row: Element; head: boolean }[] = [];
  for (let n = table.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    const name = nameOf(n);
    if (name === 'tr') rows.push({ row: n, head: false });
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      for (let r = n.firstChild; r; r = r.nextSibling) if (isElement(r) && nameOf(r) === 'tr') rows.push({ row: r, head: name === 'thead' });
    }
  }
  return rows;
}

/**
 * Word and many pages mark a header row only by setting it in bold. A first row whose
 * every filled cell is wholly bold, over at least one more row, becomes the header row
 * (and loses the bold, which the header style already gives).
 */
export function markBoldHeaderRow(rows: TableRowElement[]): void {
  const first = rows[0];
  if (rows.length < 2 || !first || rows.some((r) => r.children.some((c) => c.header))) return;
  const leaves = (c: TableCellElement) => c.children.flatMap((n) => ('type' in n ? n.children : [n]));
  const filled = first.children.filter((c) => leaves(c).some((l) => l.text.trim()));
  if (!filled.length || !filled.every((c) => leaves(c).every((l) => l.bold || !l.text.trim()))) return;
  for (const cell of first.children) {
    cell.header = true;
    for (const l of leaves(cell)) delete l.bold;
    cell.children = tidyInlines(cell.children);
    if (!cell.children.length) cell.children = [{ text: '' }];
  }
}
