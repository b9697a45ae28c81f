// Errors a user can meet are values with a code and a message in the UI language,
// never stack traces. Messages live in one table so every host says the same thing.

export type Lang = 'ar' | 'en';

export const ERROR_MESSAGES = {
  invalid: { ar: 'بيانات غير صالحة', en: 'Invalid data' },
  not_found: { ar: 'لم يُعثر على المقال', en: 'Article not found' },
  revision_not_found: { ar: 'لم يُعثر على النسخة', en: 'Revision not found' },
  asset_not_found: { ar: 'لم يُعثر على الصورة', en: 'Image not found' },
  not_in_trash: { ar: 'المقال ليس في المهملات', en: 'The article is not in the trash' },
  in_trash: { ar: 'المقال في المهملات', en: 'The article is in the trash' },
  network_fs: {
    ar: 'لا يمكن فتح قاعدة البيانات على قرص شبكي؛ انقلها إلى قرص محلي (المزامنة وحدها تستعمل المجلد المشترك)',
    en: 'The database cannot be opened on a network drive; move it to a local disk (only sync uses the shared folder)',
  },
  corrupt_db: { ar: 'ملف قاعدة البيانات تالف', en: 'The database file is corrupt' },
  foreign_db: { ar: 'هذا الملف ليس مكتبة قلم', en: 'This file is not a Qalam library' },
  newer_db: {
    ar: 'أُنشئت هذه المكتبة بإصدار أحدث من قلم',
    en: 'This library was created by a newer version of Qalam',
  },
  disk_full: { ar: 'القرص ممتلئ؛ لم يُحفظ شيء', en: 'The disk is full; nothing was saved' },
  read_only: { ar: 'لا يمكن الكتابة في قاعدة البيانات', en: 'The database cannot be written' },
  busy: { ar: 'المكتبة مشغولة الآن؛ أعد المحاولة بعد لحظة', en: 'The library is busy; try again in a moment' },
  migration_failed: {
    ar: 'تعذّر تحديث المكتبة للإصدار الجديد؛ بقيت كما كانت ولم يضِع منها شيء',
    en: 'The library could not be updated for the new version; it was left as it was and nothing in it was lost',
  },
  restore_migration_failed: {
    ar: 'تعذّر تجهيز النسخة الاحتياطية لهذا الإصدار من قلم؛ بقيت مكتبتك الحالية كما كانت ولم يضِع منها شيء',
    en: 'The backup could not be brought up to this version of Qalam; your current library was left as it was and nothing in it was lost',
  },
  io: { ar: 'تعذّرت القراءة أو الكتابة', en: 'Could not read or write' },
  unsupported_file: { ar: 'نوع الملف غير مدعوم', en: 'Unsupported file type' },
  file_not_found: { ar: 'الملف غير موجود', en: 'File not found' },
  empty_import: { ar: 'الملف لا يحتوي نصًا', en: 'The file contains no text' },
  bad_encoding: {
    ar: 'ترميز نص الملف غير معروف؛ احفظه بترميز UTF-8 ثم أعد الاستيراد',
    en: "The file's text encoding is not recognised; save it as UTF-8 and import it again",
  },
  bad_file: {
    ar: 'تعذّرت قراءة الملف: إنه تالف أو ليس من النوع الذي يدل عليه اسمه',
    en: 'The file could not be read: it is damaged or not the type its name says',
  },
  bad_request: { ar: 'طلب غير صالح', en: 'Bad request' },
  unauthorized: { ar: 'غير مصرّح', en: 'Unauthorized' },
  folder_not_picked: {
    ar: 'اختر مجلد التصدير من نافذة «اختر مجلدًا…» أولًا',
    en: 'Choose the export folder with “Choose a folder…” first',
  },
  conflict_not_found: { ar: 'لا يوجد تعارض مفتوح في هذا المقال', en: 'This article has no open conflict' },
  share_path_relative: {
    ar: 'اكتب المسار الكامل للمجلد المشترك، لا مسارًا نسبيًا',
    en: 'Give the shared folder’s full path, not a relative one',
  },
  internal: { ar: 'خطأ غير متوقع', en: 'Unexpected error' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The wire form of an error: what IPC, HTTP and the CLI carry. */
export interface ErrorInfo {
  code: ErrorCode;
  /** Extra detail (a field path and problem, a file name); may be in either language. */
  detail?: string;
}

export class QalamError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${ERROR_MESSAGES[code].en}: ${detail}` : ERROR_MESSAGES[code].en, options);
    this.name = 'QalamError';
    this.code = code;
    this.detail = detail;
  }
  toInfo(): ErrorInfo {
    return this.detail === undefined ? { code: this.code } : { code: this.code, detail: this.detail };
  }
}

export function isQalamError(e: unknown): e is QalamError {
  return e instanceof QalamError;
}

/** One line for a person, in their language. */
export function describeError(info: ErrorInfo, lang: Lang = 'ar'): string {
  const base = (ERROR_MESSAGES[info.code] ?? ERROR_MESSAGES.internal)[lang];
  return info.detail ? `${base}: ${info.detail}` : base;
}

export function toErrorInfo(e: unknown): ErrorInfo {
  if (isQalamError(e)) return e.toInfo();
  return { code: 'internal', detail: e instanceof Error ? e.message : String(e) };
}
