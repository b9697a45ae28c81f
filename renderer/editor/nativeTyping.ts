// Arabic letters typed the way slate-react types a–z: the browser puts the letter into
// the text node itself, and the model follows on the `input` event. slate-react lets only
// a–z and space through natively; every other letter is cancelled, applied to the model,
// re-rendered into the DOM and the caret set back — for an Arabic newsroom, every
// keystroke, and about a third of the editor's work per keystroke (tests/bench/editor.ts).
// The conditions are slate-react's own for its native path (collapsed selection, no
// pending marks, not at the start of a text node, not at the end of a link, the browser's
// target range being exactly Slate's selection); anything else goes to slate-react.
import { Editor, Point, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ArticleEditorInstance } from './types';

/** One letter of the Arabic script blocks (letters, marks, Arabic-Indic digits). */
const ARABIC_LETTER = /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]$/;

const pending = new WeakMap<Editor, { point: Point; text: string }>();

function nativeInsertionPoint(editor: ArticleEditorInstance, event: InputEvent): Point | undefined {
  if (event.inputType !== 'insertText' || typeof event.data !== 'string' || !ARABIC_LETTER.test(event.data)) return undefined;
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || selection.anchor.offset === 0) return undefined;
  if (editor.marks || editor.operations.length > 0 || ReactEditor.isComposing(editor)) return undefined;
  if (!Point.equals(Editor.insertionPoint(editor, selection.anchor), selection.anchor)) return undefined;
  const [target] = event.getTargetRanges();
  if (!target || !target.collapsed || target.startContainer.nodeType !== Node.TEXT_NODE) return undefined;
  const holder = target.startContainer.parentElement;
  // Slate's own string: not the zero-width placeholder of an empty line or of a void.
  if (!holder?.hasAttribute('data-slate-string')) return undefined;
  // At the end of a link Chrome would type into the link; Slate types after it.
  if (holder.closest('a') && target.startOffset === (target.startContainer.textContent ?? '').length) return undefined;
  const range = ReactEditor.toSlateRange(editor, target, { exactMatch: false, suppressThrow: true });
  if (!range || !Range.equals(range, selection)) return undefined;
  return selection.anchor;
}

/** `onDOMBeforeInput` and `onInput` for <Editable>. */
export function nativeArabicTyping(editor: ArticleEditorInstance) {
  return {
    onDOMBeforeInput(event: InputEvent): boolean {
      const point = nativeInsertionPoint(editor, event);
      if (!point) return false;
      pending.set(editor, { point, text: event.data! });
      // Handled: slate-react leaves the event alone and the browser inserts the letter.
      return true;
    },
    onInput(): boolean {
      const typed = pending.get(editor);
      if (!typed) return false;
      pending.delete(editor);
      // The model catches up with the DOM; the text node already reads the same, so
      // React leaves it (and the caret) as the browser left them.
      const { selection } = editor;
      if (selection && Range.isCollapsed(selection) && Point.equals(selection.anchor, typed.point)) Editor.insertText(editor, typed.text);
      else Transforms.insertText(editor, typed.text, { at: typed.point });
      // Let slate-react finish its own input bookkeeping.
      return false;
    },
  };
}
