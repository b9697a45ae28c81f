// The keyboard map: registry shortcuts, then Tab/Shift+Tab in tables and lists.
// Anything not ours (Ctrl+S above all: the shell saves a revision) passes through.
import type { Editor } from 'slate';
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
  if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    if (event.shiftKey) return previousCell(editor) || outdentFromList(editor);
    return nextCell(editor) || indentIntoList(editor);
  }
  return false;
}
