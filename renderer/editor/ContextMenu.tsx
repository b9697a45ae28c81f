// Right-click menu: Cut / Copy / Paste / Select all (the native menu's, which the
// editor prevents), then the same registry commands as the toolbar, the ones that make
// sense where the caret is. Arrow keys move, Enter runs, Escape closes. A read-only
// view (a revision in history) gets Copy and Select all only.
import { Range } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { ClipboardItems, type ClipboardItem } from './ClipboardItems';
import { cutOrCopy, pasteFromClipboard, type ClipboardContent } from './clipboard';
import { COMMANDS, type CommandContext, type EditorCommand } from './commands/registry';
import { isInTable } from './commands/tables';
import { runCommand } from './Toolbar';
import { MenuShell } from './MenuShell';
import type { UiLang } from './strings';
import { SpellingItems } from './spelling/SpellingItems';
import type { SpellingActions, SpellingTarget } from './spelling/useSpelling';

// «تنقيح النص» first, beside the spelling fixes above it: the other way the menu corrects
// the text (the selection when there is one, the article otherwise); then formatting.
const CORRECTING_COMMANDS = ['tidy-text'];
const MENU_COMMANDS = ['bold', 'italic', 'underline', 'link', 'unlink', 'heading-2', 'heading-3', 'paragraph', 'blockquote', 'bulleted-list', 'numbered-list', 'dir-rtl', 'dir-ltr', 'dir-auto'];
const TABLE_COMMANDS = ['row-above', 'row-below', 'remove-row', 'column-before', 'column-after', 'remove-column', 'header-row'];

interface Props {
  x: number;
  y: number;
  lang: UiLang;
  ctx: CommandContext;
  onClose(): void;
  /** The misspelt word under the pointer (or the caret), with what can be done to it. */
  spelling?: { target: SpellingTarget; actions: SpellingActions } | undefined;
  readOnly?: boolean;
  /** The browser would not hand the clipboard to the menu's Paste (the editor says so). */
  onPasteRefused(): void;
}

/** A paste as Chromium delivers a Ctrl+V to the body: a beforeinput "insertFromPaste"
 * carrying a DataTransfer, so the sanitizing import path (withPaste) takes it. */
function pasteIntoBody(body: HTMLElement, content: ClipboardContent): void {
  const data = new DataTransfer();
  data.setData('text/plain', content.text);
  if (content.html !== undefined) data.setData('text/html', content.html);
  body.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
}

export function ContextMenu({ x, y, lang, ctx, onClose, spelling, readOnly = false, onPasteRefused }: Props) {
  const editor = useSlateStatic();
  const selected = !!editor.selection && !Range.isCollapsed(editor.selection);
  const clip = async (item: ClipboardItem) => {
    onClose();
    // Back to the body with its selection, where the command acts (the menu had focus).
    ReactEditor.focus(editor);
    if (item === 'select-all') document.execCommand('selectAll');
    else if (item !== 'paste') await cutOrCopy(item);
    else if ((await pasteFromClipboard((content) => pasteIntoBody(ReactEditor.toDOMNode(editor, editor), content))) === 'refused') onPasteRefused();
  };
  const available = (names: readonly string[]) =>
    names
      .map((n) => COMMANDS.find((c) => c.name === n))
      .filter((c): c is EditorCommand => !!c && (!c.isEnabled || c.isEnabled(editor)));
  const item = (cmd: EditorCommand) => (
    <button
      key={cmd.name}
      type="button"
      role="menuitem"
      data-command={cmd.name}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        onClose();
        runCommand(editor, cmd, ctx);
      }}
    >
      {cmd.label[lang]}
    </button>
  );

  return (
    <MenuShell x={x} y={y} lang={lang} onClose={onClose}>
      {spelling && <SpellingItems target={spelling.target} actions={spelling.actions} lang={lang} onClose={onClose} />}
      <ClipboardItems lang={lang} selected={selected} readOnly={readOnly} onChoose={(item) => void clip(item)} />
      {!readOnly && (
        <>
          {available(CORRECTING_COMMANDS).map(item)}
          <hr role="separator" />
          {available([...(isInTable(editor) ? TABLE_COMMANDS : []), ...MENU_COMMANDS]).map(item)}
        </>
      )}
    </MenuShell>
  );
}
