// What the application menu holds, as data: the same ids in both languages, labels in
// Arabic and English. menu.ts turns this into Electron's template.
import type { Lang } from '../common/errors';
import type { MenuCommand, MenuState } from '../common/menu-commands';

/** Commands main runs itself, because they need a native dialog and the file system.
 * The export, print and backup ones act on the article the window shows. */
export const MAIN_COMMANDS = ['file.open', 'export.html', 'export.pdf', 'file.print', 'file.backup'] as const;
export type MainCommand = (typeof MAIN_COMMANDS)[number];

/** Native editing roles: Chromium raises the same DOM events the keyboard does. */
export type NativeRole =
  | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'quit' | 'about';

type Labels = Record<Lang, string>;

export type MenuEntry =
  | {
      kind: 'command';
      id: MenuCommand | MainCommand;
      label: Labels;
      accelerator?: string;
      /** The editor already handles this key itself; the menu only shows it, so the key
       * is not handled twice. */
      editorKey?: boolean;
      /** A radio choice, checked when this setting has this value. */
      radio?: { setting: 'theme' | 'uiLanguage'; value: string };
      /** Offered only when the page on screen has this (greyed out elsewhere). */
      needs?: keyof MenuState;
    }
  | { kind: 'role'; role: NativeRole; label: Labels; accelerator?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; id: string; label: Labels; items: MenuEntry[] };

const cmd = (
  id: MenuCommand | MainCommand,
  ar: string,
  en: string,
  extra: Omit<Extract<MenuEntry, { kind: 'command' }>, 'kind' | 'id' | 'label'> = {},
): MenuEntry => ({ kind: 'command', id, label: { ar, en }, ...extra });
const role = (r: NativeRole, ar: string, en: string, accelerator?: string): MenuEntry => ({
  kind: 'role',
  role: r,
  label: { ar, en },
  ...(accelerator ? { accelerator } : {}),
});
const sep: MenuEntry = { kind: 'separator' };
const sub = (id: string, ar: string, en: string, items: MenuEntry[]): MenuEntry => ({
  kind: 'submenu',
  id,
  label: { ar, en },
  items,
});

/** The menu bar in logical order; the toolkit lays it out right-to-left for Arabic. */
export const MENU: MenuEntry[] = [
  sub('file', 'ملف', '&File', [
    cmd('article.new', 'مقال جديد', 'New article', { accelerator: 'CmdOrCtrl+N' }),
    cmd('file.open', 'فتح ملف واستيراده…', 'Open / import file…', { accelerator: 'CmdOrCtrl+O' }),
    cmd('article.saveRevision', 'حفظ نسخة الآن', 'Save revision now', { accelerator: 'CmdOrCtrl+S', editorKey: true }),
    sep,
    // The page's export dialog (format, page set-up, preview); the two below save at once.
    cmd('article.export', 'تصدير…', 'Export…', { accelerator: 'CmdOrCtrl+E' }),
    cmd('export.html', 'تصدير HTML…', 'Export HTML…', { accelerator: 'CmdOrCtrl+Shift+E' }),
    cmd('export.pdf', 'تصدير PDF…', 'Export PDF…', { accelerator: 'CmdOrCtrl+Shift+P' }),
    cmd('file.print', 'طباعة…', 'Print…', { accelerator: 'CmdOrCtrl+P' }),
    sep,
    cmd('file.backup', 'نسخة احتياطية من المكتبة…', 'Back up library…'),
    sep,
    role('quit', 'خروج', 'Quit', 'CmdOrCtrl+Q'),
  ]),
  sub('edit', 'تحرير', '&Edit', [
    cmd('undo', 'تراجع', 'Undo', { accelerator: 'CmdOrCtrl+Z', editorKey: true }),
    cmd('redo', 'إعادة', 'Redo', { accelerator: 'CmdOrCtrl+Shift+Z', editorKey: true }),
    sep,
    role('cut', 'قص', 'Cut', 'CmdOrCtrl+X'),
    role('copy', 'نسخ', 'Copy', 'CmdOrCtrl+C'),
    role('paste', 'لصق', 'Paste', 'CmdOrCtrl+V'),
    role('selectAll', 'تحديد الكل', 'Select all', 'CmdOrCtrl+A'),
    sep,
    cmd('find', 'بحث…', 'Find…', { accelerator: 'CmdOrCtrl+F', editorKey: true }),
    cmd('replace', 'بحث واستبدال…', 'Find and replace…', { accelerator: 'CmdOrCtrl+H', editorKey: true }),
    cmd('tidy-text', 'تنقيح النص', 'Tidy text'),
  ]),
  sub('format', 'تنسيق', 'F&ormat', [
    cmd('bold', 'عريض', 'Bold', { accelerator: 'CmdOrCtrl+B', editorKey: true }),
    cmd('italic', 'مائل', 'Italic', { accelerator: 'CmdOrCtrl+I', editorKey: true }),
    cmd('underline', 'تسطير', 'Underline', { accelerator: 'CmdOrCtrl+U', editorKey: true }),
    sep,
    cmd('heading-2', 'عنوان فرعي', 'Heading 2', { accelerator: 'CmdOrCtrl+Alt+2', editorKey: true }),
    cmd('heading-3', 'عنوان ثانوي', 'Heading 3', { accelerator: 'CmdOrCtrl+Alt+3', editorKey: true }),
    cmd('paragraph', 'فقرة', 'Paragraph'),
    sep,
    cmd('bulleted-list', 'قائمة نقطية', 'Bulleted list', { accelerator: 'CmdOrCtrl+Shift+8', editorKey: true }),
    cmd('numbered-list', 'قائمة مرقّمة', 'Numbered list', { accelerator: 'CmdOrCtrl+Shift+7', editorKey: true }),
    sep,
    cmd('link', 'رابط…', 'Link…', { accelerator: 'CmdOrCtrl+K', editorKey: true }),
  ]),
  sub('view', 'عرض', '&View', [
    cmd('view.library', 'المكتبة', 'Library'),
    // The page takes these keys itself (renderer/shell/usePanels.ts), as in the web host.
    cmd('view.panel.library', 'إظهار المكتبة أو إخفاؤها', 'Show or hide the library', { accelerator: 'CmdOrCtrl+Shift+L', editorKey: true }),
    cmd('view.panel.inspector', 'إظهار تفاصيل المقال أو إخفاؤها', 'Show or hide the article details', {
      accelerator: 'CmdOrCtrl+Shift+D',
      editorKey: true,
      needs: 'details',
    }),
    sep,
    sub('theme', 'المظهر', 'Theme', [
      cmd('view.theme.light', 'فاتح', 'Light', { radio: { setting: 'theme', value: 'light' } }),
      cmd('view.theme.dark', 'داكن', 'Dark', { radio: { setting: 'theme', value: 'dark' } }),
      cmd('view.theme.system', 'حسب النظام', 'As the system', { radio: { setting: 'theme', value: 'system' } }),
    ]),
    sub('language', 'لغة الواجهة', 'Interface language', [
      cmd('view.language.ar', 'العربية', 'العربية (Arabic)', { radio: { setting: 'uiLanguage', value: 'ar' } }),
      cmd('view.language.en', 'English (الإنجليزية)', 'English', { radio: { setting: 'uiLanguage', value: 'en' } }),
    ]),
    sep,
    role('zoomIn', 'تكبير', 'Zoom in', 'CmdOrCtrl+='),
    role('zoomOut', 'تصغير', 'Zoom out', 'CmdOrCtrl+-'),
    role('resetZoom', 'الحجم الأصلي', 'Actual size', 'CmdOrCtrl+0'),
    sep,
    role('togglefullscreen', 'ملء الشاشة', 'Full screen', 'F11'),
  ]),
  sub('help', 'مساعدة', '&Help', [
    cmd('help.shortcuts', 'اختصارات لوحة المفاتيح', 'Keyboard shortcuts'),
    role('about', 'حول قلم', 'About Qalam'),
  ]),
];
