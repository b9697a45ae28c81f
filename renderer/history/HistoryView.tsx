// An article's history: the revision list beside a viewer that shows either one
// revision read-only (the editor in read-only mode: no article HTML is ever injected)
// or a word diff between any two. Restoring makes a new revision, so it can itself be
// undone by restoring the revision before it.
//
// Where the page is too narrow for the list beside a diff worth reading (history.css),
// the list goes above the viewer, a few revisions high, and folds away under its own
// button: the diff gets the page's whole width, the list stays a Tab away.
import { useEffect, useMemo, useState } from 'react';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { RevisionSummary } from '../../electron/common/contract';
import type { Article } from '../../electron/common/document/types';
import { describeAny, type Client } from '../api';
import { BodyEditor } from '../article/BodyEditor';
import { useLang, useT } from '../i18n';
import { absoluteTime } from '../library/relative-time';
import { pageStorage, readStored, writeStored } from '../page-storage';
import { articleHref } from '../router';
import { diffSegments } from './changes';
import { DiffView } from './DiffView';
import { RevisionList } from './RevisionList';
import { revisionText } from './revision-text';
import './history.css';

interface Props {
  id: string;
  client: Client;
  digits: DigitStyle;
}

type Mode = { kind: 'view'; revision: string } | { kind: 'diff'; from: string; to: string };

export function HistoryView({ id, client, digits }: Props) {
  const { api } = client;
  const tr = useT();
  const lang = useLang();
  const [revisions, setRevisions] = useState<RevisionSummary[]>();
  const [current, setCurrent] = useState('');
  const [mode, setMode] = useState<Mode>();
  const [loaded, setLoaded] = useState<Record<string, Article>>({});
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [reload, setReload] = useState(0);
  const [folded, setFolded] = useState(readFolded);

  useEffect(() => {
    let alive = true;
    Promise.all([api.revisions.list({ id }), api.articles.get({ id })]).then(
      ([list, article]) => {
        if (!alive) return;
        setRevisions(list);
        setCurrent(article.revision);
        setMode((m) => m ?? (list.length >= 2 ? { kind: 'diff', from: list[1]!.id, to: list[0]!.id } : list[0] ? { kind: 'view', revision: list[0].id } : undefined));
      },
      (e: unknown) => alive && setError(describeAny(e, lang)),
    );
    return () => {
      alive = false;
    };
  }, [api, id, reload, lang]);

  // Fetch the revisions the viewer needs (each once: revisions never change).
  const needed = mode?.kind === 'view' ? [mode.revision] : mode ? [mode.from, mode.to] : [];
  useEffect(() => {
    for (const revision of needed) {
      if (loaded[revision]) continue;
      api.revisions.get({ id, revision }).then(
        (article) => setLoaded((l) => ({ ...l, [revision]: article })),
        (e: unknown) => setError(describeAny(e, lang)),
      );
    }
  }, [needed.join(' ')]);

  const segments = useMemo(() => {
    if (mode?.kind !== 'diff') return undefined;
    const from = loaded[mode.from];
    const to = loaded[mode.to];
    return from && to ? diffSegments(revisionText(from), revisionText(to)) : undefined;
  }, [mode, loaded]);

  const restore = (revision: string) => {
    api.revisions.restore({ id, revision }).then(
      (article) => {
        const when = revisions?.find((r) => r.id === revision)?.createdAt;
        setNotice(tr('restored', { when: when ? absoluteTime(when, lang, digits) : '' }));
        setError(undefined);
        setMode({ kind: 'view', revision: article.revision });
        setReload((n) => n + 1);
      },
      (e: unknown) => setError(describeAny(e, lang)),
    );
  };

  const label = (r: RevisionSummary) => `${absoluteTime(r.createdAt, lang, digits, true)} — ${tr(`kind.${r.kind}`)}`;
  const viewed = mode?.kind === 'view' ? loaded[mode.revision] : undefined;

  return (
    <main className="history-pane" data-qalam="history" aria-labelledby="qalam-history-title">
      <div className="history-head">
        <h1 id="qalam-history-title">{tr('history')}</h1>
        <a href={articleHref(id)} data-qalam="back-to-article">
          {tr('backToArticle')}
        </a>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-qalam="history-notice">
          {notice}
        </p>
      )}
      {!revisions && !error && <p className="muted">{tr('loading')}</p>}
      {revisions && (
        <div className="history-body" data-folded={folded || undefined}>
          <div className="history-revisions">
            {/* Shown only where the list lies above the viewer (history.css). */}
            <button
              type="button"
              className="quiet small revisions-fold"
              data-qalam="fold-revisions"
              aria-expanded={!folded}
              aria-controls="qalam-revision-list"
              onClick={() => {
                setFolded(!folded);
                writeFolded(!folded);
              }}
            >
              <span className="fold-mark" aria-hidden="true" />
              {tr('revisionListToggle', { n: formatNumber(revisions.length, digits) })}
            </button>
            <div id="qalam-revision-list">
              <RevisionList
                revisions={revisions}
                current={current}
                viewing={mode?.kind === 'view' ? mode.revision : undefined}
                digits={digits}
                onOpen={(revision) => setMode({ kind: 'view', revision })}
                onRestore={restore}
              />
            </div>
          </div>
          <section className="history-viewer" aria-label={tr('revisionViewer')}>
            {revisions.length >= 2 && (
              <div className="compare-bar">
                <RevisionSelect
                  name="compare-from"
                  label={tr('compareFrom')}
                  value={mode?.kind === 'diff' ? mode.from : ''}
                  placeholder={mode?.kind !== 'diff'}
                  revisions={revisions}
                  labelOf={label}
                  onChange={(from) => setMode({ kind: 'diff', from, to: mode?.kind === 'diff' ? mode.to : revisions[0]!.id })}
                />
                <RevisionSelect
                  name="compare-to"
                  label={tr('compareTo')}
                  value={mode?.kind === 'diff' ? mode.to : ''}
                  placeholder={mode?.kind !== 'diff'}
                  revisions={revisions}
                  labelOf={label}
                  onChange={(to) => setMode({ kind: 'diff', to, from: mode?.kind === 'diff' ? mode.from : revisions[1]!.id })}
                />
              </div>
            )}
            {mode?.kind === 'diff' && (segments ? <DiffView segments={segments} digits={digits} /> : <p className="muted">{tr('loading')}</p>)}
            {mode?.kind === 'view' &&
              (viewed ? (
                <div className="article read-only" dir={viewed.meta.language.startsWith('ar') ? 'rtl' : 'auto'} lang={viewed.meta.language} data-qalam="revision-view" data-revision={viewed.revision}>
                  <p className="read-only-note" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                    {tr('readOnlyRevision')}
                  </p>
                  <header className="article-header">
                    {viewed.meta.kicker && <p className="kicker-field">{viewed.meta.kicker}</p>}
                    <h2 className="headline-field" data-qalam="revision-headline">
                      {viewed.meta.headline || tr('untitled')}
                    </h2>
                    {viewed.meta.standfirst && <p className="standfirst-field">{viewed.meta.standfirst}</p>}
                  </header>
                  <BodyEditor key={viewed.revision} articleId={id} initialBody={viewed.body} onChange={() => {}} client={client} lang={lang} digits={digits} readOnly />
                </div>
              ) : (
                <p className="muted">{tr('loading')}</p>
              ))}
          </section>
        </div>
      )}
    </main>
  );
}

// Folding the list is the editor's habit, not one article's: kept beside the window, as
// the side panels are (shell/panels.ts).
const FOLDED_KEY = 'qalam.history.folded';

const readFolded = (): boolean => readStored(pageStorage(), FOLDED_KEY) === true;
const writeFolded = (folded: boolean): void => writeStored(pageStorage(), FOLDED_KEY, folded);

interface RevisionSelectProps {
  name: string;
  label: string;
  value: string;
  /** Show an empty first choice (nothing compared yet). */
  placeholder: boolean;
  revisions: RevisionSummary[];
  labelOf(revision: RevisionSummary): string;
  onChange(id: string): void;
}

/** One end of the comparison: a labelled list of the article's revisions. */
function RevisionSelect({ name, label, value, placeholder, revisions, labelOf, onChange }: RevisionSelectProps) {
  return (
    <label>
      <span>{label}</span>
      <select data-qalam={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder && <option value="">—</option>}
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {labelOf(r)}
          </option>
        ))}
      </select>
    </label>
  );
}
