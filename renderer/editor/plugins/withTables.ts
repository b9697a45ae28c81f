// Tables stay rectangular while a person edits them: Backspace and Delete never merge
// or remove cells, a selection across cells empties them rather than fusing them, and
// Enter moves down a column (out of the table from the last row). Tab is handled by
// the keyboard map through the table commands.
import { Editor, Element, Path, Range, Transforms } from 'slate';
import { caretAtBlockEdge, enclosing, guardNeighbour } from './boundaries';

export function withTables<E extends Editor>(editor: E): E {
  const { deleteBackward, deleteForward, deleteFragment, insertBreak } = editor;

  editor.deleteBackward = (unit) => {
    const block = caretAtBlockEdge(editor, 'start');
    if (block && block[0].type === 'table-cell') return;
    if (guardNeighbour(editor, 'start', 'table')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const block = caretAtBlockEdge(editor, 'end');
    if (block && block[0].type === 'table-cell') return;
    if (guardNeighbour(editor, 'end', 'table')) return;
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection) && spansCells(editor, selection)) {
      clearCellsInRange(editor, selection);
      return;
    }
    deleteFragment(options);
  };

  editor.insertBreak = () => {
    const cell = editor.selection && enclosing(editor, editor.selection.anchor.path, 'table-cell');
    if (cell) {
      moveDownColumn(editor, cell[1]);
      return;
    }
    insertBreak();
  };

  return editor;
}

function spansCells(editor: Editor, range: Range): boolean {
  const [start, end] = Range.edges(range);
  const a = enclosing(editor, start.path, 'table-cell');
  const b = enclosing(editor, end.path, 'table-cell');
  if (!a && !b) return false;
  return !a || !b || !Path.equals(a[1], b[1]);
}

/** Delete the selected text inside each cell (and around the table), keeping every cell. */
function clearCellsInRange(editor: Editor, range: Range): void {
  const cells = [...Editor.nodes(editor, { at: range, match: (n) => Element.isElement(n) && n.type === 'table-cell' })];
  Editor.withoutNormalizing(editor, () => {
    for (const [, cellPath] of cells.reverse()) {
      const part = Range.intersection(range, Editor.range(editor, cellPath));
      if (part && Range.isExpanded(part)) Transforms.delete(editor, { at: part });
    }
  });
  Transforms.collapse(editor, { edge: 'start' });
}

function moveDownColumn(editor: Editor, cellPath: Path): void {
  const rowPath = Path.parent(cellPath);
  const tablePath = Path.parent(rowPath);
  const column = cellPath[cellPath.length - 1]!;
  const table = Editor.node(editor, tablePath)[0] as Element;
  const nextRow = rowPath[rowPath.length - 1]! + 1;
  if (nextRow < table.children.length) {
    Transforms.select(editor, Editor.end(editor, [...tablePath, nextRow, column]));
    return;
  }
  const after = Path.next(tablePath);
  Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: after, select: true });
}
