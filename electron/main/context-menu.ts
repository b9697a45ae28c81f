// The right-click menu Chromium asks for: the editing roles the page allows at that
// point, copy and "open link", in the UI language. Spelling is not here: Chromium's
// checker is off (spellcheck.ts) and the editor shows its own menu with Qalam's
// suggestions, "add to dictionary" and "ignore" (renderer/editor/ContextMenu.tsx),
// preventing this one.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../common/errors';
import { isAllowedExternalUrl } from './external';

export type ContextParams = Pick<
  ContextMenuParams,
  'isEditable' | 'editFlags' | 'selectionText' | 'linkURL'
>;

export interface ContextActions {
  openLink(url: string): void;
}

const LABELS = {
  cut: { ar: 'قص', en: 'Cut' },
  copy: { ar: 'نسخ', en: 'Copy' },
  paste: { ar: 'لصق', en: 'Paste' },
  selectAll: { ar: 'تحديد الكل', en: 'Select all' },
  openLink: { ar: 'فتح الرابط في المتصفح', en: 'Open link in browser' },
} as const;

export function buildContextMenuTemplate(params: ContextParams, lang: Lang, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable) {
    const flags = params.editFlags;
    items.push(
      { role: 'cut', label: LABELS.cut[lang], enabled: flags.canCut },
      { role: 'copy', label: LABELS.copy[lang], enabled: flags.canCopy },
      { role: 'paste', label: LABELS.paste[lang], enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: LABELS.selectAll[lang], enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: LABELS.copy[lang] });
  }
  if (params.linkURL && isAllowedExternalUrl(params.linkURL)) {
    const url = params.linkURL;
    if (items.length > 0) items.push({ type: 'separator' });
    items.push({ label: LABELS.openLink[lang], click: () => actions.openLink(url) });
  }
  while (items.at(-1)?.type === 'separator') items.pop();
  return items;
}
