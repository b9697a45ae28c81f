// The spelling service: check, suggest, add (DESIGN §7 "spellcheck offline"). Hunspell
// runs in a worker thread started on the first request, and each language's dictionary
// loads on its first word, so starting the app costs nothing. Words are checked in
// their spellingKey form (tashkeel and tatweel never make a word wrong) and a word the
// editor added to the personal dictionary is never flagged.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { QalamError } from '../../common/errors';
import { languageOf, spellingKey, tidySuggestions, type SpellingCheckResult, type SpellingLanguage } from '../../common/spelling';
import { rankArabicSuggestions } from '../../common/spelling-rank';
import { styleCorrections } from '../../common/spelling-style';
import { workerBeside } from '../worker-file';
import { PersonalDictionary } from './personal';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol';

export interface SpellingOptions {
  /** The library's connection (the personal dictionary lives in it). */
  db: Database.Database;
  /** Folder with ar.aff/ar.dic and en-US.aff/en-US.dic (assets/dictionaries). */
  dictionariesDir: string;
  /** The worker script; by default worker.ts beside this file (tsx) or
   * spelling-worker.cjs beside the bundle (build/build-electron.ts). */
  workerFile?: string;
}

/** Suggestions offered for one word (Hunspell gives up to 15). */
export const MAX_SUGGESTIONS = 6;

export function defaultWorkerFile(): string {
  return workerBeside(import.meta.url, 'worker.ts', 'spelling-worker.cjs');
}

type Pending = { resolve(reply: WorkerReply): void; reject(error: Error): void };

export class SpellingService {
  readonly personal: PersonalDictionary;
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Dictionary load times (ms) per language, as the worker measured them. */
  readonly loadMs: Partial<Record<SpellingLanguage, number>> = {};

  constructor(private readonly options: SpellingOptions) {
    this.personal = new PersonalDictionary(options.db);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const file = this.options.workerFile ?? defaultWorkerFile();
    if (!existsSync(file)) throw new QalamError('file_not_found', file);
    const data: WorkerData = { dictionariesDir: this.options.dictionariesDir };
    const worker = new Worker(file, { workerData: data });
    // Idle between requests, the worker must not keep a CLI process alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      waiting?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new QalamError('internal', `spelling worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private async ask<T extends WorkerRequest['op']>(request: Omit<Extract<WorkerRequest, { op: T }>, 'id'>): Promise<WorkerReply & { ok: true }> {
    const worker = this.start();
    const id = this.nextId++;
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
    if (!reply.ok) throw new QalamError(reply.code, reply.detail);
    if (reply.loadMs !== undefined) this.loadMs[request.lang] = reply.loadMs;
    return reply;
  }

  /** The words (as given) that are misspelt; words that are no words (digits, mixed
   * scripts, acronyms) are never flagged. `lang` forces one dictionary. */
  async check(words: readonly string[], lang?: SpellingLanguage): Promise<SpellingCheckResult> {
    const byLang = new Map<SpellingLanguage, Map<string, string[]>>();
    for (const word of words) {
      const key = spellingKey(word);
      const wordLang = languageOf(key);
      if (!wordLang || (lang && wordLang !== lang) || this.accepted(key)) continue;
      const keys = byLang.get(wordLang) ?? new Map<string, string[]>();
      byLang.set(wordLang, keys);
      keys.set(key, [...(keys.get(key) ?? []), word]);
    }
    const misspelled: string[] = [];
    for (const [wordLang, keys] of byLang) {
      // Arabic newsroom style (spelling-style.ts) rejects some forms ayaspell accepts.
      const styled = (key: string) => wordLang === 'ar' && styleCorrections(key) !== undefined;
      const asked = [...keys.keys()].filter((key) => !styled(key));
      const reply = asked.length ? await this.ask<'check'>({ op: 'check', lang: wordLang, words: asked }) : { misspelled: [] };
      const wrong = new Set(reply.misspelled ?? []);
      for (const [key, written] of keys) if (styled(key) || wrong.has(key)) misspelled.push(...written);
    }
    return { misspelled };
  }

  /** Up to MAX_SUGGESTIONS corrections, best first; none for a correct word or no word,
   * nor for an Arabic word nothing near enough to (a name the dictionary lacks). */
  async suggest(word: string): Promise<{ suggestions: string[] }> {
    const key = spellingKey(word);
    const lang = languageOf(key);
    if (!lang || this.accepted(key)) return { suggestions: [] };
    const style = lang === 'ar' ? styleCorrections(key) : undefined;
    // The style list knows the correction; Hunspell has nothing better to add to it.
    if (style) return { suggestions: style.slice(0, MAX_SUGGESTIONS) };
    const reply = await this.ask<'suggest'>({ op: 'suggest', lang, word: key });
    const hunspell = reply.suggestions ?? [];
    // Arabic: Hunspell's and the slip candidates it knows, cheapest slip first.
    if (lang === 'ar') return { suggestions: rankArabicSuggestions(key, hunspell, reply.found ?? [], MAX_SUGGESTIONS) };
    return { suggestions: tidySuggestions(hunspell, MAX_SUGGESTIONS) };
  }

  private alsoAccepted: () => ReadonlySet<string> = () => new Set();

  /** Words accepted beside the personal dictionary: the other desks' (sync/words.ts). */
  acceptAlso(words: () => ReadonlySet<string>): void {
    this.alsoAccepted = words;
  }

  private accepted(key: string): boolean {
    return this.personal.has(key) || this.alsoAccepted().has(key);
  }

  /** Into the personal dictionary, in spellingKey form; refuses what is no word. */
  add(word: string): { word: string } {
    const key = spellingKey(word);
    if (!languageOf(key)) throw new QalamError('invalid', `word: not a word to spell-check (${JSON.stringify(word)})`);
    this.personal.add(key);
    return { word: key };
  }

  remove(word: string): { word: string } {
    const key = spellingKey(word);
    this.personal.remove(key);
    return { word: key };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
