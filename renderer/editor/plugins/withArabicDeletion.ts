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
      const previous = { anchor: { path, offset: offset - 1 }, focus: selection.anchor };
      if (offset > 0 && ARABIC_MARK.test(Editor.string(editor, previous))) {
        Transforms.delete(editor, { at: previous });
        return;
      }
    }
    deleteBackward(unit);
  };
  return editor;
}
