// The keyboard map: registry shortcuts, then Tab/Shift+Tab in tables and lists.
// Anything not ours (Ctrl+S above all: the shell saves a revision) passes through.
import { Editor, Transforms } from 'slate';
import { COMMANDS, type CommandContext } from './registry';
import { matchesHotkey, type KeyEventLike } from './hotkeys';
import { nextCell, previousCell } from './tables';
import { indentIntoList, outdentFromList } from './lists';

/** Runs the command bound to this key and returns true when the event was used. */
export function handleEditorKey(editor: Editor, event: KeyEventLike, ctx: CommandContext): boolean {
  for (const cmd of COMMANDS) {
    if (!cmd.hotkeys?.some((h) => matchesHotkey(h, event))) continue;
    if (cmd.isEnabled && !cmd.isEnabled(editor) && cmd.group !== 'history') return true;
    cmd.run(editor, ctx);
    return true;
  }
  if ((event.key === 'End' || event.key === 'Home') && (event.ctrlKey || event.metaKey) && !event.altKey) {
    jumpToEdge(editor, event.key === 'End' ? 'end' : 'start', event.shiftKey);
    return true;
  }
  if (matchesHotkey('mod+a', event)) {
    // Select all on the model: far chunks of a long article are not on the page, and
    // the browser's own select-all would stop at the last one that is.
    Transforms.select(editor, Editor.range(editor, []));
    return true;
  }
  if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    if (event.shiftKey) return previousCell(editor) || outdentFromList(editor);
    return nextCell(editor) || indentIntoList(editor);
  }
  return false;
}

/** Ctrl+Home / Ctrl+End (with Shift: select to there). Done on the model, because the
 * browser cannot place a caret inside chunks it has not laid out (content-visibility)
 * and lands at the start of the last chunk instead. */
function jumpToEdge(editor: Editor, edge: 'start' | 'end', extend: boolean): void {
  const point = edge === 'end' ? Editor.end(editor, []) : Editor.start(editor, []);
  if (extend && editor.selection) Transforms.select(editor, { anchor: editor.selection.anchor, focus: point });
  else Transforms.select(editor, point);
}
