// Words of the library's selection, trash and deadline, Arabic and English. Kept beside
// the library (not in the shell's tables) so it can grow without touching files other
// desks edit. The shell's tables (renderer/i18n) keep the older library words.
import type { Lang } from '../../electron/common/errors';

const ar = {
  selectNamed: 'تحديد «{title}»',
  selection: 'إجراءات المقالات المحددة',
  selectedCount: 'المحدد: {n}',
  trashSelected: 'نقل المحدد إلى المهملات',
  setStatusSelected: 'تغيير حالة المحدد إلى',
  chooseStatus: 'اختر حالة…',
  applyStatus: 'تغيير',
  applyStatusNamed: 'تغيير حالة المحدد إلى «{status}»',
  clearSelection: 'إلغاء التحديد',
  deadlinePast: 'فات الموعد',
  deadlineDue: 'الموعد {when}',
  deadlineDate: 'تاريخ الموعد النهائي',
  deadlineTime: 'ساعة الموعد النهائي',
  deadlineDay: 'اليوم',
  deadlineMonth: 'الشهر',
  deadlineYear: 'السنة',
  deadlineHour: 'الساعة',
  deadlineMinute: 'الدقيقة',
  deadlineClear: 'إزالة الموعد النهائي',
  deadlineInvalid: 'اكتب تاريخًا صحيحًا: يوم من ١ إلى {days} وساعة من ٠ إلى ٢٣ ودقيقة من ٠ إلى ٥٩.',
  deadlineIncomplete: 'أكمل التاريخ والساعة، أو امسح الحقول كلها.',
};

export type LibraryKey = keyof typeof ar;

const en: Record<LibraryKey, string> = {
  selectNamed: 'Select “{title}”',
  selection: 'Actions on the selected articles',
  selectedCount: 'Selected: {n}',
  trashSelected: 'Move selected to the trash',
  setStatusSelected: 'Change the status of the selected to',
  chooseStatus: 'Choose a status…',
  applyStatus: 'Change',
  applyStatusNamed: 'Change the status of the selected to “{status}”',
  clearSelection: 'Clear selection',
  deadlinePast: 'Overdue',
  deadlineDue: 'Due {when}',
  deadlineDate: 'Deadline date',
  deadlineTime: 'Deadline time',
  deadlineDay: 'Day',
  deadlineMonth: 'Month',
  deadlineYear: 'Year',
  deadlineHour: 'Hour',
  deadlineMinute: 'Minute',
  deadlineClear: 'Remove the deadline',
  deadlineInvalid: 'Enter a real date: a day from 1 to {days}, an hour from 0 to 23 and a minute from 0 to 59.',
  deadlineIncomplete: 'Complete the date and time, or clear every field.',
};

const TABLES: Record<Lang, Record<LibraryKey, string>> = { ar, en };

export function libraryText(lang: Lang, key: LibraryKey, vars?: Record<string, string>): string {
  const text = TABLES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m) : text;
}
