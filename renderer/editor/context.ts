// What element components need from the host: asset URLs, the UI language and the
// digits the user chose for numbers in the UI (Settings; independent of the language).
import { createContext, useContext } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { UiLang } from './strings';

export interface EditorServices {
  assetUrl(hash: string): string;
  lang: UiLang;
  /** Digits of the editor's own UI (find count, table sizes, toolbar); never the article text. */
  digits: DigitStyle;
}

export const EditorServicesContext = createContext<EditorServices>({ assetUrl: () => '', lang: 'ar', digits: 'arab' });

export const useEditorServices = (): EditorServices => useContext(EditorServicesContext);
