// The library: search as you type, the list with its sort and filters, the trash, and
// the ways in (new article, open from a file by picker or by dropping it here).
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type DragEvent, type Ref } from 'react';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Api, ArticleSummary } from '../../electron/common/contract';
import type { Status } from '../../electron/common/document/types';
import { ApiError, describeAny } from '../api';
import { useLang, useT } from '../i18n';
import { navigate } from '../router';
import { ConfirmButton } from './Confirm';
import { fileToBase64, IMPORT_ACCEPT } from './files';
import { DEFAULT_VIEW, LibraryControls, type ListView } from './LibraryControls';
import { LibraryItem, type RowActions } from './LibraryItem';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';
import { SelectionBar } from './SelectionBar';
import { listKeys, useSelection } from './useSelection';
import type { ExportDefaults } from '../../electron/common/export-options';
import './library.css';

export interface LiveHeader {
  id: string;
  kicker: string;
  headline: string;
  status: Status;
}

interface Props {
  api: Api;
  openId: string | undefined;
  live: LiveHeader | undefined;
  /** Bumped by the shell when the list must be read again (an article was created). */
  refreshKey: number;
  sections: readonly string[];
  digits: DigitStyle;
  /** The export dialog's remembered choices (the selection bar's batch export). */
  exportDefaults?: ExportDefaults;
  onRememberExport?(defaults: ExportDefaults): void;
  onCreate(): void;
  /** The library's own ways in, for the empty main pane's buttons and drop: one code path. */
  handle?: Ref<LibraryHandle>;
  /** Whether the library holds no article (told once the unfiltered list has loaded). */
  onEmpty?(empty: boolean): void;
}

export interface LibraryHandle {
  /** The picker of the library's «فتح ملف» button. */
  openFile(): void;
  /** Import as a drop on the library does, opening each imported article. */
  importFiles(files: FileList | File[]): void;
}

/** Relative times ("قبل ٥ دقائق") move on by themselves. */
const CLOCK_TICK_MS = 30_000;

export function LibraryPanel({ api, openId, live, refreshKey, sections, digits, exportDefaults, onRememberExport = () => {}, onCreate, handle, onEmpty }: Props) {
  const tr = useT();
  const lang = useLang();
  const [articles, setArticles] = useState<ArticleSummary[] | undefined>();
  const [tags, setTags] = useState<string[]>([]);
  const [view, setView] = useState<ListView>(DEFAULT_VIEW);
  const [error, setError] = useState<string | undefined>();
  const [reload, setReload] = useState(0);
  const [now, setNow] = useState(() => new Date());
  const [query, setQuery] = useState('');
  const [dropping, setDropping] = useState(false);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const search = useSearch(api);
  const { ask } = search;
  // Every change of the query goes through here: the request leaves before React renders.
  const changeQuery = useCallback(
    (next: string) => {
      ask(next);
      setQuery(next);
    },
    [ask],
  );
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const clearSearch = useCallback(() => {
    changeQuery('');
    searchRef.current?.focus();
  }, [changeQuery]);
  const searching = query.trim() !== '';
  const shownIds = useMemo(() => (view.trash || searching || !articles ? [] : articles.map((a) => a.id)), [articles, view.trash, searching]);
  const selection = useSelection(shownIds);
  // A deep link (or another window) can open an article this list has not seen yet.
  const stale = openId !== undefined && articles !== undefined && !view.trash && !articles.some((a) => a.id === openId);

  const fail = useCallback(
    (e: unknown) => {
      // A stale or missing web-host token: say how to get a good one.
      const hint = e instanceof ApiError && e.info.code === 'unauthorized' && !window.qalam ? ` ${tr('tokenHint')}` : '';
      setError(describeAny(e, lang) + hint);
    },
    [lang],
  );
  const again = () => setReload((n) => n + 1);

  useEffect(() => {
    let current = true;
    const request = {
      sort: view.sort,
      ...(view.trash ? { trashed: true } : {}),
      ...(view.status ? { status: view.status } : {}),
      ...(view.section ? { section: view.section } : {}),
      ...(view.tag ? { tag: view.tag } : {}),
    };
    api.articles.list(request).then(
      (list) => {
        if (!current) return;
        setArticles(list);
        setError(undefined);
        setNow(new Date());
      },
      (e: unknown) => current && fail(e),
    );
    api.library.tags(undefined).then(
      (found) => current && setTags(found.map((t) => t.tag)),
      () => {},
    );
    return () => {
      current = false;
    };
    // openId: leaving an article shows its new word count and time.
  }, [api, refreshKey, reload, view, stale, openId, fail]);

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const act = (work: Promise<unknown>, then?: (value: unknown) => void) => {
    setBusy(true);
    work.then(
      (value) => {
        setBusy(false);
        setError(undefined);
        again();
        then?.(value);
      },
      (e: unknown) => {
        setBusy(false);
        fail(e);
      },
    );
  };
  // Several at once: close the open article first when it is among them, so its last
  // saves land before (as the single move to the trash does); a status change reopens it.
  const trashMany = (ids: string[]) => {
    if (openId && ids.includes(openId)) navigate({ view: 'library' });
    act(Promise.all(ids.map((id) => api.articles.trash({ id }))), selection.clear);
  };
  const setStatusMany = (ids: string[], status: Status) => {
    const reopen = openId && ids.includes(openId) ? openId : undefined;
    if (reopen) navigate({ view: 'library' });
    act(
      Promise.all(ids.map((id) => api.articles.save({ id, meta: { status } }))),
      () => reopen && navigate({ view: 'article', id: reopen }),
    );
  };
  // The rows' actions, one stable object: rows are memoized, and a new function per row
  // per render would re-render all of them on every tick, click and selection.
  const latest = useRef({ act, openId, selection });
  latest.current = { act, openId, selection };
  const rowActions = useMemo<RowActions>(
    () => ({
      duplicate: (id) => latest.current.act(api.articles.duplicate({ id }), openArticle),
      trash: (id) => {
        // Close it first, so its last saves land before it is in the trash.
        if (id === latest.current.openId) navigate({ view: 'library' });
        latest.current.act(api.articles.trash({ id }));
      },
      restore: (id) => latest.current.act(api.articles.restore({ id })),
      purge: (id) => latest.current.act(api.articles.purge({ id })),
      select: (id, how) => (how === 'range' ? latest.current.selection.range(id) : latest.current.selection.toggle(id)),
    }),
    [api],
  );
  const openArticle = (value: unknown) => navigate({ view: 'article', id: (value as { id: string }).id });

  async function importFiles(files: FileList | File[]) {
    for (const file of [...files]) {
      act(
        fileToBase64(file).then((data) => api.import.file({ name: file.name, data })),
        openArticle,
      );
    }
  }

  useImperativeHandle(handle, () => ({ openFile: () => fileRef.current?.click(), importFiles: (files) => void importFiles(files) }));
  // Filters and the trash show a part of the library: only the whole list says it is empty.
  const unfiltered = !view.trash && !view.status && !view.section && !view.tag;
  useEffect(() => {
    if (articles && unfiltered) onEmpty?.(articles.length === 0);
  }, [articles, unfiltered, onEmpty]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    if (e.dataTransfer.files.length > 0) void importFiles(e.dataTransfer.files);
  };

  const sectionChoices = [...new Set([...sections, ...(articles ?? []).map((a) => a.section).filter(Boolean)])];
  const liveOf = (summary: ArticleSummary) => (live && live.id === summary.id ? { ...summary, ...live } : summary);

  return (
    <nav
      className={`library${dropping ? ' dropping' : ''}`}
      aria-label={tr('library')}
      data-qalam="library"
      aria-busy={busy}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDropping(false)}
      onDrop={onDrop}
    >
      <div className="library-head">
        <h2>{view.trash ? tr('trash') : tr('library')}</h2>
        {!view.trash && (
          <span className="head-actions">
            <button type="button" className="quiet" data-qalam="open-file" onClick={() => fileRef.current?.click()}>
              {tr('openFile')}
            </button>
            <button type="button" className="primary" data-qalam="new-article" onClick={onCreate}>
              {tr('newArticle')}
            </button>
          </span>
        )}
        <input
          ref={fileRef}
          type="file"
          hidden
          accept={IMPORT_ACCEPT}
          multiple
          data-qalam="file-input"
          aria-label={tr('openFile')}
          onChange={(e) => {
            if (e.target.files) void importFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {!view.trash && (
        <div className="library-search">
          <input
            ref={searchRef}
            type="search"
            value={query}
            // dir=auto on an empty field turns the placeholder left-to-right.
            dir={query ? 'auto' : undefined}
            placeholder={tr('searchPlaceholder')}
            aria-label={tr('search')}
            data-qalam="search"
            onChange={(e) => changeQuery(e.target.value)}
            onKeyDown={(e) => {
              // Escape clears the words; on an empty box it is left to the shell (it
              // closes the library where it lies over the article).
              if (e.key === 'Escape') {
                if (query) {
                  e.preventDefault();
                  changeQuery('');
                }
              } else if (e.key === 'ArrowDown' && searching) {
                e.preventDefault();
                document.querySelector<HTMLElement>('[data-qalam="search-hit"]')?.focus();
              } else if (e.key === 'Enter' && search.hits?.[0]) navigate({ view: 'article', id: search.hits[0].id });
            }}
          />
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-qalam="library-error">
          {error}
        </p>
      )}
      {dropping && <p className="drop-hint">{tr('dropHere')}</p>}
      {searching ? (
        <>
          <p className="muted small" role="status" data-qalam="search-count" data-query={search.answered}>
            {search.error
              ? describeAny(search.error, lang)
              : search.hits
                ? // "النتائج: ٠" alone left the editor guessing whether the search had run.
                  search.hits.length === 0
                  ? tr('noHits', { q: search.answered?.trim() ?? '' })
                  : tr('hits', { n: formatNumber(search.hits.length, digits) })
                : tr('searching')}
          </p>
          {search.hits && (
            <SearchResults hits={search.hits} openId={openId} onLeaveTop={focusSearch} onEscape={clearSearch} />
          )}
        </>
      ) : (
        <>
          <div className="library-bar">
            <LibraryControls view={view} sections={sectionChoices} tags={tags} onChange={setView} />
            <span className="bar-actions">
              <button
                type="button"
                className="quiet"
                aria-pressed={view.trash}
                data-qalam="show-trash"
                onClick={() => setView({ ...DEFAULT_VIEW, trash: !view.trash })}
              >
                {view.trash ? tr('backToLibrary') : tr('trash')}
              </button>
              {view.trash && (
                <ConfirmButton
                  qalam="empty-trash"
                  label={tr('emptyTrash')}
                  question={tr('emptyTrashQuestion')}
                  confirmLabel={tr('emptyTrashYes')}
                  disabled={!articles || articles.length === 0}
                  onConfirm={() => act(api.articles.emptyTrash(undefined))}
                />
              )}
            </span>
          </div>
          {!view.trash && selection.ordered.length > 0 && (
            <SelectionBar
              api={api}
              ids={selection.ordered}
              digits={digits}
              exportDefaults={exportDefaults}
              onRememberExport={onRememberExport}
              onTrash={trashMany}
              onStatus={setStatusMany}
              onClear={selection.clear}
            />
          )}
          {!articles && !error && <p className="muted">{tr('loading')}</p>}
          {articles?.length === 0 && <p className="muted">{view.trash ? tr('trashEmpty') : tr('noArticles')}</p>}
          <ul className="library-list" data-qalam="library-list" aria-label={view.trash ? tr('trash') : tr('library')} onKeyDown={(e) => listKeys(e, selection)}>
            {articles?.map((summary) => (
              <LibraryItem
                key={summary.id}
                article={liveOf(summary)}
                current={summary.id === openId}
                now={now}
                digits={digits}
                trash={view.trash}
                actions={rowActions}
                {...(view.trash ? {} : { selected: selection.ids.has(summary.id), selectable: true })}
              />
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
