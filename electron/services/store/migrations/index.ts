// Schema migrations, applied in order by PRAGMA user_version: migration i (0-based)
// takes the library from version i to i + 1. To change the schema, add a file and
// APPEND it here; never edit or reorder a migration that has shipped.
import type { Database } from 'better-sqlite3';
import { initial } from './001-initial';
import { syncState } from './002-sync-state';
import { personalWords } from './003-personal-words';
import { cliticSearch } from './004-clitic-search';
import { recountWords } from './005-recount-words';

/** Told after each batch of articles a migration has reworked: so far, and in all. */
export type ArticlesReworked = (done: number, total: number) => void;

export interface Migration {
  /** Short name for logs, error messages and the progress a person sees. */
  name: string;
  /** True when it goes through every article (takes minutes on a big library). */
  reworksArticles?: boolean;
  /** How long an article takes in it, relative to the other such migrations: its share
   * of the progress bar when several run in one open. */
  cost?: number;
  up(db: Database, reworked: ArticlesReworked): void;
}

export const migrations: readonly Migration[] = [initial, syncState, personalWords, cliticSearch, recountWords];

export const LATEST_VERSION = migrations.length;
