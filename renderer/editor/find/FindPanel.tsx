// The find & replace panel (Ctrl+F / Ctrl+H). Enter = next, Shift+Enter = previous,
// Escape closes and returns to the text.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useEditorServices } from '../context';
import { formatCount, t, type UiLang } from '../strings';
import type { FindState } from './useFind';

export function FindPanel({ find, lang, onClose }: { find: FindState; lang: UiLang; onClose(): void }) {
  const { digits } = useEditorServices();
  const queryInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    queryInput.current?.focus();
    queryInput.current?.select();
  }, [find.open]);

  // A replace can leave no matches, disabling the button that had focus; the focus
  // would fall to <body> and Escape would no longer reach the panel.
  const keepFocus = (action: () => unknown) => {
    action();
    queryInput.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && (e.target as HTMLElement).dataset.qalam === 'find-query') {
      e.preventDefault();
      find.step(e.shiftKey ? -1 : 1);
    }
  };
  const total = find.matches.length;
  const status =
    find.query === '' ? '' : total === 0 ? t('findNone', lang)
      : t('findCount', lang, { current: formatCount(find.currentIndex + 1, digits), total: formatCount(total, digits) });

  return (
    <div className="find-panel" role="search" aria-label={t('find', lang)} onKeyDown={onKeyDown}>
      <div className="find-row">
        <input ref={queryInput} data-qalam="find-query" aria-label={t('findQuery', lang)} placeholder={t('findQuery', lang)}
          value={find.query} onChange={(e) => find.setQuery(e.target.value)} />
        <span className="find-status" role="status" data-qalam="find-status">{status}</span>
        <button type="button" onClick={() => find.step(-1)} disabled={total === 0} aria-label={t('findPrevious', lang)}>{t('findPrevious', lang)}</button>
        <button type="button" onClick={() => find.step(1)} disabled={total === 0} aria-label={t('findNext', lang)}>{t('findNext', lang)}</button>
        <button type="button" onClick={onClose} aria-label={t('close', lang)}>×</button>
      </div>
      <div className="find-row">
        <label><input type="checkbox" data-qalam="find-exact" checked={find.options.exact}
          onChange={(e) => find.setOptions({ ...find.options, exact: e.target.checked })} /> {t('findExact', lang)}</label>
        <label><input type="checkbox" data-qalam="find-whole-word" checked={find.options.wholeWord}
          onChange={(e) => find.setOptions({ ...find.options, wholeWord: e.target.checked })} /> {t('findWholeWord', lang)}</label>
      </div>
      {find.open === 'replace' && (
        <div className="find-row">
          <input data-qalam="replace-with" aria-label={t('replaceWith', lang)} placeholder={t('replaceWith', lang)}
            value={find.replacement} onChange={(e) => find.setReplacement(e.target.value)} />
          <button type="button" onClick={() => keepFocus(find.replaceCurrent)} disabled={total === 0}>{t('replaceOne', lang)}</button>
          <button type="button" onClick={() => keepFocus(find.replaceEvery)} disabled={total === 0}>{t('replaceAll', lang)}</button>
        </div>
      )}
    </div>
  );
}
