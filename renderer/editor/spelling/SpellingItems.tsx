// The spelling part of the editor's context menu, for a misspelt word: its suggestions
// (choosing one replaces the word, undoably), "add to dictionary" and "ignore". Menu
// items like the rest of the menu, so arrow keys, Enter and Escape work the same.
// For a context slip («وقال ان») the one correction, the verb that decides it, and
// "ignore": the word is in the dictionary already, so there is nothing to add.
import { useEffect, useId, useRef, useState } from 'react';
import { t, type UiLang } from '../strings';

/** What can be done to a misspelt word: in the body (a Slate range) or in a field. */
export interface WordActions<T> {
  suggest(target: T): Promise<string[]>;
  replace(target: T, suggestion: string): void;
  add(target: T): Promise<void>;
  ignore(target: T): void;
}

interface Props<T> {
  target: T;
  actions: WordActions<T>;
  lang: UiLang;
  onClose(): void;
}

export function SpellingItems<T extends { text: string; key: string; slip?: { cue: string } }>({ target, actions, lang, onClose }: Props<T>) {
  const [suggestions, setSuggestions] = useState<string[] | 'loading' | 'failed'>('loading');
  const first = useRef<HTMLButtonElement>(null);
  const whyId = useId();

  useEffect(() => {
    let live = true;
    actions.suggest(target).then(
      (found) => live && setSuggestions(found),
      () => live && setSuggestions('failed'),
    );
    return () => {
      live = false;
    };
  }, [actions, target]);

  useEffect(() => {
    // The menu opened with focus on its first item; once suggestions come, the best one
    // is where the keyboard starts.
    if (Array.isArray(suggestions) && first.current?.closest('[role="menu"]')?.contains(document.activeElement)) first.current.focus();
  }, [suggestions]);

  const run = (action: () => void) => {
    onClose();
    action();
  };

  return (
    <div
      role="group"
      aria-label={`${t(target.slip ? 'spellingContextGroup' : 'spellingGroup', lang)} «${target.text}»`}
      className="spelling-items"
      data-qalam="spelling-menu"
    >
      {target.slip && <ContextWhy id={whyId} cue={target.slip.cue} lang={lang} />}
      {suggestions === 'loading' && <p className="spelling-status" role="status">{t('spellingLoading', lang)}</p>}
      {(suggestions === 'failed' || (Array.isArray(suggestions) && suggestions.length === 0)) && (
        <p className="spelling-status" role="status">{t('spellingNone', lang)}</p>
      )}
      {Array.isArray(suggestions) &&
        suggestions.map((suggestion, i) => (
          <button
            key={suggestion}
            ref={i === 0 ? first : undefined}
            type="button"
            role="menuitem"
            lang={/\p{Script=Arabic}/u.test(suggestion) ? 'ar' : 'en'}
            className="spelling-suggestion"
            data-suggestion={suggestion}
            aria-label={`${t('spellingReplace', lang)} ${suggestion}`}
            aria-describedby={target.slip ? whyId : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(() => actions.replace(target, suggestion))}
          >
            {/* Isolated, not dir=auto on the item: an Arabic word in the English menu keeps
                the menu's alignment instead of jumping to the far side. */}
            <bdi>{suggestion}</bdi>
          </button>
        ))}
      {!target.slip && (
        <button
          type="button"
          role="menuitem"
          data-command="spelling-add"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => run(() => void actions.add(target).catch(() => undefined))}
        >
          {t('spellingAdd', lang)}
        </button>
      )}
      <button type="button" role="menuitem" data-command="spelling-ignore" onMouseDown={(e) => e.preventDefault()} onClick={() => run(() => actions.ignore(target))}>
        {t('spellingIgnore', lang)}
      </button>
      <hr role="separator" />
    </div>
  );
}

/** Why a context slip's one correction is the right one, as a sentence leading into it
 * («بعد «وقال» تُكتب:» over «إن»). The verb is isolated, so it stays one Arabic word
 * inside the English line, with its quotes around it. */
function ContextWhy({ id, cue, lang }: { id: string; cue: string; lang: UiLang }) {
  const [before, after] = t('spellingContextWhy', lang).split('{cue}');
  return (
    <p className="spelling-why" id={id}>
      {before}
      <bdi lang="ar">{cue}</bdi>
      {after}
    </p>
  );
}
