// The sync status line and the log, as pure functions of the state the services send:
// what the status bar says ("آخر مزامنة ١٠:٤٢", "تعارضان"…), and one readable line per pass.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { formatNumber } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';
import type { SyncLogEntry, SyncState } from '../../electron/common/sync';
import { clockLabel } from '../statusbar/format';
import { st } from './strings';
import { countNoun, type ArabicCountForms, type CountedNoun } from '../../electron/common/arabic/plural';

export type SyncTone = 'ok' | 'busy' | 'off' | 'warn' | 'error';

export interface SyncSummary {
  tone: SyncTone;
  text: string;
}

const CONFLICTS: CountedNoun = { ar: { one: 'تعارض واحد', two: 'تعارضان', few: 'تعارضات', many: 'تعارضًا', other: 'تعارض' }, en: ['conflict', 'conflicts'] };

/** "تعارض واحد", "تعارضان", "٣ تعارضات", "١١ تعارضًا"; "1 conflict", "2 conflicts". */
export function conflictsLabel(n: number, lang: Lang, digits: DigitStyle): string {
  return countNoun(n, CONFLICTS, lang, formatNumber(n, digits));
}

/** What the status bar says, most pressing first: the share gone or paused, open
 * conflicts, failed or skipped files, a pass running, then when the last pass finished. */
export function syncSummary(state: SyncState | undefined, lang: Lang, digits: DigitStyle): SyncSummary | undefined {
  if (!state) return undefined;
  if (!state.shareFolder) return { tone: 'off', text: st(lang, 'notConfigured') };
  if (!state.enabled) return { tone: 'off', text: st(lang, 'syncOff') };
  const last = state.log[0];
  if (last && last.status === 'share_unreachable') return { tone: 'error', text: st(lang, 'unreachable') };
  if (last && last.status === 'share_newer') return { tone: 'error', text: st(lang, 'updateQalam') };
  if (last && last.status !== 'ok' && last.status !== 'share_error') return { tone: 'error', text: st(lang, 'sharePaused') };
  if (state.conflictIds.length > 0) return { tone: 'warn', text: conflictsLabel(state.conflictIds.length, lang, digits) };
  if (last && (last.status === 'share_error' || last.failed.length > 0 || last.skipped.length > 0)) {
    return { tone: 'error', text: st(lang, 'errors') };
  }
  // Not damage: another desk runs a newer Qalam, and its work waits for this one's update.
  if (last?.newer?.length) return { tone: 'warn', text: st(lang, 'updateQalam') };
  // A pass under way replaces only "synced at": trouble stays on screen until a pass clears it.
  if (state.running) return { tone: 'busy', text: st(lang, 'syncing') };
  if (!last) return { tone: 'off', text: st(lang, 'neverSynced') };
  return { tone: 'ok', text: st(lang, 'syncedAt', { time: clockLabel(new Date(last.finishedAt), digits) }) };
}

const AR_FORMS: Record<'articles' | 'revisions' | 'assets' | 'files' | 'newConflicts' | 'places', ArabicCountForms> = {
  files: { one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا', other: 'ملف' },
  newConflicts: { one: 'تعارض جديد', two: 'تعارضان جديدان', few: 'تعارضات جديدة', many: 'تعارضًا جديدًا', other: 'تعارض جديد' },
  articles: { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' },
  revisions: { one: 'نسخة واحدة', two: 'نسختان', few: 'نسخ', many: 'نسخة', other: 'نسخة' },
  assets: { one: 'صورة واحدة', two: 'صورتان', few: 'صور', many: 'صورة', other: 'صورة' },
  // The places of a merge both versions changed, as the object of «غيّرت»: accusative.
  places: { one: 'موضعًا واحدًا', two: 'موضعين', few: 'مواضع', many: 'موضعًا', other: 'موضع' },
};
const EN_FORMS: Record<keyof typeof AR_FORMS, [string, string]> = {
  files: ['file', 'files'],
  newConflicts: ['new conflict', 'new conflicts'],
  articles: ['article', 'articles'],
  revisions: ['revision', 'revisions'],
  assets: ['image', 'images'],
  places: ['place', 'places'],
};

/** "مقالان", "٣ نسخ", "١١ مقالًا"; "2 articles". */
export function countOf(n: number, unit: keyof typeof AR_FORMS, lang: Lang, digits: DigitStyle): string {
  return countNoun(n, { ar: AR_FORMS[unit], en: EN_FORMS[unit] }, lang, formatNumber(n, digits));
}

/** "أُرسل: مقالان (٣ نسخ، صورة واحدة)" — what one pass moved, zeros left out. */
export const PARTS_SEPARATOR = { ar: '؛ ', en: '; ' } as const;

export function passCounts(entry: SyncLogEntry, lang: Lang, digits: DigitStyle): string[] {
  const comma = lang === 'en' ? ', ' : '، ';
  const parts: string[] = [];
  const moved = (label: string, m: SyncLogEntry['pushed']) => {
    if (m.articles === 0 && m.revisions === 0 && m.assets === 0) return;
    const detail = [m.revisions > 0 ? countOf(m.revisions, 'revisions', lang, digits) : '', m.assets > 0 ? countOf(m.assets, 'assets', lang, digits) : '']
      .filter(Boolean)
      .join(comma);
    const head = m.articles > 0 ? countOf(m.articles, 'articles', lang, digits) : '';
    parts.push(`${label}: ${head && detail ? `${head} (${detail})` : head || detail}`);
  };
  moved(st(lang, 'pushed'), entry.pushed);
  moved(st(lang, 'pulled'), entry.pulled);
  if (entry.conflicts > 0) parts.push(countOf(entry.conflicts, 'newConflicts', lang, digits));
  if (entry.skipped.length > 0) parts.push(`${st(lang, 'skipped')}: ${countOf(entry.skipped.length, 'files', lang, digits)}`);
  if (entry.failed.length > 0) parts.push(`${st(lang, 'failed')}: ${countOf(entry.failed.length, 'files', lang, digits)}`);
  if (parts.length === 0 && entry.status === 'ok') parts.push(st(lang, 'nothingChanged'));
  return parts;
}

/** The engine's own sentence for the pass, in the UI language. */
export function passMessage(entry: SyncLogEntry, lang: Lang): string {
  if (entry.crashed) return `${st(lang, 'crashed')}: ${entry.crashed}`;
  return lang === 'en' ? entry.message : entry.messageAr;
}
