// Right-click menu: the same registry commands as the toolbar, the ones that make
// sense where the caret is. Arrow keys move, Enter runs, Escape closes.
import { useSlateStatic } from 'slate-react';
import { COMMANDS, type CommandContext, type EditorCommand } from './commands/registry';
import { isInTable } from './commands/tables';
import { runCommand } from './Toolbar';
import { MenuShell } from './MenuShell';
import type { UiLang } from './strings';
import { SpellingItems } from './spelling/SpellingItems';
import type { SpellingActions, SpellingTarget } from './spelling/useSpelling';

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
}

export function ContextMenu({ x, y, lang, ctx, onClose, spelling }: Props) {
  const editor = useSlateStatic();
  const names = [...(isInTable(editor) ? TABLE_COMMANDS : []), ...MENU_COMMANDS];
  const items = names
    .map((n) => COMMANDS.find((c) => c.name === n))
    .filter((c): c is EditorCommand => !!c && (!c.isEnabled || c.isEnabled(editor)));

  return (
    <MenuShell x={x} y={y} lang={lang} onClose={onClose}>
      {spelling && <SpellingItems target={spelling.target} actions={spelling.actions} lang={lang} onClose={onClose} />}
      {items.map((cmd) => (
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
      ))}
    </MenuShell>
  );
}
