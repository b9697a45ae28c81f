// Right-click menu: the same registry commands as the toolbar, the ones that make
// sense where the caret is. Arrow keys move, Enter runs, Escape closes.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useSlateStatic } from 'slate-react';
import { COMMANDS, type CommandContext, type EditorCommand } from './commands/registry';
import { isInTable } from './commands/tables';
import { runCommand } from './Toolbar';
import { t, type UiLang } from './strings';
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
  const menu = useRef<HTMLDivElement>(null);
  const names = [...(isInTable(editor) ? TABLE_COMMANDS : []), ...MENU_COMMANDS];
  const items = names
    .map((n) => COMMANDS.find((c) => c.name === n))
    .filter((c): c is EditorCommand => !!c && (!c.isEnabled || c.isEnabled(editor)));

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as globalThis.Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  useEffect(() => {
    // Kept inside the window: opened near the bottom (or grown by spelling suggestions),
    // the menu moves up rather than running off the screen.
    const el = menu.current;
    if (!el) return;
    const fit = () => {
      const room = window.innerHeight - 8;
      el.style.insetBlockStart = `${Math.max(4, Math.min(y, room - el.offsetHeight))}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [y]);

  const onKeyDown = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
    else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={menu} className="editor-context-menu" role="menu" aria-label={t('contextMenu', lang)} style={{ insetBlockStart: y, left: x }} onKeyDown={onKeyDown}>
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
    </div>
  );
}
