// Messages between the spelling service and its worker thread.
import type { SpellingLanguage } from '../../common/spelling';

/** Dictionary files per language, in the dictionaries folder (assets/dictionaries). */
export const DICTIONARY_FILES: Record<SpellingLanguage, { aff: string; dic: string }> = {
  ar: { aff: 'ar.aff', dic: 'ar.dic' },
  en: { aff: 'en-US.aff', dic: 'en-US.dic' },
};

export interface WorkerData {
  dictionariesDir: string;
}

export type WorkerRequest =
  | { id: number; op: 'check'; lang: SpellingLanguage; words: string[] }
  | { id: number; op: 'suggest'; lang: SpellingLanguage; word: string };

export type WorkerReply =
  | { id: number; ok: true; misspelled?: string[]; suggestions?: string[]; found?: string[]; loadMs?: number }
  | { id: number; ok: false; code: 'file_not_found' | 'internal'; detail: string };
