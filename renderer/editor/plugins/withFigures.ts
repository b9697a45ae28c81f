// A figure is an image (asset hash, alt, credit as attributes) whose caption is its
// text, edited in place. Enter in a caption starts a paragraph after the figure;
// Backspace/Delete never merge a caption with the paragraphs around it.
import { Editor, Path, Transforms } from 'slate';
import { caretAtBlockEdge, enclosing, guardNeighbour } from './boundaries';

export function withFigures<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward, deleteForward, insertSoftBreak } = editor;

  editor.insertBreak = () => {
    const figure = editor.selection && enclosing(editor, editor.selection.anchor.path, 'figure');
    if (figure) {
      const at = Path.next(figure[1]);
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at, select: true });
      return;
    }
    insertBreak();
  };

  // A caption is one line; Shift+Enter would otherwise put a newline in it.
  editor.insertSoftBreak = () => {
    if (editor.selection && enclosing(editor, editor.selection.anchor.path, 'figure')) return editor.insertBreak();
    insertSoftBreak();
  };

  editor.deleteBackward = (unit) => {
    const atCaptionStart = caretAtBlockEdge(editor, 'start');
    if (atCaptionStart && atCaptionStart[0].type === 'figure') return;
    if (guardNeighbour(editor, 'start', 'figure')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const atCaptionEnd = caretAtBlockEdge(editor, 'end');
    if (atCaptionEnd && atCaptionEnd[0].type === 'figure') return;
    if (guardNeighbour(editor, 'end', 'figure')) return;
    deleteForward(unit);
  };

  return editor;
}
