// A letter typed at the caret goes straight into the model. slate-react's own handler
// first settles any pending DOM selection and maps the browser's target range back into
// Slate (a DOM range clone per end) on every keystroke, to cover the cases where the
// caret the browser types at is not the one Slate holds. When the DOM caret is exactly
// Slate's caret, none of that can change anything, so the letter is inserted as
// slate-react would insert it; in every other case (a selection, a caret Slate has not
// caught up with, composition, paste, deletion) the event goes on to slate-react.
import { Editor, Range } from 'slate';
import { ReactEditor } from 'slate-react';

/** `onDOMBeforeInput` for <Editable>: true when the keystroke was handled here. */
export function typeAtCaret(editor: Editor, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || typeof event.data !== 'string' || event.data === '' || event.isComposing) return false;
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || ReactEditor.isComposing(editor)) return false;
  const dom = window.getSelection();
  // Compared by node and offset (Selection.isCollapsed would lay the page out first).
  if (!dom || dom.rangeCount !== 1 || dom.anchorNode !== dom.focusNode || dom.anchorOffset !== dom.focusOffset) return false;
  let caret: [globalThis.Node, number];
  try {
    caret = ReactEditor.toDOMPoint(editor as ReactEditor, selection.anchor);
  } catch {
    return false;
  }
  if (caret[0] !== dom.anchorNode || caret[1] !== dom.anchorOffset) return false;
  event.preventDefault();
  Editor.insertText(editor, event.data);
  return true;
}
