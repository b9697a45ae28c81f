// Spelling in the plain fields above the body (kicker, headline, standfirst). An
// <input> or <textarea> cannot carry decorations, so a mirror of its text lies exactly
// under it (same face, size and wrapping, transparent text) and underlines the misspelt
// words there; the field itself says so to assistive technology (aria-invalid and a
// description listing the words). A right click anywhere in a field, or the menu key
// with the caret in it, opens the fields' menu: over an underlined word (or with the
// caret in it) the same spelling items as the body first, then «تنقيح النص» for that
// field (its selection when there is one); Cut / Copy / Paste / Select all before the
// tidy. A suggestion, a tidy or a paste is typed in through the browser's editing
// (execCommand), so Ctrl+Z in the field takes it back and onChange takes it to autosave.
// Context slips («وقال ان», slips.ts) are underlined there too, the way the body does.
import { useCallback, useMemo, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import type { DigitStyle } from '../../../electron/common/arabic/digits';
import { spellingKey, spellingWords } from '../../../electron/common/spelling';
import { ClipboardItems, type ClipboardItem } from '../ClipboardItems';
import { cutOrCopy, pasteFromClipboard, pasteRefusedNotice } from '../clipboard';
import { command } from '../commands/registry';
import type { HeaderField, TidyScope } from '../commands/tidy';
import { fieldTidyNotice, tidyField } from '../commands/tidy-field';
import { useRepeatedStatus } from '../useRepeatedStatus';
import { t, type UiLang } from '../strings';
import { spellingCacheFor, type SpellingApi, type SpellingCache } from './cache';
import { ignoreSlip, slipsIgnoredVersion, subscribeIgnoredSlips, textSlips } from './slips';
import { SpellingItems, type WordActions } from './SpellingItems';
import { MenuShell } from '../MenuShell';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface FieldTarget {
  text: string;
  key: string;
  start: number;
  end: number;
  field: Field;
  slip?: { corrections: readonly string[]; cue: string; key: string };
}

/** An underlined word of a field: misspelt, or a context slip (`slip`). */
type Flagged = Omit<FieldTarget, 'field'>;

const noSubscription = () => () => undefined;

/** The field's slips and misspelt words, in order; a slip wins over a misspelling of
 * the same word (ayaspell rejects «ان» itself). */
function flagged(cache: SpellingCache, text: string): Flagged[] {
  const slips: Flagged[] = textSlips(text).map((s) => ({
    text: s.word,
    key: spellingKey(s.word),
    start: s.start,
    end: s.end,
    slip: { corrections: s.corrections, cue: s.cue, key: s.key },
  }));
  const starts = new Set(slips.map((s) => s.start));
  const words: Flagged[] = spellingWords(text).filter((w) => !starts.has(w.start) && cache.verdict(w.key) === 'bad');
  return [...slips, ...words].sort((a, b) => a.start - b.start);
}

type FieldNotice = { kind: 'tidy'; field: HeaderField; count: number; scope: TidyScope } | { kind: 'paste-refused' };

/** Where the fields' menu opened: the field, its selection then, and the underlined
 * word under the pointer (or the caret) if any. */
interface FieldMenu {
  x: number;
  y: number;
  field: Field;
  from: number;
  to: number;
  word?: FieldTarget | undefined;
}

/** Spelling and tidying for a group of plain fields sharing one menu and one notice. */
export function useFieldSpelling(api: SpellingApi | undefined, enabled: boolean, lang: UiLang, digits: DigitStyle) {
  const cache = useMemo(() => (api && enabled ? spellingCacheFor(api) : undefined), [api, enabled]);
  useSyncExternalStore(cache ? (l) => cache.subscribe(l) : noSubscription, () => cache?.version ?? 0);
  useSyncExternalStore(subscribeIgnoredSlips, slipsIgnoredVersion);
  const [menu, setMenu] = useState<FieldMenu | null>(null);
  // The line under the fields: the last field tidy's report, or a paste from the menu
  // the browser would not allow. The latest wins; each is announced, the same words too.
  const status = useRepeatedStatus<FieldNotice>();

  const actions = useMemo<WordActions<FieldTarget> | undefined>(
    () =>
      cache && {
        suggest: (target) => (target.slip ? Promise.resolve([...target.slip.corrections]) : cache.suggest(target.key)),
        replace: (target, suggestion) => {
          const { field } = target;
          if (field.value.slice(target.start, target.end) !== target.text) return; // edited meanwhile
          field.focus();
          field.setSelectionRange(target.start, target.end);
          // Through the browser's editing, so the field's own undo takes it back.
          document.execCommand('insertText', false, suggestion);
        },
        add: (target) => cache.add(target.key),
        ignore: (target) => {
          if (target.slip) ignoreSlip(target.slip.key);
          cache.ignore(target.key);
        },
      },
    [cache],
  );

  /** The underlined copy of `text`, to put just before the field (same class). */
  const mirror = (text: string, className: string) => {
    if (!cache) return null;
    const parts: ReactNode[] = [];
    let at = 0;
    for (const word of flagged(cache, text)) {
      parts.push(text.slice(at, word.start));
      parts.push(
        <span key={word.start} className={word.slip ? 'spelling-context' : 'spelling-error'} data-start={word.start} data-end={word.end}>
          {word.text}
        </span>,
      );
      at = word.end;
    }
    parts.push(text.slice(at), '\u200b');
    return (
      <div className={`spelling-mirror ${className}`} aria-hidden="true">
        {parts}
      </div>
    );
  };

  const onContextMenu = useCallback(
    (event: MouseEvent<Field>) => {
      const field = event.currentTarget;
      let word: Flagged | undefined;
      // None underlined (or no spelling): the menu holds the tidy alone.
      const words = cache ? flagged(cache, field.value) : [];
      if (words.length > 0 && event.button === 2) {
        // The underlined word under the pointer, found in the mirror's layout.
        const spans = field.parentElement?.querySelectorAll<HTMLElement>('.spelling-mirror :is(.spelling-error, .spelling-context)') ?? [];
        for (const span of spans) {
          const hit = [...span.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom);
          if (hit) word = words.find((w) => w.start === Number(span.dataset.start));
        }
      } else if (words.length > 0) {
        const caret = field.selectionStart ?? -1;
        word = words.find((w) => w.start <= caret && caret <= w.end);
      }
      event.preventDefault();
      const from = field.selectionStart ?? 0;
      setMenu({ x: event.clientX, y: event.clientY, field, from, to: field.selectionEnd ?? from, word: word && { ...word, field } });
    },
    [cache],
  );

  /** Props for the field: the context menu, and what assistive technology is told. */
  const fieldProps = (text: string) => {
    if (!cache) return { onContextMenu };
    const words = flagged(cache, text);
    if (words.length === 0) return { onContextMenu };
    const invalid = words.some((w) => !w.slip) ? ('spelling' as const) : ('grammar' as const);
    return { onContextMenu, 'aria-invalid': invalid, 'aria-description': `${t('spellingGroup', lang)} ${words.map((w) => w.text).join('، ')}` };
  };

  const close = useCallback(() => setMenu(null), []);
  const report = status.report;
  const tidy = ({ field, from, to }: FieldMenu) => {
    close();
    const name = field.dataset.qalam as HeaderField;
    const { count, scope } = tidyField(field, from, to);
    field.focus();
    report({ kind: 'tidy', field: name, count, scope });
  };
  const clip = async ({ field, from, to }: FieldMenu, item: ClipboardItem) => {
    close();
    field.focus();
    if (item === 'select-all') return field.select();
    field.setSelectionRange(from, to);
    if (item !== 'paste') return void (await cutOrCopy(item));
    const outcome = await pasteFromClipboard(({ text }) => {
      // One line in the kicker and headline, as their onChange and Enter keep them.
      const typed = field.dataset.qalam === 'standfirst' ? text : text.replace(/[\r\n]+/g, ' ');
      document.execCommand('insertText', false, typed);
    });
    if (outcome === 'refused') report({ kind: 'paste-refused' });
  };
  const menuElement = menu ? (
    <MenuShell x={menu.x} y={menu.y} lang={lang} onClose={close}>
      {menu.word && actions && <SpellingItems target={menu.word} actions={actions} lang={lang} onClose={close} />}
      <ClipboardItems lang={lang} selected={menu.to > menu.from} onChoose={(item) => void clip(menu, item)} />
      <button type="button" role="menuitem" data-command="tidy-text" onMouseDown={(e) => e.preventDefault()} onClick={() => tidy(menu)}>
        {command('tidy-text').label[lang]}
      </button>
    </MenuShell>
  ) : null;

  // Under the fields, in the UI's language and direction; always there, so a screen
  // reader hears each report (a live region), and no room taken while empty.
  const shown = status.value;
  const notice = (
    <p className="field-notice" role="status" data-qalam="field-notice" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      {shown === null ? '' : shown.kind === 'tidy' ? fieldTidyNotice(shown.field, shown.count, lang, digits, shown.scope) : pasteRefusedNotice(lang)}
    </p>
  );

  return { enabled: !!cache, mirror, fieldProps, menu: menuElement, notice, clearNotice: status.clear };
}
