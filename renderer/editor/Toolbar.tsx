// The toolbar: a button per registry command, in groups. Buttons keep the editor's
// selection (mousedown is not allowed to take focus) and carry an aria-label in the UI
// language; toggles report aria-pressed. Table tools appear while the caret is in a table.
import { memo, type MouseEvent } from 'react';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import { applyDigits, type DigitStyle } from '../../electron/common/arabic/digits';
import { COMMANDS, type CommandContext, type CommandGroup, type EditorCommand } from './commands/registry';
import { describeHotkey } from './commands/hotkeys';
import { isInTable } from './commands/tables';
import { useEditorServices } from './context';
import { t, type UiLang } from './strings';
import { whileTypingInOneLeaf } from './typing-cache';

const MAIN_GROUPS: CommandGroup[] = ['history', 'mark', 'block', 'list', 'insert', 'find'];

export function runCommand(editor: Editor, cmd: EditorCommand, ctx: CommandContext): void {
  cmd.run(editor, ctx);
  const opensUi = cmd.name === 'link' || cmd.name === 'table' || cmd.name === 'figure' || cmd.name === 'find' || cmd.name === 'replace';
  if (!opensUi) ReactEditor.focus(editor as ReactEditor);
}

/** Every button's state in one string, so the toolbar re-renders only when a button
 * changes, not on every keystroke. */
function toolbarState(editor: Editor): string {
  let out = isInTable(editor) ? 'T' : '-';
  for (const cmd of COMMANDS) out += (cmd.isActive?.(editor) ? 'a' : '-') + (!cmd.isEnabled || cmd.isEnabled(editor) ? 'e' : '-');
  return out;
}

const toolbarStateWhileTyping = whileTypingInOneLeaf(toolbarState);

interface ButtonProps {
  cmd: EditorCommand;
  editor: Editor;
  ctx: CommandContext;
  lang: UiLang;
  digits: DigitStyle;
  active: boolean;
  enabled: boolean;
}

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A glyph that reads as words ("RTL", "H2", "1. 2.") is part of the button's name, so a
 * person using voice control can say what they see (WCAG 2.5.3); "B", "غ" or "↶" is an
 * icon. Latin and digit glyphs only: an Arabic glyph is already a word of its label. */
export function nameWithGlyph(label: string, glyph: string): string {
  const g = words(glyph);
  if (g.length < 2 || !/[\p{Script=Latin}0-9]/u.test(g) || ` ${words(label)} `.includes(` ${g} `)) return label;
  return `${glyph}: ${label}`;
}

function CommandButton({ cmd, editor, ctx, lang, digits, active, enabled }: ButtonProps) {
  const glyph = cmd.glyph[lang];
  // The name is worked out from the glyph as written in the registry, so it does not
  // change with the digits setting; only what is shown («عنوان ٢» / «عنوان 2») does.
  const label = nameWithGlyph(cmd.label[lang], glyph);
  const hint = cmd.hotkeys?.[0] ? `${label} (${describeHotkey(cmd.hotkeys[0])})` : label;
  return (
    <button
      type="button"
      className={`tool tool-${cmd.name}`}
      data-command={cmd.name}
      aria-label={label}
      title={hint}
      {...(cmd.isActive ? { 'aria-pressed': active } : {})}
      disabled={!enabled}
      onMouseDown={(e: MouseEvent) => e.preventDefault()}
      onClick={() => runCommand(editor, cmd, ctx)}
    >
      <span aria-hidden="true">{applyDigits(glyph, digits)}</span>
    </button>
  );
}

export const Toolbar = memo(function Toolbar({ ctx, lang }: { ctx: CommandContext; lang: UiLang }) {
  const editor = useSlateStatic();
  const { digits } = useEditorServices();
  const state = useSlateSelector(toolbarStateWhileTyping);
  const groups = [...MAIN_GROUPS, 'direction' as const, ...(state[0] === 'T' ? (['table'] as const) : [])];
  return (
    // The UI's own direction and language, not the article's it sits above: in the English
    // UI the buttons run from the left and «1. 2.» reads as written, not «.2 .1».
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar', lang)} dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      {groups.map((group) => (
        <div
          key={group}
          className={`tool-group tool-group-${group}`}
          role="group"
          aria-label={group === 'direction' ? t('direction', lang) : group === 'table' ? t('tableTools', lang) : undefined}
        >
          {COMMANDS.map((cmd, i) =>
            cmd.group === group ? (
              <CommandButton key={cmd.name} cmd={cmd} editor={editor} ctx={ctx} lang={lang} digits={digits}
                active={state[1 + 2 * i] === 'a'} enabled={state[2 + 2 * i] === 'e'} />
            ) : null,
          )}
        </div>
      ))}
    </div>
  );
});
