// Words of the export dialog, Arabic and English. Kept beside the dialog (not in the
// shell's tables) so export can grow without touching files other desks edit.
import type { Lang } from '../../electron/common/errors';
import { countNoun } from '../../electron/common/arabic/plural';

const ar = {
  exportButton: 'تصدير…',
  batchButton: 'تصدير المحدد…',
  title: 'تصدير المقال',
  batchTitle: 'تصدير مقالات إلى مجلد',
  tabOne: 'هذا المقال',
  tabBatch: 'مقالات عدّة',
  format: 'الصيغة',
  'format.pdf': 'PDF للطباعة',
  'format.html': 'HTML مستقل',
  'format.fragment': 'HTML لنظام إدارة المحتوى',
  'formatNote.pdf': 'ملف جاهز لقسم الطباعة: الخطوط مضمّنة والنص قابل للنسخ.',
  'formatNote.html': 'صفحة واحدة تحمل خطوطها وصورها، وتُطبع من أي متصفح بالإعداد أدناه.',
  'formatNote.fragment': 'متن المقال وحده (بلا خطوط ولا تنسيق) للصقه في نظام موقع الويب.',
  paper: 'مقاس الورق (مم)',
  dims: '{w}×{h}',
  margins: 'الهوامش',
  'margins.normal': 'عادية',
  'margins.narrow': 'ضيقة',
  'margins.wide': 'واسعة',
  columns: 'الأعمدة',
  digits: 'الأرقام',
  'digits.arab': 'هندية ١٢٣',
  // As the settings page names them: «عربية» alone does not say which Arabic digits.
  'digits.latn': 'عربية غربية 123',
  header: 'ترويسة الصفحة (القسم والتاريخ)',
  pageNumbers: 'أرقام الصفحات (صفحة ١ من ٣)',
  font: 'الخط',
  fontNote: 'الأميري يُبقي الكلمات سليمة عند نسخ النص من ملف PDF؛ نسخ النص من خط نوتو نسخ يقطّع كثيرًا من الكلمات.',
  preview: 'معاينة',
  zoomIn: 'تكبير الصفحات',
  zoomOut: 'كل الصفحات',
  previewing: 'جارٍ تحضير المعاينة…',
  previewFailed: 'تعذّرت المعاينة',
  pageOf: 'صفحة {n}',
  mm: '{w}×{h} مم',
  fragmentPreview: 'ما يُلصق في نظام إدارة المحتوى:',
  export: 'تصدير',
  exporting: 'جارٍ التصدير…',
  exported: 'حُفظ الملف {name}',
  close: 'إغلاق',
  exportFailed: 'تعذّر التصدير',
  batchPick: 'اختر المقالات',
  batchAll: 'تحديد الكل',
  batchNone: 'إلغاء التحديد',
  batchFolder: 'المجلد على هذا الحاسوب',
  batchChooseFolder: 'اختر مجلدًا…',
  batchNoFolder: 'لم يُختر مجلد بعد',
  batchFolderHint: 'المسار الكامل للمجلد، يُنشأ إن لم يكن موجودًا، ولا يُكتب فوق ملف فيه. مثال:',
  batchRun: 'تصدير {articles} إلى المجلد',
  batchDone: 'كُتب {files} في {folder}',
  batchFailed: 'لم يُصدَّر:',
  untitled: 'بلا عنوان',
} as const;

export type ExportKey = keyof typeof ar;

const en: Record<ExportKey, string> = {
  exportButton: 'Export…',
  batchButton: 'Export selected…',
  title: 'Export article',
  batchTitle: 'Export articles to a folder',
  tabOne: 'This article',
  tabBatch: 'Several articles',
  format: 'Format',
  'format.pdf': 'PDF for print',
  'format.html': 'Standalone HTML',
  'format.fragment': 'HTML for a web CMS',
  'formatNote.pdf': 'A file ready for the print desk: fonts embedded, text selectable.',
  'formatNote.html': 'One page that carries its fonts and images and prints from any browser with the set-up below.',
  'formatNote.fragment': 'The article body only (no fonts, no styles), to paste into the website CMS.',
  paper: 'Paper (mm)',
  dims: '{w}×{h}',
  margins: 'Margins',
  'margins.normal': 'Normal',
  'margins.narrow': 'Narrow',
  'margins.wide': 'Wide',
  columns: 'Columns',
  digits: 'Digits',
  'digits.arab': 'Arabic-Indic ١٢٣',
  'digits.latn': 'Latin 123',
  header: 'Running head (section and date)',
  pageNumbers: 'Page numbers (page 1 of 3)',
  font: 'Font',
  fontNote: 'Amiri keeps words whole when text is copied out of the PDF; copying from Noto Naskh breaks many words.',
  preview: 'Preview',
  zoomIn: 'Larger pages',
  zoomOut: 'All pages',
  previewing: 'Preparing the preview…',
  previewFailed: 'The preview failed',
  pageOf: 'Page {n}',
  mm: '{w}×{h} mm',
  fragmentPreview: 'What goes into the CMS:',
  export: 'Export',
  exporting: 'Exporting…',
  exported: 'Saved {name}',
  close: 'Close',
  exportFailed: 'Export failed',
  batchPick: 'Choose articles',
  batchAll: 'Select all',
  batchNone: 'Select none',
  batchFolder: 'Folder on this computer',
  batchChooseFolder: 'Choose a folder…',
  batchNoFolder: 'No folder chosen yet',
  batchFolderHint: 'The full path of the folder; it is created when missing, and no file in it is overwritten. For example:',
  batchRun: 'Export {articles} to the folder',
  batchDone: 'Wrote {files} to {folder}',
  batchFailed: 'Not exported:',
  untitled: 'Untitled',
};

const TABLES: Record<Lang, Record<ExportKey, string>> = { ar, en };

export function exportText(lang: Lang, key: ExportKey, vars?: Record<string, string>): string {
  const text = TABLES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m) : text;
}

/** Forms of a counted noun: Arabic agrees with its number (مقال واحد، مقالين، ٣ مقالات،
 * ١١ مقالًا، ١٠٠ مقال), English singular or plural. */
const COUNTED = {
  // After «تصدير»: genitive (مقالين), as a reader says it.
  articles: { ar: { one: 'مقال واحد', two: 'مقالين', few: 'مقالات', many: 'مقالًا', other: 'مقال' }, en: ['article', 'articles'] },
  // The subject of «كُتب»: nominative (ملفان).
  files: { ar: { one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: 'ملفًا', other: 'ملف' }, en: ['file', 'files'] },
  // The preview's page count, standing alone: nominative (صفحتان).
  pages: { ar: { one: 'صفحة واحدة', two: 'صفحتان', few: 'صفحات', many: 'صفحة', other: 'صفحة' }, en: ['page', 'pages'] },
} as const;

/** "تصدير ٣ مقالات", not "تصدير ٣": the count with its noun, digits as the caller formats them. */
export function countedText(count: number, noun: keyof typeof COUNTED, lang: Lang, num: (n: number) => string): string {
  return countNoun(count, COUNTED[noun], lang, num(count));
}
