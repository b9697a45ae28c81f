// Cut, Copy, Paste and Select all at the top of the editor's menus (after the spelling
// fixes over a misspelt word). An item the selection does not allow is there but
// disabled (aria-disabled, so the arrows still pass over it and a screen reader says
// so); a read-only view offers only Copy and Select all.
import type { UiLang } from './strings';
import { t } from './strings';

export type ClipboardItem = 'cut' | 'copy' | 'paste' | 'select-all';

const LABELS = { cut: 'clipCut', copy: 'clipCopy', paste: 'clipPaste', 'select-all': 'clipSelectAll' } as const;

interface Props {
  lang: UiLang;
  /** Something is selected (cut and copy need it). */
  selected: boolean;
  readOnly?: boolean;
  onChoose(item: ClipboardItem): void;
}

export function ClipboardItems({ lang, selected, readOnly = false, onChoose }: Props) {
  const items: ClipboardItem[] = readOnly ? ['copy', 'select-all'] : ['cut', 'copy', 'paste', 'select-all'];
  return (
    <>
      {items.map((item) => {
        const enabled = item === 'paste' || item === 'select-all' || selected;
        return (
          <button
            key={item}
            type="button"
            role="menuitem"
            data-command={item}
            aria-disabled={enabled ? undefined : true}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => enabled && onChoose(item)}
          >
            {t(LABELS[item], lang)}
          </button>
        );
      })}
      <hr role="separator" />
    </>
  );
}
