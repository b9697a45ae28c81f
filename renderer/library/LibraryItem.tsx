// One article in the list: kicker, headline, then status · section · byline · words ·
// last change. Actions sit beside the link (never inside it), each named for the article.
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { textLang } from '../../electron/common/arabic/script';
import { countLabel } from '../statusbar/format';
import type { ArticleSummary } from '../../electron/common/contract';
import { useLang, useT } from '../i18n';
import { articleHref } from '../router';
import { SyncRowBadges } from '../sync/SyncBadges';
import { ConfirmButton } from './Confirm';
import { libraryText } from './strings';
import { deadlineText, isOverdue } from '../inspector/deadline';
import { absoluteTime, localeFor, relativeTime } from './relative-time';

/** What a row can do; one object shared by every row (see LibraryPanel). */
export interface RowActions {
  duplicate(id: string): void;
  trash(id: string): void;
  restore(id: string): void;
  purge(id: string): void;
  select(id: string, how: 'toggle' | 'range'): void;
}

interface Props {
  article: ArticleSummary;
  current: boolean;
  now: Date;
  digits: DigitStyle;
  trash: boolean;
  actions: RowActions;
  /** Outside the trash: a tick box, and Ctrl/Shift+click and Space select. */
  selectable?: boolean;
  selected?: boolean;
}

/** Memoized: a selection click or the clock's tick re-renders the rows that changed. */
export const LibraryItem = memo(function LibraryItem({ article: a, current, now, digits, trash, actions, selectable = false, selected = false }: Props) {
  const tr = useT();
  const lang = useLang();
  const title = a.headline || tr('untitled');
  const changed = trash && a.trashedAt ? a.trashedAt : a.updatedAt;
  const overdue = !trash && isOverdue(a.deadline, a.status, now);
  const body = (
    <>
      {a.kicker && (
        <span className="kicker" dir="auto" lang={textLang(a.kicker)}>
          {a.kicker}
        </span>
      )}
      <span className="headline" dir="auto" lang={textLang(title)}>
        {title}
      </span>
      <span className="item-meta">
        <span className={`status status-${a.status}`} data-qalam="item-status">
          {tr(`status.${a.status}`)}
        </span>
        {/* <bdi>: the name keeps its own direction; the separator before it keeps the row's. */}
        {a.section && (
          <span data-qalam="item-section">
            <bdi lang={textLang(a.section)}>{a.section}</bdi>
          </span>
        )}
        {a.byline && (
          <span data-qalam="item-byline">
            <bdi lang={textLang(a.byline)}>{a.byline}</bdi>
          </span>
        )}
        <span data-qalam="item-words">
          {countLabel(a.words, 'words', lang, digits)}
        </span>
        <time dateTime={changed} title={absoluteTime(changed, lang, digits)} data-qalam="item-changed">
          {relativeTime(changed, now, lang, digits)}
        </time>
        {/* The deadline while the article is still to be published; past it, said in
            words (not colour alone). */}
        {a.deadline && a.status !== 'published' && a.status !== 'archived' && (
          <time
            dateTime={a.deadline}
            title={deadlineText(a.deadline, localeFor(lang, digits))}
            className={overdue ? 'deadline overdue' : 'deadline'}
            data-qalam="item-deadline"
            data-overdue={overdue || undefined}
          >
            {overdue
              ? `${libraryText(lang, 'deadlinePast')} (${relativeTime(a.deadline, now, lang, digits)})`
              : libraryText(lang, 'deadlineDue', { when: relativeTime(a.deadline, now, lang, digits) })}
          </time>
        )}
      </span>
      {/* Sync (renderer/sync): conflict badge and who else has it open; nothing otherwise. */}
      <SyncRowBadges articleId={a.id} digits={digits} />
    </>
  );
  // Ctrl/Cmd+click and Shift+click select instead of opening (and instead of the
  // browser's new tab or window); Space on the focused row ticks it.
  const onClick = (e: MouseEvent) => {
    if (!selectable || !(e.ctrlKey || e.metaKey || e.shiftKey)) return;
    e.preventDefault();
    actions.select(a.id, e.shiftKey ? 'range' : 'toggle');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!selectable || e.key !== ' ') return;
    e.preventDefault();
    actions.select(a.id, e.shiftKey ? 'range' : 'toggle');
  };
  return (
    <li className={`library-row${selected ? ' selected' : ''}`} data-selected={selected || undefined}>
      {trash ? (
        <div className="library-item" data-qalam="library-item" data-id={a.id}>
          {body}
        </div>
      ) : (
        <a
          href={articleHref(a.id)}
          className="library-item"
          aria-current={current ? 'page' : undefined}
          data-qalam="library-item"
          data-id={a.id}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          {body}
        </a>
      )}
      {selectable && (
        <input
          type="checkbox"
          className="item-select"
          checked={selected}
          aria-label={libraryText(lang, 'selectNamed', { title })}
          data-qalam="select-item"
          onChange={() => {}}
          onClick={(e) => actions.select(a.id, e.shiftKey ? 'range' : 'toggle')}
        />
      )}
      <span className="item-actions">
        {trash ? (
          <>
            <button type="button" className="quiet small" data-qalam="restore" aria-label={tr('restoreNamed', { title })} onClick={() => actions.restore(a.id)}>
              {tr('restoreFromTrash')}
            </button>
            <ConfirmButton
              qalam="purge"
              className="quiet small"
              label={tr('deleteForever')}
              ariaLabel={tr('deleteForeverNamed', { title })}
              question={tr('deleteForeverQuestion', { title })}
              confirmLabel={tr('emptyTrashYes')}
              onConfirm={() => actions.purge(a.id)}
            />
          </>
        ) : (
          <>
            <button type="button" className="quiet small" data-qalam="duplicate" aria-label={tr('duplicateNamed', { title })} onClick={() => actions.duplicate(a.id)}>
              {tr('duplicate')}
            </button>
            <button type="button" className="quiet small" data-qalam="trash" aria-label={tr('trashNamed', { title })} onClick={() => actions.trash(a.id)}>
              {tr('moveToTrash')}
            </button>
          </>
        )}
      </span>
    </li>
  );
});
