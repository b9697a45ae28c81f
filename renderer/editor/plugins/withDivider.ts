// The divider (a section break, drawn as a rule) is a void block: it has no text of
// its own, and the caret steps over it.
import { Editor } from 'slate';

export function withDivider<E extends Editor>(editor: E): E {
  const { isVoid } = editor;
  editor.isVoid = (element) => element.type === 'divider' || isVoid(element);
  return editor;
}
