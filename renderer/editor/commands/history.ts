// Undo and redo through slate-history (typing is grouped per word by its batching).
import { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';

export const canUndo = (editor: Editor): boolean => HistoryEditor.isHistoryEditor(editor) && editor.history.undos.length > 0;
export const canRedo = (editor: Editor): boolean => HistoryEditor.isHistoryEditor(editor) && editor.history.redos.length > 0;

export function undo(editor: Editor): void {
  if (HistoryEditor.isHistoryEditor(editor)) editor.undo();
}

export function redo(editor: Editor): void {
  if (HistoryEditor.isHistoryEditor(editor)) editor.redo();
}
