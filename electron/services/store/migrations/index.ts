// Schema migrations, applied in order by PRAGMA user_version: migration i (0-based)
// takes the library from version i to i + 1. To change the schema, add a file and
// APPEND it here; never edit or reorder a migration that has shipped.
import type { Database } from 'better-sqlite3';
import { initial } from './001-initial';
import { syncState } from './002-sync-state';
import { personalWords } from './003-personal-words';
import { cliticSearch } from './004-clitic-search';
import { recountWords } from './005-recount-words';

export interface Migration {
  /** Short name for logs and error messages. */
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [initial, syncState, personalWords, cliticSearch, recountWords];

export const LATEST_VERSION = migrations.length;
