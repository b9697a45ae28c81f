// The spelling worker thread: Hunspell (hunspell-asm, WebAssembly) with one dictionary
// per language, each loaded on the first word of its language. Loading Arabic takes
// ~0.5 s and a suggestion up to ~50 ms, so it runs here, never on the thread that
// answers the editor's saves. The service keeps the personal dictionary; this thread
// only knows the bundled dictionaries.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadModule, type Hunspell, type HunspellFactory } from 'hunspell-asm';
import type { SpellingLanguage } from '../../common/spelling';
import { DICTIONARY_FILES, type WorkerData, type WorkerReply, type WorkerRequest } from './protocol';
import { suggestFor } from './suggest';

const { dictionariesDir } = workerData as WorkerData;
let factory: Promise<HunspellFactory> | undefined;
const checkers = new Map<SpellingLanguage, Promise<Hunspell>>();
let lastLoadMs: number | undefined;

async function loadFactory(): Promise<HunspellFactory> {
  // Emscripten's Node preamble adds an uncaughtException listener that rethrows; it
  // would change how this thread fails, so it is taken off again.
  const before = new Set(process.listeners('uncaughtException'));
  const loaded = await loadModule();
  for (const listener of process.listeners('uncaughtException')) {
    if (!before.has(listener)) process.off('uncaughtException', listener);
  }
  return loaded;
}

async function load(lang: SpellingLanguage): Promise<Hunspell> {
  const started = performance.now();
  factory ??= loadFactory();
  const f = await factory;
  const files = DICTIONARY_FILES[lang];
  const [aff, dic] = await Promise.all([files.aff, files.dic].map((name) => readFile(path.join(dictionariesDir, name))));
  const checker = f.create(f.mountBuffer(aff!, files.aff), f.mountBuffer(dic!, files.dic));
  lastLoadMs = performance.now() - started;
  return checker;
}

function checker(lang: SpellingLanguage): Promise<Hunspell> {
  let loading = checkers.get(lang);
  if (!loading) {
    loading = load(lang);
    // A failed load (a missing file) is tried again on the next request.
    loading.catch(() => checkers.delete(lang));
    checkers.set(lang, loading);
  }
  return loading;
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const hunspell = await checker(request.lang);
    const loadMs = lastLoadMs;
    lastLoadMs = undefined;
    const timing = loadMs === undefined ? {} : { loadMs };
    if (request.op === 'check') return { id: request.id, ok: true, misspelled: request.words.filter((w) => !hunspell.spell(w)), ...timing };
    return { id: request.id, ok: true, ...suggestFor(hunspell, request.lang, request.word), ...timing };
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { id: request.id, ok: false, code: missing ? 'file_not_found' : 'internal', detail: e instanceof Error ? e.message : String(e) };
  }
}

parentPort!.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => parentPort!.postMessage(reply));
});
