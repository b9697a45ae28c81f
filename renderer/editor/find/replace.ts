// Replace one match or all of them. "All" is a single undo step: it runs in one
// history batch, from the last match backwards so earlier ranges stay valid.
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { FindOptions } from './match';
import { findMatches, type FindMatch } from './ranges';

export function replaceMatch(editor: Editor, match: FindMatch, replacement: string): void {
  Transforms.insertText(editor, replacement, { at: match.range });
}

export function replaceAll(editor: Editor, query: string, replacement: string, options: FindOptions): number {
  const matches = findMatches(editor.children, query, options);
  if (matches.length === 0) return 0;
  const run = () =>
    Editor.withoutNormalizing(editor, () => {
      for (const match of [...matches].reverse()) replaceMatch(editor, match, replacement);
    });
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
  return matches.length;
}
