// Reuse a selector's last answer while the editor only types inside the same text leaf.
// The toolbar's state (every button's active/enabled flag) depends on where the
// selection is — which leaf, which block, which marks — and on the undo stack, not on
// the letters typed, so recomputing it for each keystroke is work with no news in it.
import { Range, type Editor } from 'slate';

const TYPING_OPS = new Set(['insert_text', 'remove_text', 'set_selection']);

function typingKey(editor: Editor): string | undefined {
  const { selection } = editor;
  if (!selection || editor.operations.some((op) => !TYPING_OPS.has(op.type))) return undefined;
  const where = Range.isCollapsed(selection) ? selection.anchor.path.join(',') : JSON.stringify(selection);
  const history = (editor as Partial<{ history: { undos: unknown[]; redos: unknown[] } }>).history;
  return `${where}|${JSON.stringify(editor.marks)}|${history?.undos.length ?? 0}|${history?.redos.length ?? 0}`;
}

export function whileTypingInOneLeaf<T>(selector: (editor: Editor) => T): (editor: Editor) => T {
  const last = new WeakMap<Editor, { key: string; value: T }>();
  return (editor) => {
    const key = typingKey(editor);
    const cached = last.get(editor);
    if (key !== undefined && cached?.key === key) return cached.value;
    const value = selector(editor);
    // After a structural change the old answer must never be reused.
    if (key === undefined) last.delete(editor);
    else last.set(editor, { key, value });
    return value;
  };
}
