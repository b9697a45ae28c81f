// What element components need from the host: asset URLs and the UI language.
import { createContext, useContext } from 'react';
import type { UiLang } from './strings';

export interface EditorServices {
  assetUrl(hash: string): string;
  lang: UiLang;
}

export const EditorServicesContext = createContext<EditorServices>({ assetUrl: () => '', lang: 'ar' });

export const useEditorServices = (): EditorServices => useContext(EditorServicesContext);
