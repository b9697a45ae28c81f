// Lists as a word processor has them: Enter on an empty item leaves the list, and
// Backspace at the start of an item turns it back into a paragraph. The schema has
// no nested lists, so Tab/Shift+Tab (commands/lists.ts) join or leave a list.
import { Editor } from 'slate';
import { caretAtBlockEdge } from './boundaries';
import { liftListItem } from '../commands/lists';

export function withLists<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward } = editor;

  editor.insertBreak = () => {
    const item = caretAtBlockEdge(editor, 'start');
    if (item && item[0].type === 'list-item' && Editor.string(editor, item[1]) === '') {
      liftListItem(editor, item[1]);
      return;
    }
    insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const item = caretAtBlockEdge(editor, 'start');
    if (item && item[0].type === 'list-item') {
      liftListItem(editor, item[1]);
      return;
    }
    deleteBackward(unit);
  };

  return editor;
}
