// The library: one SQLite file, one connection, and the service API every host
// (Electron main, CLI, web host, tests) uses. Method names follow the contract's
// channels; every method turns SQLite/fs failures into QalamErrors.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ArticleSummary, BackupInfo, CheckResult, RevisionSummary, SearchHit } from '../../common/contract';
import type { MigrationProgress } from '../../common/migration-progress';
import type { Article, ArticleDraft } from '../../common/document/types';
import { QalamError } from '../../common/errors';
import type { Settings, SettingsPatch } from '../../common/settings';
import type { ListRequest } from './articles';
import { createArticle, duplicateArticle, getArticle, listArticles } from './articles';
import type { Asset } from './assets';
import { getAsset, putAsset } from './assets';
import { backupRotating, backupTo, checkDatabase, listBackups } from './backup';
import type { StoreContext } from './context';
import { statementCache } from './context';
import type { DatabaseOptions } from './database';
import { checkIdentity, migrate, openDatabase } from './database';
import { guard, guardAsync } from './errors';
import { restoreInto } from './restore';
import { flushIndex } from './rows';
import { listTags } from './meta-patch';
import type { SetHeadOptions, SetHeadResult } from './heads';
import { setHead } from './heads';
import type { RevisionContent } from './revisions';
import { getRevisionContent, insertRevision, isAncestor, listRevisions, revisionJson } from './revisions';
import type { SaveRequest } from './save';
import { AUTOSAVE_REVISION_EVERY_MS, restoreRevision, revisionArticle, saveArticle } from './save';
import type { SearchRequest } from './search';
import { searchArticles } from './search';
import { readSettings, writeSettings } from './settings';
import { emptyTrash, purgeArticle, trashArticle, untrashArticle } from './trash';

export interface LibraryOptions extends DatabaseOptions {
  /** The clock; tests inject one to step over the autosave interval. */
  now?: () => Date;
  autosaveRevisionEveryMs?: number;
  /** Overrides the device id stored in the library (tests, multi-device simulations). */
  device?: string;
  /** The thread script that migrates an older backup before a restore (restore.ts):
   * a packaged app's unpacked copy; by default the one beside the store's sources. */
  migrateWorker?: string;
}

export class Library {
  /** The connection, for the sync layer's own tables (add a migration for them). */
  readonly db: Database.Database;
  readonly path: string;
  private readonly ctx: StoreContext;
  private settingsCache: Settings | undefined;
  private restoring = false;
  private readonly options: { onMigrationProgress: ((progress: MigrationProgress) => void) | undefined; migrateWorker: string | undefined };

  constructor(file: string, options: LibraryOptions = {}) {
    this.path = path.resolve(file);
    this.db = openDatabase(this.path, options);
    this.options = { onMigrationProgress: options.onMigrationProgress, migrateWorker: options.migrateWorker };
    const stmt = statementCache(this.db);
    const device =
      options.device ?? (stmt("SELECT value FROM library_info WHERE key = 'device'").get() as { value: string }).value;
    this.ctx = {
      db: this.db,
      stmt,
      now: options.now ?? (() => new Date()),
      device,
      author: () => this.settings().author,
      deviceName: () => this.settings().deviceName,
      autosaveRevisionEveryMs: options.autosaveRevisionEveryMs ?? AUTOSAVE_REVISION_EVERY_MS,
    };
  }

  /** Every write goes through here: refused while a restore replaces the file. */
  private write<T>(fn: () => T): T {
    if (this.restoring) throw new QalamError('busy', 'restoring from a backup');
    return guard(fn);
  }

  get device(): string {
    return this.ctx.device;
  }

  /** Run `fn` in one transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.write(() => this.db.transaction(fn)());
  }

  // articles.*
  create(draft: ArticleDraft = {}): Article {
    return this.write(() => createArticle(this.ctx, draft));
  }
  /** Like create, but the first revision says 'import'. */
  importArticle(draft: ArticleDraft): Article {
    return this.write(() => createArticle(this.ctx, draft, 'import'));
  }
  get(id: string): Article {
    return guard(() => getArticle(this.ctx, id));
  }
  save(request: SaveRequest): Article {
    return this.write(() => saveArticle(this.ctx, request));
  }
  list(request: ListRequest = {}): ArticleSummary[] {
    return guard(() => {
      this.catchUpIndex();
      return listArticles(this.ctx, request);
    });
  }
  search(request: SearchRequest): SearchHit[] {
    return guard(() => {
      this.catchUpIndex();
      return searchArticles(this.ctx, request);
    });
  }
  /**
   * Update the search index and word counts for articles saved since the last call
   * (saves defer this work; list and search call it first). Hosts may also call it
   * when the editor is idle. Returns how many articles were indexed.
   */
  flushIndex(): number {
    return this.write(() => flushIndex(this.ctx));
  }
  private catchUpIndex(): void {
    if (!this.restoring) flushIndex(this.ctx);
  }
  duplicate(id: string): Article {
    return this.write(() => duplicateArticle(this.ctx, id));
  }
  trash(id: string): ArticleSummary {
    return this.write(() => trashArticle(this.ctx, id));
  }
  /** Take an article out of the trash (channel articles.restore). */
  untrash(id: string): ArticleSummary {
    return this.write(() => untrashArticle(this.ctx, id));
  }
  purge(id: string): { purged: number } {
    return this.write(() => purgeArticle(this.ctx, id));
  }
  emptyTrash(): { purged: number } {
    return this.write(() => emptyTrash(this.ctx));
  }

  // revisions.*
  listRevisions(id: string): RevisionSummary[] {
    return guard(() => listRevisions(this.ctx, id));
  }
  getRevision(id: string, revision: string): Article {
    return guard(() => revisionArticle(this.ctx, id, revision));
  }
  restoreRevision(id: string, revision: string): Article {
    return this.write(() => restoreRevision(this.ctx, id, revision));
  }

  // For sync: revisions as content, ancestry, and moving heads.
  /** The parsed content of a revision (what its id hashes). */
  revisionContent(revision: string): RevisionContent {
    return guard(() => getRevisionContent(this.ctx, revision));
  }
  /** The canonical JSON text of a revision, byte-exact; write this to the share. */
  revisionJson(revision: string): string {
    return guard(() => revisionJson(this.ctx, revision));
  }
  /** Store a revision from elsewhere after checking its schema and (if given) its id. */
  insertRevision(content: unknown, expectedId?: string): string {
    return this.write(() => insertRevision(this.ctx, content, expectedId));
  }
  hasRevision(revision: string): boolean {
    return guard(() => this.ctx.stmt('SELECT 1 FROM revisions WHERE id = ?').get(revision) !== undefined);
  }
  isAncestor(ancestor: string, descendant: string): boolean {
    return guard(() => isAncestor(this.ctx, ancestor, descendant));
  }
  /** Make a stored revision the article's current state (creating the article if new). */
  setHead(articleId: string, revision: string, options: SetHeadOptions = {}): SetHeadResult {
    return this.write(() => setHead(this.ctx, articleId, revision, options));
  }
  /** Every article id with its head revision and whether it has unsaved changes. */
  heads(): { id: string; revision: string; dirty: boolean; trashed: boolean }[] {
    return guard(() =>
      (this.ctx.stmt('SELECT id, revision, dirty, trashed_at FROM articles ORDER BY num').all() as {
        id: string;
        revision: string;
        dirty: number;
        trashed_at: string | null;
      }[]).map((r) => ({ id: r.id, revision: r.revision, dirty: r.dirty === 1, trashed: r.trashed_at !== null })),
    );
  }

  // assets.*
  putAsset(bytes: Buffer, mime: string): { hash: string; mime: string } {
    return this.write(() => putAsset(this.ctx, bytes, mime));
  }
  getAsset(hash: string): Asset {
    return guard(() => getAsset(this.ctx, hash));
  }

  // settings.*
  settings(): Settings {
    return (this.settingsCache ??= guard(() => readSettings(this.ctx.stmt)));
  }
  setSettings(patch: SettingsPatch): Settings {
    const next = this.write(() => writeSettings(this.db, this.ctx.stmt, patch));
    this.settingsCache = next;
    return next;
  }

  // library.*
  /** Tags in use outside the trash, most used first. */
  tags(): { tag: string; count: number }[] {
    return guard(() => listTags(this.ctx));
  }
  check(): CheckResult {
    return guard(() => checkDatabase(this.db));
  }
  backup(toPath: string): Promise<BackupInfo> {
    return guardAsync(() => backupTo(this.db, this.path, toPath, this.ctx.now()));
  }
  /** A dated backup in `folder`, keeping the newest `keep` (settings.backupKeep). */
  backupRotating(folder: string, keep: number): Promise<BackupInfo> {
    return guardAsync(() => backupRotating(this.db, this.path, folder, keep, this.ctx.now()));
  }
  listBackups(folder: string): BackupInfo[] {
    return guard(() => listBackups(folder));
  }
  /**
   * Replace this library's contents with a healthy backup; returns the safety copy. A
   * backup from an older version is migrated first, off this thread (restore.ts), and
   * its progress told to `onProgress` and to the library's own onMigrationProgress (the
   * CLI's and the web host's lines). Writes are refused as busy until it is done.
   */
  async restoreFromBackup(backupPath: string, options: { onProgress?: (progress: MigrationProgress) => void } = {}): Promise<{ safetyCopy: BackupInfo }> {
    if (this.restoring) throw new QalamError('busy', 'already restoring');
    this.restoring = true;
    const tell = [this.options.onMigrationProgress, options.onProgress].filter((f) => f !== undefined);
    const onProgress = (progress: MigrationProgress) => tell.forEach((f) => f(progress));
    try {
      const result = await guardAsync(() =>
        restoreInto(this.db, this.path, backupPath, this.ctx.now(), {
          onProgress,
          ...(this.options.migrateWorker ? { migrateWorker: this.options.migrateWorker } : {}),
        }),
      );
      // The written file was quick_checked where it was written (off this thread).
      guard(() => {
        checkIdentity(this.db, this.path);
        migrate(this.db);
      });
      this.settingsCache = undefined;
      return result;
    } finally {
      this.restoring = false;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Open (or create) the library at `file`. */
export function openLibrary(file: string, options: LibraryOptions = {}): Library {
  return new Library(file, options);
}
