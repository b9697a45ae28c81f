// Every editor command once, with its name, label in both languages and shortcut.
// The toolbar, the context menu and the keyboard map all read this list, so a
// button and its shortcut can never do different things.
import type { Editor } from 'slate';
import type { Mark } from '../types';
import type { UiLang } from '../strings';
import { isMarkActive, toggleMark } from './marks';
import { isBlockKindActive, toggleBlock, type BlockKind } from './blocks';
import { isListActive, toggleList } from './lists';
import { isLinkActive, removeLink } from './links';
import { addColumn, addRow, isHeaderRowActive, isInTable, removeColumn, removeRow, removeTable, toggleHeaderRow } from './tables';
import { insertDivider } from './media';
import { currentDirection, setDirection } from './direction';
import { canRedo, canUndo, redo, undo } from './history';
import { needsTidy, tidyScope, tidyText, type TidyScope } from './tidy';

/** What only the component can do (open a dialog, a panel, a file picker). */
export interface CommandContext {
  openLinkDialog(): void;
  openFind(mode: 'find' | 'replace'): void;
  pickImage(): void;
  openTableDialog(): void;
  /** Say how many fixes «تنقيح النص» made (none: the text was clean), and on what. */
  reportTidy?(count: number, scope: TidyScope): void;
  /** Keep a revision of the article as it is now, before a change nobody typed (the
   * tidy), so its history shows exactly what that change did. */
  keepRevision?(): Promise<unknown>;
}

export type CommandGroup = 'history' | 'mark' | 'block' | 'list' | 'insert' | 'table' | 'direction' | 'find';

export interface EditorCommand {
  name: string;
  group: CommandGroup;
  label: Record<UiLang, string>;
  /** What the toolbar button shows; the full label is its aria-label and title. */
  glyph: Record<UiLang, string>;
  hotkeys?: readonly string[];
  /** Toggle state, rendered as aria-pressed. */
  isActive?(editor: Editor): boolean;
  isEnabled?(editor: Editor): boolean;
  run(editor: Editor, ctx: CommandContext): void;
}

const mark = (name: Mark, ar: string, en: string, glyph: Record<UiLang, string>, key: string): EditorCommand => ({
  name,
  group: 'mark',
  label: { ar, en },
  glyph,
  hotkeys: [`mod+${key}`],
  isActive: (e) => isMarkActive(e, name),
  run: (e) => toggleMark(e, name),
});

const block = (kind: BlockKind, ar: string, en: string, glyph: Record<UiLang, string>, hotkeys?: string[]): EditorCommand => ({
  name: kind,
  group: 'block',
  label: { ar, en },
  glyph,
  ...(hotkeys ? { hotkeys } : {}),
  isActive: (e) => isBlockKindActive(e, kind),
  run: (e) => toggleBlock(e, kind),
});

const inTable = (e: Editor) => isInTable(e);

export const COMMANDS: readonly EditorCommand[] = [
  // Undo points back the way the line reads: right in Arabic (mirrored, as RTL toolbars do).
  { name: 'undo', group: 'history', label: { ar: 'تراجع', en: 'Undo' }, glyph: { ar: '↷', en: '↶' }, hotkeys: ['mod+z'], isEnabled: canUndo, run: (e) => undo(e) },
  { name: 'redo', group: 'history', label: { ar: 'إعادة', en: 'Redo' }, glyph: { ar: '↶', en: '↷' }, hotkeys: ['mod+shift+z', 'mod+y'], isEnabled: canRedo, run: (e) => redo(e) },
  mark('bold', 'غامق', 'Bold', { ar: 'غ', en: 'B' }, 'b'),
  mark('italic', 'مائل', 'Italic', { ar: 'م', en: 'I' }, 'i'),
  mark('underline', 'تسطير', 'Underline', { ar: 'ت', en: 'U' }, 'u'),
  block('paragraph', 'فقرة', 'Paragraph', { ar: 'فقرة', en: 'P' }),
  block('heading-2', 'عنوان فرعي', 'Heading 2', { ar: 'عنوان ٢', en: 'H2' }, ['mod+alt+2']),
  block('heading-3', 'عنوان ثانوي', 'Heading 3', { ar: 'عنوان ٣', en: 'H3' }, ['mod+alt+3']),
  block('blockquote', 'اقتباس', 'Blockquote', { ar: 'اقتباس', en: 'Quote' }),
  block('pull-quote', 'اقتباس بارز', 'Pull quote', { ar: 'بارز', en: 'Pull' }),
  {
    name: 'numbered-list', group: 'list', label: { ar: 'قائمة مرقّمة', en: 'Numbered list' }, glyph: { ar: 'مرقّمة', en: '1. 2.' },
    hotkeys: ['mod+shift+7'], isActive: (e) => isListActive(e, 'numbered-list'), run: (e) => toggleList(e, 'numbered-list'),
  },
  {
    name: 'bulleted-list', group: 'list', label: { ar: 'قائمة نقطية', en: 'Bulleted list' }, glyph: { ar: 'نقطية', en: '• list' },
    hotkeys: ['mod+shift+8'], isActive: (e) => isListActive(e, 'bulleted-list'), run: (e) => toggleList(e, 'bulleted-list'),
  },
  {
    name: 'link', group: 'insert', label: { ar: 'رابط', en: 'Link' }, glyph: { ar: 'رابط', en: 'Link' }, hotkeys: ['mod+k'],
    isActive: isLinkActive, run: (_e, ctx) => ctx.openLinkDialog(),
  },
  { name: 'unlink', group: 'insert', label: { ar: 'إزالة الرابط', en: 'Remove link' }, glyph: { ar: 'فك الرابط', en: 'Unlink' }, isEnabled: isLinkActive, run: (e) => removeLink(e) },
  { name: 'table', group: 'insert', label: { ar: 'إدراج جدول', en: 'Insert table' }, glyph: { ar: 'جدول', en: 'Table' }, run: (_e, ctx) => ctx.openTableDialog() },
  { name: 'figure', group: 'insert', label: { ar: 'إدراج صورة', en: 'Insert image' }, glyph: { ar: 'صورة', en: 'Image' }, run: (_e, ctx) => ctx.pickImage() },
  { name: 'divider', group: 'insert', label: { ar: 'فاصل', en: 'Divider' }, glyph: { ar: 'فاصل', en: 'Rule' }, run: (e) => insertDivider(e) },
  { name: 'row-above', group: 'table', label: { ar: 'صف فوق', en: 'Row above' }, glyph: { ar: '+ صف فوق', en: '+ row above' }, isEnabled: inTable, run: (e) => addRow(e, 'above') },
  { name: 'row-below', group: 'table', label: { ar: 'صف تحت', en: 'Row below' }, glyph: { ar: '+ صف تحت', en: '+ row below' }, isEnabled: inTable, run: (e) => addRow(e, 'below') },
  { name: 'remove-row', group: 'table', label: { ar: 'حذف الصف', en: 'Delete row' }, glyph: { ar: '− صف', en: '− row' }, isEnabled: inTable, run: (e) => removeRow(e) },
  { name: 'column-before', group: 'table', label: { ar: 'عمود قبل', en: 'Column before' }, glyph: { ar: '+ عمود قبل', en: '+ col before' }, isEnabled: inTable, run: (e) => addColumn(e, 'before') },
  { name: 'column-after', group: 'table', label: { ar: 'عمود بعد', en: 'Column after' }, glyph: { ar: '+ عمود بعد', en: '+ col after' }, isEnabled: inTable, run: (e) => addColumn(e, 'after') },
  { name: 'remove-column', group: 'table', label: { ar: 'حذف العمود', en: 'Delete column' }, glyph: { ar: '− عمود', en: '− col' }, isEnabled: inTable, run: (e) => removeColumn(e) },
  { name: 'header-row', group: 'table', label: { ar: 'صف رأس', en: 'Header row' }, glyph: { ar: 'صف رأس', en: 'Header row' }, isEnabled: inTable, isActive: isHeaderRowActive, run: (e) => toggleHeaderRow(e) },
  { name: 'remove-table', group: 'table', label: { ar: 'حذف الجدول', en: 'Delete table' }, glyph: { ar: 'حذف الجدول', en: 'Delete table' }, isEnabled: inTable, run: (e) => removeTable(e) },
  { name: 'dir-rtl', group: 'direction', label: { ar: 'من اليمين إلى اليسار', en: 'Right to left' }, glyph: { ar: 'من اليمين', en: 'RTL' }, isActive: (e) => currentDirection(e) === 'rtl', run: (e) => setDirection(e, 'rtl') },
  { name: 'dir-ltr', group: 'direction', label: { ar: 'من اليسار إلى اليمين', en: 'Left to right' }, glyph: { ar: 'من اليسار', en: 'LTR' }, isActive: (e) => currentDirection(e) === 'ltr', run: (e) => setDirection(e, 'ltr') },
  { name: 'dir-auto', group: 'direction', label: { ar: 'اتجاه تلقائي', en: 'Automatic direction' }, glyph: { ar: 'تلقائي', en: 'Auto' }, isActive: (e) => currentDirection(e) === 'auto', run: (e) => setDirection(e, 'auto') },
  { name: 'find', group: 'find', label: { ar: 'بحث', en: 'Find' }, glyph: { ar: 'بحث', en: 'Find' }, hotkeys: ['mod+f'], run: (_e, ctx) => ctx.openFind('find') },
  { name: 'replace', group: 'find', label: { ar: 'بحث واستبدال', en: 'Find and replace' }, glyph: { ar: 'استبدال', en: 'Replace' }, hotkeys: ['mod+h'], run: (_e, ctx) => ctx.openFind('replace') },
  // Beside replace: the desk's other pass over the whole text (the selection when there is one).
  {
    name: 'tidy-text', group: 'find', label: { ar: 'تنقيح النص', en: 'Tidy text' }, glyph: { ar: 'تنقيح', en: 'Tidy' },
    run: (e, ctx) => {
      const tidy = () => {
        const scope = tidyScope(e);
        ctx.reportTidy?.(tidyText(e), scope);
      };
      // The text as it was goes into the history first (only when there is something to
      // tidy): a failed keep still tidies, the save state shows the failure.
      if (ctx.keepRevision && needsTidy(e)) void ctx.keepRevision().then(tidy, tidy);
      else tidy();
    },
  },
];

export const COMMANDS_BY_NAME: ReadonlyMap<string, EditorCommand> = new Map(COMMANDS.map((c) => [c.name, c]));

export function command(name: string): EditorCommand {
  const found = COMMANDS_BY_NAME.get(name);
  if (!found) throw new Error(`unknown editor command ${name}`);
  return found;
}
