// What a library row shows from sync: a conflict badge and who else has it open.
// Mounted by the library row (one element, nothing when there is nothing to say).
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { useLang } from '../i18n';
import { useConflictIds, usePresenceOf, useSync } from './context';
import { Fill } from './Fill';
import { presenceLine, presenceParts } from './presence';
import { st } from './strings';

export function SyncRowBadges({ articleId, digits }: { articleId: string; digits: DigitStyle }) {
  const lang = useLang();
  const conflicted = useConflictIds().has(articleId);
  const editors = usePresenceOf(articleId);
  if (!conflicted && editors.length === 0) return null;
  return (
    <span className="sync-row">
      {conflicted && (
        <span className="sync-badge conflict" data-qalam="conflict-badge" title={st(lang, 'conflictBadgeLabel')}>
          <span aria-hidden="true">⚠ </span>
          {st(lang, 'conflictBadge')}
        </span>
      )}
      {editors.map((p) => (
        <span key={`${p.deviceName}-${p.since}`} className="sync-presence" data-qalam="presence" title={presenceLine(p, lang, digits)}>
          <span aria-hidden="true">✎ </span>
          <Fill {...presenceParts(p, lang, digits, true)} />
        </span>
      ))}
    </span>
  );
}

/** Above the open article: the same advice, and a way into its conflict. */
export function ArticleSyncNotice({ articleId, digits }: { articleId: string; digits: DigitStyle }) {
  const lang = useLang();
  const conflicted = useConflictIds().has(articleId);
  const editors = usePresenceOf(articleId);
  const open = useSyncOpenConflict();
  if (!conflicted && editors.length === 0) return null;
  return (
    <div className="sync-notice" data-qalam="article-sync-notice">
      {editors.map((p) => (
        <p key={`${p.deviceName}-${p.since}`} className="sync-presence" data-qalam="presence" role="status">
          <span aria-hidden="true">✎ </span>
          <Fill {...presenceParts(p, lang, digits)} />. <span className="muted-inline">{st(lang, 'presenceAdvice')}</span>
        </p>
      ))}
      {conflicted && (
        <p className="sync-conflict-notice" data-qalam="conflict-notice" role="alert">
          <span aria-hidden="true">⚠ </span>
          {st(lang, 'conflictNotice')}{' '}
          <button type="button" className="link" data-qalam="show-conflict" onClick={() => open(articleId)}>
            {st(lang, 'showConflict')}
          </button>
        </p>
      )}
    </div>
  );
}

function useSyncOpenConflict(): (id: string) => void {
  const sync = useSync();
  return (id) => sync?.openConflict(id);
}
