// Backspace after a letter carrying tashkeel removes the last mark only, as Arabic
// typists expect and as native text fields do. Slate deletes whole grapheme clusters
// (letter + marks together; the same family as Slate issues #87 and #5886).
import { Editor, Range, Transforms } from 'slate';

const ARABIC_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED]$/;

export function withArabicDeletion<E extends Editor>(editor: E): E {
  const { deleteBackward } = editor;
  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (unit === 'character' && selection && Range.isCollapsed(selection)) {
      const { path, offset } = selection.anchor;
      const before = offset > 0 ? Editor.string(editor, { anchor: { path, offset: offset - 1 }, focus: selection.anchor }) : '';
      if (ARABIC_MARK.test(before)) {
        Transforms.delete(editor, { unit: 'offset', distance: 1, reverse: true });
        return;
      }
    }
    deleteBackward(unit);
  };
  return editor;
}
