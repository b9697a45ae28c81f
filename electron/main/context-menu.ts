// The right-click menu Chromium asks for: spelling suggestions first, "add to
// dictionary", then the editing roles the page allows at that point, in the UI language.
// (If the page shows its own context menu it prevents this one.)
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../common/errors';
import { isAllowedExternalUrl } from './external';

export type ContextParams = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'editFlags' | 'selectionText' | 'linkURL'
>;

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  openLink(url: string): void;
}

const LABELS = {
  noSuggestions: { ar: 'لا اقتراحات', en: 'No suggestions' },
  addToDictionary: { ar: 'أضف إلى القاموس', en: 'Add to dictionary' },
  cut: { ar: 'قص', en: 'Cut' },
  copy: { ar: 'نسخ', en: 'Copy' },
  paste: { ar: 'لصق', en: 'Paste' },
  selectAll: { ar: 'تحديد الكل', en: 'Select all' },
  openLink: { ar: 'فتح الرابط في المتصفح', en: 'Open link in browser' },
} as const;

const MAX_SUGGESTIONS = 6;

export function buildContextMenuTemplate(params: ContextParams, lang: Lang, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: LABELS.noSuggestions[lang], enabled: false });
    items.push({ type: 'separator' });
    items.push({ label: LABELS.addToDictionary[lang], click: () => actions.addToDictionary(word) });
    items.push({ type: 'separator' });
  }
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
