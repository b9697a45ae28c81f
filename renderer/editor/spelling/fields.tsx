// Spelling in the plain fields above the body (kicker, headline, standfirst). An
// <input> or <textarea> cannot carry decorations, so a mirror of its text lies exactly
// under it (same face, size and wrapping, transparent text) and underlines the misspelt
// words there; the field itself says so to assistive technology (aria-invalid and a
// description listing the words). A right click on an underlined word, or the menu key
// with the caret in it, opens the same spelling items as the body; a suggestion is typed
// in through the browser's editing (execCommand), so Ctrl+Z in the field takes it back.
import { useCallback, useMemo, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import { spellingWords, type SpellingWord } from '../../../electron/common/spelling';
import { t, type UiLang } from '../strings';
import { spellingCacheFor, type SpellingApi, type SpellingCache } from './cache';
import { SpellingItems, type WordActions } from './SpellingItems';
import { MenuShell } from '../MenuShell';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface FieldTarget {
  text: string;
  key: string;
  start: number;
  end: number;
  field: Field;
}

const noSubscription = () => () => undefined;

function misspelt(cache: SpellingCache, text: string): SpellingWord[] {
  return spellingWords(text).filter((w) => cache.verdict(w.key) === 'bad');
}

/** Spelling for a group of plain fields sharing one menu. */
export function useFieldSpelling(api: SpellingApi | undefined, enabled: boolean, lang: UiLang) {
  const cache = useMemo(() => (api && enabled ? spellingCacheFor(api) : undefined), [api, enabled]);
  useSyncExternalStore(cache ? (l) => cache.subscribe(l) : noSubscription, () => cache?.version ?? 0);
  const [menu, setMenu] = useState<{ x: number; y: number; target: FieldTarget } | null>(null);

  const actions = useMemo<WordActions<FieldTarget> | undefined>(
    () =>
      cache && {
        suggest: (target) => cache.suggest(target.key),
        replace: (target, suggestion) => {
          const { field } = target;
          if (field.value.slice(target.start, target.end) !== target.text) return; // edited meanwhile
          field.focus();
          field.setSelectionRange(target.start, target.end);
          // Through the browser's editing, so the field's own undo takes it back.
          document.execCommand('insertText', false, suggestion);
        },
        add: (target) => cache.add(target.key),
        ignore: (target) => cache.ignore(target.key),
      },
    [cache],
  );

  /** The underlined copy of `text`, to put just before the field (same class). */
  const mirror = (text: string, className: string) => {
    if (!cache) return null;
    const parts: ReactNode[] = [];
    let at = 0;
    for (const word of misspelt(cache, text)) {
      parts.push(text.slice(at, word.start));
      parts.push(
        <span key={word.start} className="spelling-error" data-start={word.start} data-end={word.end}>
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
      if (!cache) return;
      const field = event.currentTarget;
      let word: SpellingWord | undefined;
      const words = misspelt(cache, field.value);
      if (event.button === 2) {
        // The underlined word under the pointer, found in the mirror's layout.
        const spans = field.parentElement?.querySelectorAll<HTMLElement>('.spelling-mirror .spelling-error') ?? [];
        for (const span of spans) {
          const hit = [...span.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom);
          if (hit) word = words.find((w) => w.start === Number(span.dataset.start));
        }
      } else {
        const caret = field.selectionStart ?? -1;
        word = words.find((w) => w.start <= caret && caret <= w.end);
      }
      if (!word) return; // not on a misspelt word: the usual menu
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, target: { text: word.text, key: word.key, start: word.start, end: word.end, field } });
    },
    [cache],
  );

  /** Props for the field: the context menu, and what assistive technology is told. */
  const fieldProps = (text: string) => {
    if (!cache) return {};
    const words = misspelt(cache, text);
    if (words.length === 0) return { onContextMenu };
    return { onContextMenu, 'aria-invalid': 'spelling' as const, 'aria-description': `${t('spellingGroup', lang)} ${words.map((w) => w.text).join('، ')}` };
  };

  const close = useCallback(() => setMenu(null), []);
  const menuElement =
    menu && actions ? (
      <MenuShell x={menu.x} y={menu.y} lang={lang} onClose={close}>
        <SpellingItems target={menu.target} actions={actions} lang={lang} onClose={close} />
      </MenuShell>
    ) : null;

  return { enabled: !!cache, mirror, fieldProps, menu: menuElement };
}
