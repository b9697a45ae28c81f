// Every word the editor shows, Arabic first. The shell picks the language; the
// editor never hard-codes a label anywhere else.
import { applyDigits, toLatinDigits, type DigitStyle } from '../../electron/common/arabic/digits';

export type UiLang = 'ar' | 'en';

export const EDITOR_STRINGS = {
  toolbar: { ar: 'أدوات التحرير', en: 'Editing tools' },
  bodyLabel: { ar: 'نص المقال', en: 'Article body' },
  placeholder: { ar: 'اكتب نص المقال هنا…', en: 'Write the article here…' },
  blockType: { ar: 'نوع الفقرة', en: 'Block type' },
  direction: { ar: 'اتجاه الفقرة', en: 'Block direction' },
  dirRtl: { ar: 'من اليمين', en: 'RTL' },
  dirLtr: { ar: 'من اليسار', en: 'LTR' },
  dirAuto: { ar: 'تلقائي', en: 'Auto' },
  tableTools: { ar: 'أدوات الجدول', en: 'Table tools' },
  tableRows: { ar: 'الصفوف', en: 'Rows' },
  tableCols: { ar: 'الأعمدة', en: 'Columns' },
  insert: { ar: 'إدراج', en: 'Insert' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  close: { ar: 'إغلاق', en: 'Close' },
  linkDialog: { ar: 'رابط', en: 'Link' },
  linkUrl: { ar: 'عنوان الرابط', en: 'Link address' },
  linkApply: { ar: 'تطبيق', en: 'Apply' },
  linkRemove: { ar: 'إزالة الرابط', en: 'Remove link' },
  linkInvalid: {
    ar: 'عنوان غير صالح: يُقبل فقط ما يبدأ بـ http:// أو https:// أو mailto:',
    en: 'Invalid address: only http://, https:// or mailto: links are allowed',
  },
  figureAlt: { ar: 'نص بديل (وصف الصورة لمن لا يراها)', en: 'Alt text (describes the image)' },
  figureCredit: { ar: 'المصدر / التصوير', en: 'Credit' },
  figureCaption: { ar: 'تعليق الصورة', en: 'Caption' },
  figureRemove: { ar: 'حذف الصورة', en: 'Remove image' },
  figureFile: { ar: 'اختيار صورة', en: 'Choose an image' },
  figureFailed: { ar: 'تعذّر حفظ الصورة', en: 'Could not store the image' },
  figureNotImage: { ar: 'الملف ليس صورة', en: 'The file is not an image' },
  find: { ar: 'بحث', en: 'Find' },
  findQuery: { ar: 'ابحث عن', en: 'Find' },
  replaceWith: { ar: 'استبدل بـ', en: 'Replace with' },
  findExact: { ar: 'مطابقة تامة', en: 'Match exactly' },
  findWholeWord: { ar: 'كلمة كاملة', en: 'Whole word' },
  findNext: { ar: 'التالي', en: 'Next' },
  findPrevious: { ar: 'السابق', en: 'Previous' },
  replaceOne: { ar: 'استبدال', en: 'Replace' },
  replaceAll: { ar: 'استبدال الكل', en: 'Replace all' },
  findNone: { ar: 'لا نتائج', en: 'No matches' },
  findCount: { ar: '{current} من {total}', en: '{current} of {total}' },
  // The tidy's report. «لا يحتاج النص إلى تنقيح», as a desk says it, not «النص نظيف: لا شيء
  // للتنقيح» (a word-for-word "nothing to tidy"); the selection is named as such.
  tidyDone: { ar: 'نُقّح النص: {fixes}', en: 'Text tidied: {fixes}' },
  tidyNone: { ar: 'لا يحتاج النص إلى تنقيح', en: 'The text needs no tidying' },
  tidySelectionDone: { ar: 'نُقّح النص المحدَّد: {fixes}', en: 'Selection tidied: {fixes}' },
  tidySelectionNone: { ar: 'لا يحتاج النص المحدَّد إلى تنقيح', en: 'The selection needs no tidying' },
  // A header field's own tidy, reported under the fields; نُقّحت and تحتاج for the
  // feminine المقدمة.
  tidyKickerDone: { ar: 'نُقّح العنوان التمهيدي: {fixes}', en: 'Kicker tidied: {fixes}' },
  tidyHeadlineDone: { ar: 'نُقّح العنوان: {fixes}', en: 'Headline tidied: {fixes}' },
  tidyStandfirstDone: { ar: 'نُقّحت المقدمة: {fixes}', en: 'Standfirst tidied: {fixes}' },
  tidyKickerNone: { ar: 'لا يحتاج العنوان التمهيدي إلى تنقيح', en: 'The kicker needs no tidying' },
  tidyHeadlineNone: { ar: 'لا يحتاج العنوان إلى تنقيح', en: 'The headline needs no tidying' },
  tidyStandfirstNone: { ar: 'لا تحتاج المقدمة إلى تنقيح', en: 'The standfirst needs no tidying' },
  // The body's tidy of the whole article names a header field it left alone (its undo
  // is the field's own): «…، والعنوان يحتاج إلى تنقيح»; two or three as «وفي … ما يحتاج».
  tidyAlsoKicker: { ar: 'والعنوان التمهيدي يحتاج إلى تنقيح', en: 'the kicker needs tidying' },
  tidyAlsoHeadline: { ar: 'والعنوان يحتاج إلى تنقيح', en: 'the headline needs tidying' },
  tidyAlsoStandfirst: { ar: 'والمقدمة تحتاج إلى تنقيح', en: 'the standfirst needs tidying' },
  tidyAlsoMany: { ar: 'وفي {fields} ما يحتاج إلى تنقيح', en: 'the {fields} need tidying' },
  fieldKicker: { ar: 'العنوان التمهيدي', en: 'kicker' },
  fieldHeadline: { ar: 'العنوان', en: 'headline' },
  fieldStandfirst: { ar: 'المقدمة', en: 'standfirst' },
  contextMenu: { ar: 'قائمة التحرير', en: 'Editing menu' },
  // The clipboard items of the editor's menus (the same words as the app's native menu).
  clipCut: { ar: 'قص', en: 'Cut' },
  clipCopy: { ar: 'نسخ', en: 'Copy' },
  clipPaste: { ar: 'لصق', en: 'Paste' },
  clipSelectAll: { ar: 'تحديد الكل', en: 'Select all' },
  // The browser would not let the menu read the clipboard (permission refused): the keys still can.
  clipPasteRefused: { ar: 'تعذّر اللصق من القائمة: الصق بـ {keys}', en: 'The menu cannot paste here: paste with {keys}' },
  spellingGroup: { ar: 'الإملاء:', en: 'Spelling:' },
  spellingLoading: { ar: 'جارٍ البحث عن اقتراحات…', en: 'Looking for suggestions…' },
  spellingNone: { ar: 'لا اقتراحات', en: 'No suggestions' },
  spellingReplace: { ar: 'استبدل بـ', en: 'Replace with' },
  spellingAdd: { ar: 'أضف إلى القاموس', en: 'Add to dictionary' },
  spellingIgnore: { ar: 'تجاهل', en: 'Ignore' },
  spellingContextGroup: { ar: 'الهمزة:', en: 'Hamza:' },
  // Leads into the one correction below it: «بعد «وقال» تُكتب:» then «إن».
  spellingContextWhy: { ar: 'بعد «{cue}» تُكتب:', en: 'After “{cue}”, write:' },
} as const satisfies Record<string, Record<UiLang, string>>;

export type EditorStringKey = keyof typeof EDITOR_STRINGS;

export function t(key: EditorStringKey, lang: UiLang = 'ar', vars?: Record<string, string | number>): string {
  let s: string = EDITOR_STRINGS[key][lang];
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}

/** The digits an editor shows when the host names none: the UI language's own, as the
 * shell would pick with the default setting (٣ in Arabic, 3 in English). */
export function defaultDigits(lang: UiLang): DigitStyle {
  return lang === 'ar' ? 'arab' : 'latn';
}

/** A count or size in the digits the user chose in Settings (٣ من ١٢ or 3 من 12),
 * ungrouped: the table fields are read back and a find count never reaches thousands. */
export function formatCount(n: number, digits: DigitStyle): string {
  return applyDigits(String(Math.trunc(n)), digits);
}

/** A count typed in either digits (٣ or 3, whatever the setting shows), within 1…max
 * (1 when unreadable): the insert-table dialog's rows and columns. */
export function readCount(text: string, max: number): number {
  const n = Math.round(Number(toLatinDigits(text).trim()));
  return Number.isFinite(n) ? Math.min(max, Math.max(1, n)) : 1;
}
