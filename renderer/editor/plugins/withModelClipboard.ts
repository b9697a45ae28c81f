// Copy and cut over chunks that are not on the page. slate-react writes the clipboard's
// text/plain and text/html from the DOM of the selection, and the blocks of a long
// article far from the screen have no DOM (elements/chunk-mounting.ts): Ctrl+A, Ctrl+C
// would hand another program only the paragraphs near the screen. When the selection
// spans a block that is not mounted, both are written from the model instead, through
// the export serializers (Qalam itself pastes its own fragment format, always whole).
import { Editor, Range } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Block } from '../../../electron/common/document/types';
import { blocksToHtml } from '../../../electron/common/serialize/html';
import { blocksToText } from '../../../electron/common/serialize/text';
import type { ArticleEditorInstance } from '../types';

function spansUnmountedBlock(editor: ArticleEditorInstance, range: Range): boolean {
  const [start, end] = Range.edges(range);
  for (let i = start.path[0] ?? 0; i <= (end.path[0] ?? 0); i++) {
    const block = editor.children[i];
    if (!block) continue;
    try {
      ReactEditor.toDOMNode(editor, block);
    } catch {
      return true;
    }
  }
  return false;
}

export function withModelClipboard<E extends ArticleEditorInstance>(editor: E): E {
  const { setFragmentData } = editor;
  editor.setFragmentData = (data, originEvent) => {
    setFragmentData(data, originEvent);
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection) || !spansUnmountedBlock(editor, selection)) return;
    const fragment = Editor.fragment(editor, selection) as Block[];
    data.setData('text/plain', blocksToText(fragment));
    data.setData('text/html', blocksToHtml(fragment));
  };
  return editor;
}
