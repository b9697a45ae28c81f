// A tiny translation layer: two tables, one lookup, one context. The UI language sets
// the chrome's lang and dir (Arabic RTL, English LTR); article text keeps its own.
import { createContext, useContext } from 'react';
import type { Lang } from '../../electron/common/errors';
import { ar, type MessageKey } from './ar';
import { en } from './en';

const TABLES: Record<Lang, Record<MessageKey, string>> = { ar, en };

export function t(lang: Lang, key: MessageKey, vars?: Record<string, string>): string {
  const text = TABLES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m) : text;
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

export const LangContext = createContext<Lang>('ar');

/** `const tr = useT(); tr('newArticle')` */
export function useT(): (key: MessageKey, vars?: Record<string, string>) => string {
  const lang = useContext(LangContext);
  return (key, vars) => t(lang, key, vars);
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export type { MessageKey };
