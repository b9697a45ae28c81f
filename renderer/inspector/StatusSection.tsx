// The workflow: draft → editing → ready → published → archived. Each change is a
// 'status' revision in the store (who and when); the list below the select shows them.
// "Ready" lists what is missing, as warnings: the desk decides, the app only points.
import { useEffect, useState } from 'react';
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Api, RevisionSummary } from '../../electron/common/contract';
import { STATUSES, type ArticleMeta, type Block, type Status } from '../../electron/common/document/types';
import { useLang, useT } from '../i18n';
import { statusChanges } from '../history/changes';
import { absoluteTime, relativeTime } from '../library/relative-time';
import { readyWarnings, type ReadyWarning } from './ready';
import { countLabel } from '../statusbar/format';
import { deviceLabel } from '../history/RevisionList';

interface Props {
  id: string;
  api: Api;
  meta: ArticleMeta;
  body: readonly Block[];
  words: number | undefined;
  digits: DigitStyle;
  /** Changes when a save lands: the status history is read again then. */
  savedAt: number | undefined;
  onStatus(status: Status): void;
}

export function StatusSection({ id, api, meta, body, words, digits, savedAt, onStatus }: Props) {
  const tr = useT();
  const lang = useLang();
  const [history, setHistory] = useState<{ rev: RevisionSummary; from: Status }[]>([]);

  useEffect(() => {
    let current = true;
    api.revisions.list({ id }).then(
      (revs) => {
        if (!current) return;
        const changes = statusChanges(revs);
        setHistory(revs.filter((r) => changes.has(r.id)).map((rev) => ({ rev, from: changes.get(rev.id)!.from })));
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, id, savedAt]);

  const warnings = meta.status === 'ready' && words !== undefined ? readyWarnings(meta, body, words) : [];
  const num = (n: number) => formatNumber(n, digits);
  const warningText = (w: ReadyWarning): string => {
    switch (w.kind) {
      case 'noHeadline':
        return tr('warn.noHeadline');
      case 'noStandfirst':
        return tr('warn.noStandfirst');
      case 'emptyCaption':
        return tr('warn.emptyCaption', { n: num(w.figure) });
      case 'emptyAlt':
        return tr('warn.emptyAlt', { n: num(w.figure) });
      case 'overTarget':
        return tr('warn.overTarget', { words: countLabel(w.words, 'words', lang, digits), target: num(w.target) });
      case 'underTarget':
        return tr('warn.underTarget', { words: countLabel(w.words, 'words', lang, digits), target: num(w.target) });
    }
  };

  return (
    <section className="status-section" aria-label={tr('workflow')}>
      <label>
        <span>{tr('status')}</span>
        <select value={meta.status} data-qalam="status" onChange={(e) => onStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tr(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {warnings.length > 0 && (
        <div className="ready-warnings" role="status" data-qalam="ready-warnings">
          <p>{tr('readyWarningsTitle')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={JSON.stringify(w)} data-qalam="ready-warning" data-kind={w.kind}>
                {warningText(w)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {history.length > 0 && (
        <details className="status-history" data-qalam="status-history">
          <summary>{tr('statusHistory')}</summary>
          <ol>
            {history.map(({ rev, from }) => (
              <li key={rev.id} data-qalam="status-change">
                <span>
                  {tr(`status.${from}`)} {lang === 'ar' ? '←' : '→'} {tr(`status.${rev.status}`)}
                </span>
                <span className="who" data-qalam="status-change-who">
                  <bdi>{rev.author || tr('unknownAuthor')}</bdi> {tr('onDevice')} <bdi>{deviceLabel(rev, tr)}</bdi>
                </span>
                <time dateTime={rev.createdAt} title={absoluteTime(rev.createdAt, lang, digits)}>
                  {relativeTime(rev.createdAt, new Date(), lang, digits)}
                </time>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
