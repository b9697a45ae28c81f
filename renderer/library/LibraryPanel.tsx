// The minimal library: a New article button and the articles, newest first. Clicking
// one opens it; the open article's header updates here as it is typed.
import { useEffect, useState } from 'react';
import type { Api, ArticleSummary } from '../../electron/common/contract';
import type { Status } from '../../electron/common/document/types';
import { ApiError, describeAny } from '../api';
import { useLang, useT } from '../i18n';
import { articleHref } from '../router';

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
  onCreate(): void;
}

export function LibraryPanel({ api, openId, live, refreshKey, onCreate }: Props) {
  const tr = useT();
  const lang = useLang();
  const [articles, setArticles] = useState<ArticleSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  // A deep link (or another window) can open an article this list has not seen yet.
  const stale = openId !== undefined && articles !== undefined && !articles.some((a) => a.id === openId);

  useEffect(() => {
    let current = true;
    api.articles.list({ sort: 'updated' }).then(
      (list) => current && (setArticles(list), setError(undefined)),
      (e: unknown) => {
        if (!current) return;
        // A stale or missing web-host token: say how to get a good one.
        const hint = e instanceof ApiError && e.info.code === 'unauthorized' && !window.qalam ? ` ${tr('tokenHint')}` : '';
        setError(describeAny(e, lang) + hint);
      },
    );
    return () => {
      current = false;
    };
  }, [api, refreshKey, lang, stale]);

  return (
    <nav className="library" aria-label={tr('library')} data-qalam="library">
      <div className="library-head">
        <h2>{tr('library')}</h2>
        <button type="button" className="primary" data-qalam="new-article" onClick={onCreate}>
          {tr('newArticle')}
        </button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {!articles && !error && <p className="muted">{tr('loading')}</p>}
      {articles?.length === 0 && <p className="muted">{tr('noArticles')}</p>}
      <ul className="library-list">
        {articles?.map((summary) => {
          const a = live && live.id === summary.id ? { ...summary, ...live } : summary;
          return (
            <li key={a.id}>
              <a
                href={articleHref(a.id)}
                className="library-item"
                aria-current={a.id === openId ? 'page' : undefined}
                data-qalam="library-item"
                data-id={a.id}
              >
                {a.kicker && (
                  <span className="kicker" dir="auto">
                    {a.kicker}
                  </span>
                )}
                <span className="headline" dir="auto">
                  {a.headline || tr('untitled')}
                </span>
                <span className={`status status-${a.status}`}>{tr(`status.${a.status}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
