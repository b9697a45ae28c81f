// The revisions of one article, newest first: when (relative, and the full date on
// hover and for screen readers), who, what kind, how many words changed, and any
// change of status. Open shows one read-only; Restore makes it current again.
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { RevisionSummary } from '../../electron/common/contract';
import { useLang, useT } from '../i18n';
import { absoluteTime, relativeTime } from '../library/relative-time';
import { signedChange, statusChanges, wordChanges } from './changes';

interface Props {
  revisions: RevisionSummary[];
  current: string;
  viewing: string | undefined;
  digits: DigitStyle;
  onOpen(id: string): void;
  onRestore(id: string): void;
}

/** The device's name as recorded, else "this computer" or "another computer". */
export function deviceLabel(r: RevisionSummary, tr: ReturnType<typeof useT>): string {
  return r.deviceName.trim() || (r.thisDevice ? tr('thisDevice') : tr('otherDevice'));
}

export function RevisionList({ revisions, current, viewing, digits, onOpen, onRestore }: Props) {
  const tr = useT();
  const lang = useLang();
  const now = new Date();
  const changes = wordChanges(revisions);
  const statuses = statusChanges(revisions);
  const num = (n: number) => formatNumber(n, digits);
  return (
    <ol className="revision-list" data-qalam="revisions" aria-label={tr('revisions')}>
      {revisions.map((r) => {
        const change = changes.get(r.id);
        const status = statuses.get(r.id);
        const when = absoluteTime(r.createdAt, lang, digits, true);
        return (
          <li key={r.id} className="revision" data-qalam="revision" data-id={r.id} aria-current={r.id === viewing ? 'true' : undefined}>
            <div className="revision-head">
              <time dateTime={r.createdAt} title={when}>
                {relativeTime(r.createdAt, now, lang, digits)}
              </time>
              <span className={`kind kind-${r.kind}`}>{tr(`kind.${r.kind}`)}</span>
              {r.id === current && <span className="badge">{tr('currentRevision')}</span>}
            </div>
            <div className="revision-meta">
              <span className="absolute">{when}</span>
              {/* Names, never the device id: the id is only a tooltip for whoever needs it. */}
              <span className="who" data-qalam="revision-who" title={r.device}>
                <bdi data-qalam="revision-author">{r.author || tr('unknownAuthor')}</bdi>
                {` ${tr('onDevice')} `}
                <bdi data-qalam="revision-device">{deviceLabel(r, tr)}</bdi>
              </span>
            </div>
            <div className="revision-meta">
              <span data-qalam="word-change" className={change && change > 0 ? 'plus' : change && change < 0 ? 'minus' : ''}>
                {tr('wordsLabel')}: {change === undefined ? num(r.words) : signedChange(change, num)}
              </span>
              {status && (
                <span className="status-change" data-qalam="revision-status">
                  {tr(`status.${status.from}`)} {lang === 'ar' ? '←' : '→'} {tr(`status.${r.status}`)}
                </span>
              )}
            </div>
            <div className="revision-actions">
              <button type="button" className="quiet small" data-qalam="open-revision" aria-label={tr('openRevisionNamed', { when })} onClick={() => onOpen(r.id)}>
                {tr('openRevision')}
              </button>
              {r.id !== current && (
                <button type="button" className="quiet small" data-qalam="restore-revision" aria-label={tr('restoreRevisionNamed', { when })} onClick={() => onRestore(r.id)}>
                  {tr('restoreRevision')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
