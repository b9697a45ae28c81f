// What one sync pass did, in a shape the CLI prints and the status bar shows.
import type { SyncStatusCode } from '../../common/sync';
import type { Lang } from '../../common/errors';

/**
 * - ok: the pass completed (some files may still have been skipped or failed; see lists)
 * - share_unreachable: the folder is missing, unmounted or unreadable
 * - share_empty: the folder has no qalam/ although this device synced with it before
 * - share_replaced: qalam/ belongs to another share than the one this device synced with
 * - share_incomplete: files this device put there are gone (emptied, half-copied)
 * - share_damaged: qalam/ or its marker is not what Qalam writes
 * - share_error: writing to the share failed part-way (disk full, permission…)
 * - share_newer: qalam/share.json is from a newer Qalam (another layout altogether)
 * In every status but ok and share_error, nothing local was changed.
 */
export type SyncStatus = SyncStatusCode;

export interface SkippedFile {
  /** Path inside the share folder (as listed; may hold hostile characters). */
  path: string;
  reason: string;
}

export interface ConflictFound {
  articleId: string;
  /** This device's revision. */
  mine: string;
  /** The other device's head. */
  theirs: string;
  /** The device id whose head diverged. */
  device: string;
}

export interface SyncReport {
  status: SyncStatus;
  /** One line for a person, in English; messageAr in Arabic. */
  message: string;
  messageAr: string;
  device: string;
  pushed: { articles: string[]; revisions: number; assets: number };
  /** Articles whose local state moved to another device's revision (new or updated). */
  pulled: { articles: string[]; revisions: number; assets: number };
  /** Conflicts found in this pass (already-known ones are in openConflicts only). */
  conflicts: ConflictFound[];
  openConflicts: number;
  skipped: SkippedFile[];
  /** Files from a newer Qalam (a higher major format; reason: the format they name):
   * not damaged, only not readable here. Left as they are and read again on every
   * pass; what depends on them waits. README "Versions". */
  newer: SkippedFile[];
  /** Writes that failed; they are retried on the next pass. */
  failed: SkippedFile[];
  startedAt: string;
  finishedAt: string;
}

const MESSAGES: Record<SyncStatus, Record<Lang, string>> = {
  ok: { en: 'Synced', ar: 'تمت المزامنة' },
  share_unreachable: {
    en: 'The shared folder cannot be reached; sync is paused and nothing was changed',
    ar: 'تعذّر الوصول إلى المجلد المشترك؛ أُوقفت المزامنة ولم يتغيّر شيء',
  },
  share_empty: {
    en: 'The shared folder is empty although this device synced with it before; sync is paused and nothing was changed',
    ar: 'المجلد المشترك فارغ مع أن هذا الجهاز زامنه من قبل؛ أُوقفت المزامنة ولم يتغيّر شيء',
  },
  share_replaced: {
    en: 'The shared folder holds another Qalam share than before; sync is paused and nothing was changed',
    ar: 'المجلد المشترك يحوي مشاركة قلم أخرى غير السابقة؛ أُوقفت المزامنة ولم يتغيّر شيء',
  },
  share_incomplete: {
    en: 'Files this device put on the shared folder are missing (emptied or half-copied); sync is paused and nothing was changed',
    ar: 'ملفات وضعها هذا الجهاز في المجلد المشترك مفقودة (أُفرغ أو نُسخ جزئيًا)؛ أُوقفت المزامنة ولم يتغيّر شيء',
  },
  share_damaged: {
    en: 'The qalam folder on the share is not in the expected form; sync is paused and nothing was changed',
    ar: 'مجلد قلم في المجلد المشترك ليس بالشكل المتوقع؛ أُوقفت المزامنة ولم يتغيّر شيء',
  },
  share_error: {
    en: 'Writing to the shared folder failed part-way; it will be retried',
    ar: 'تعثّرت الكتابة في المجلد المشترك؛ ستُعاد المحاولة',
  },
  share_newer: {
    en: 'This share was made by a newer version of Qalam; update this program. Sync is paused and nothing was changed',
    ar: 'هذه المشاركة أنشأها إصدار أحدث من قلم؛ حدّث البرنامج. أُوقفت المزامنة ولم يتغيّر شيء',
  },
};

const NEWER_NOTICE: Record<Lang, string> = {
  en: 'This share holds files from a newer version of Qalam; update this program. Their work reaches this desk once it is updated; nothing here was changed or lost',
  ar: 'هذه المشاركة فيها ملفات من إصدار أحدث من قلم؛ حدّث البرنامج. يصل عملها إلى هذا الجهاز بعد تحديثه، ولم يتغيّر هنا شيء ولم يُفقد',
};

/** Note a file from a newer Qalam once, however many heads or passes over the same
 * articles lead to it. */
export function noteNewer(newer: SkippedFile[], path: string, format: string): void {
  if (!newer.some((f) => f.path === path)) newer.push({ path, reason: format });
}

/** One line for the whole pass when it met files from a newer Qalam (report.newer). */
export function newerNotice(lang: Lang): string {
  return NEWER_NOTICE[lang];
}

export function statusMessage(status: SyncStatus, lang: Lang, detail?: string): string {
  const base = MESSAGES[status][lang];
  return detail ? `${base} (${detail})` : base;
}

export function emptyReport(device: string, startedAt: string): SyncReport {
  return {
    status: 'ok',
    message: '',
    messageAr: '',
    device,
    pushed: { articles: [], revisions: 0, assets: 0 },
    pulled: { articles: [], revisions: 0, assets: 0 },
    conflicts: [],
    openConflicts: 0,
    skipped: [],
    newer: [],
    failed: [],
    startedAt,
    finishedAt: startedAt,
  };
}
