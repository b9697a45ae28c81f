// The sync status in the status bar: always visible while sync is set up, one word or
// a time ("آخر مزامنة ١٠:٤٢", "تعارضان", "المجلد المشترك غير متاح"); a button that opens
// the sync panel.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { useLang } from '../i18n';
import { useSync } from './context';
import { syncSummary } from './format';
import { st } from './strings';

export function SyncIndicator({ digits }: { digits: DigitStyle }) {
  const sync = useSync();
  const lang = useLang();
  const summary = syncSummary(sync?.state, lang, digits);
  if (!sync || !summary) return null;
  return (
    <button
      type="button"
      className={`sync-indicator tone-${summary.tone}`}
      data-qalam="sync-status"
      data-tone={summary.tone}
      aria-label={st(lang, 'syncStatusLabel', { status: summary.text })}
      aria-haspopup="dialog"
      onClick={sync.openPanel}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span aria-live="polite">{summary.text}</span>
    </button>
  );
}
