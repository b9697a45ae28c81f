// The one contract between the renderer and the services: channel → request schema
// → response type. The preload, the Electron IPC binding and the web host are each a
// generic loop over this object, so they cannot drift apart. Binary data travels as
// base64 so the same payloads work over IPC and HTTP.
import { z } from 'zod';
import { bodySchema, draftSchema, metaSchema, ULID } from './document/schema';
import type { Article, Status } from './document/types';
import { STATUSES } from './document/types';
import type { ErrorInfo } from './errors';
import { EXPORT_FORMATS, exportOptionsSchema } from './export-options';
import type { MigrationProgress } from './migration-progress';
import type { Settings } from './settings';
import { settingsPatchSchema } from './settings';
import { spellingCheckSchema, spellingWordSchema, type SpellingCheckResult } from './spelling';
import type { ConflictDetail, PresenceEntry, SyncState } from './sync';
import { syncConfigureSchema, syncEditingSchema, syncNowSchema, syncResolveSchema } from './sync';

const id = z.string().regex(ULID, 'id must be a ULID');
const revisionId = z.string().min(1).max(128);
const assetHash = z.string().regex(/^[0-9a-f]{64}$/, 'asset must be a SHA-256 hex hash');
const none = z.strictObject({}).optional();

export const SORTS = ['updated', 'deadline', 'headline', 'created'] as const;
export type Sort = (typeof SORTS)[number];

export interface ArticleSummary {
  id: string;
  kicker: string;
  headline: string;
  standfirst: string;
  status: Status;
  section: string;
  byline: string;
  tags: string[];
  words: number;
  deadline?: string;
  createdAt: string;
  updatedAt: string;
  /** ISO date when moved to the trash. */
  trashedAt?: string;
  revision: string;
}

/** A snippet as segments, so no host ever renders search results as HTML. */
export type Snippet = { text: string; match: boolean }[];

export interface SearchHit {
  id: string;
  kicker: string;
  headline: string;
  /** The kicker and headline whole, the words the query matched marked as the store
   * matched them (behind clitics too: «التهريب» marks «والتهريب»). */
  kickerMarks: Snippet;
  headlineMarks: Snippet;
  status: Status;
  snippet: Snippet;
  /** bm25 score (lower is better, as SQLite reports it). */
  rank: number;
}

export type RevisionKind = 'create' | 'autosave' | 'snapshot' | 'status' | 'restore' | 'merge' | 'import' | 'delete' | 'sync';

export interface RevisionSummary {
  id: string;
  articleId: string;
  parents: string[];
  kind: RevisionKind;
  createdAt: string;
  author: string;
  device: string;
  /** The device's name when the revision was made ('' when none was recorded: an older
   * revision of this device carries the current name; others stay ''). */
  deviceName: string;
  /** Made on this device (the renderer says "this computer" when it has no name). */
  thisDevice?: boolean;
  status: Status;
  words: number;
  headline: string;
}

export interface BackupInfo {
  path: string;
  bytes: number;
  createdAt: string;
}

/** How a restore from a backup is going (the settings page polls it while it waits):
 * `migration` is the last report of the backup's migration, null until one comes (a
 * backup of this version has none). */
export interface RestoreProgress {
  restoring: boolean;
  migration: MigrationProgress | null;
}

export interface CheckResult {
  ok: boolean;
  messages: string[];
}

export interface BatchExportResult {
  folder: string;
  files: { id: string; file: string }[];
  failed: { id: string; error: ErrorInfo }[];
}

export const SAVE_REASONS = ['autosave', 'snapshot'] as const;

const listRequest = z
  .strictObject({
    status: z.enum(STATUSES).optional(),
    section: z.string().max(200).optional(),
    tag: z.string().max(100).optional(),
    sort: z.enum(SORTS).optional(),
    trashed: z.boolean().optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();

/** The phantom `response` carries only a type; it is never read at run time. */
function channel<R>() {
  return <S extends z.ZodType>(request: S): { request: S; response: R } => ({ request, response: undefined as R });
}

export const contract = {
  'articles.create': channel<Article>()(draftSchema),
  'articles.get': channel<Article>()(z.strictObject({ id })),
  'articles.save': channel<Article>()(
    z.strictObject({
      id,
      /** null clears an optional field (JSON cannot carry undefined). */
      meta: metaSchema
        .omit({ createdAt: true, updatedAt: true })
        .partial()
        .extend({ targetWords: metaSchema.shape.targetWords.nullable(), deadline: metaSchema.shape.deadline.nullable() })
        .optional(),
      body: bodySchema.optional(),
      /** The revision the editor started from; a mismatch is still saved, never lost. */
      baseRevision: revisionId.optional(),
      reason: z.enum(SAVE_REASONS).optional(),
    }),
  ),
  'articles.list': channel<ArticleSummary[]>()(listRequest),
  'articles.search': channel<SearchHit[]>()(
    z.strictObject({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(1000).optional(),
      foldTaMarbuta: z.boolean().optional(),
    }),
  ),
  'articles.duplicate': channel<Article>()(z.strictObject({ id })),
  'articles.trash': channel<ArticleSummary>()(z.strictObject({ id })),
  'articles.restore': channel<ArticleSummary>()(z.strictObject({ id })),
  'articles.purge': channel<{ purged: number }>()(z.strictObject({ id })),
  'articles.emptyTrash': channel<{ purged: number }>()(none),
  'revisions.list': channel<RevisionSummary[]>()(z.strictObject({ id })),
  'revisions.get': channel<Article>()(z.strictObject({ id, revision: revisionId })),
  'revisions.restore': channel<Article>()(z.strictObject({ id, revision: revisionId })),
  'assets.put': channel<{ hash: string; mime: string }>()(
    z.strictObject({ data: z.base64().max(70_000_000), mime: z.string().regex(/^image\/(png|jpeg|gif|webp)$/) }),
  ),
  'assets.get': channel<{ hash: string; mime: string; data: string }>()(z.strictObject({ hash: assetHash })),
  'import.file': channel<Article>()(
    z.strictObject({ name: z.string().min(1).max(1000), data: z.base64().max(140_000_000) }),
  ),
  'export.html': channel<{ html: string }>()(
    z.strictObject({ id, fragment: z.boolean().optional(), digits: z.enum(['arab', 'latn']).optional(), options: exportOptionsSchema.optional() }),
  ),
  /** The print-ready PDF as base64; the export dialog's preview draws these same bytes. */
  'export.pdf': channel<{ pdf: string }>()(z.strictObject({ id, options: exportOptionsSchema.optional() })),
  /** Several articles into a folder on this computer (the services always run locally). */
  'export.batch': channel<BatchExportResult>()(
    z.strictObject({
      ids: z.array(id).min(1).max(10_000),
      folder: z.string().min(1).max(4096),
      format: z.enum(EXPORT_FORMATS),
      options: exportOptionsSchema.optional(),
    }),
  ),
  /** The desktop app's native folder dialog for a batch export (the web host has none:
   * `native: false`, and the editor types the path). `folder` is null when cancelled. */
  'export.pickFolder': channel<{ native: boolean; folder: string | null }>()(none),
  'settings.get': channel<Settings>()(none),
  'settings.set': channel<Settings>()(settingsPatchSchema),
  'library.check': channel<CheckResult>()(none),
  /** Tags in use outside the trash, most used first (completion in the inspector). */
  'library.tags': channel<{ tag: string; count: number }[]>()(none),
  /** An online backup now, into the settings' backup folder (or the default one). */
  'library.backup': channel<BackupInfo>()(none),
  'library.listBackups': channel<{ folder: string; backups: BackupInfo[] }>()(none),
  /** Only a backup listed in the backup folder; the current library is kept aside first. */
  'library.restoreBackup': channel<{ safetyCopy: BackupInfo }>()(z.strictObject({ path: z.string().min(1).max(4096) })),
  /** While a restore runs: whether one does, and how far the backup's migration is. */
  'library.restoreProgress': channel<RestoreProgress>()(none),
  // sync.* (DESIGN §6; shapes in ./sync). The scheduler runs in the services.
  'sync.status': channel<SyncState>()(none),
  /** One pass now; resolves with the state after it. */
  'sync.now': channel<SyncState>()(syncNowSchema),
  'sync.configure': channel<SyncState>()(syncConfigureSchema),
  'sync.conflicts': channel<ConflictDetail[]>()(z.strictObject({ articleId: id.optional() }).optional()),
  'sync.resolve': channel<Article>()(syncResolveSchema),
  /** Other devices' open articles, from their device files (advice, not a lock). */
  'sync.presence': channel<PresenceEntry[]>()(none),
  /** This window's open article, for this device's presence file. */
  'sync.editing': channel<{ ok: true }>()(syncEditingSchema),
  // spelling.* (electron/services/spelling): Hunspell with the bundled Arabic and English
  // dictionaries, and the library's personal dictionary.
  'spelling.check': channel<SpellingCheckResult>()(spellingCheckSchema),
  /** Corrections for one word, best first (none for a word spelt right). */
  'spelling.suggest': channel<{ suggestions: string[] }>()(spellingWordSchema),
  /** Into the personal dictionary (per library, kept across restarts). */
  'spelling.add': channel<{ word: string }>()(spellingWordSchema),
  'spelling.remove': channel<{ word: string }>()(spellingWordSchema),
  /** The personal dictionary, in alphabetical order (the settings page lists it). */
  'spelling.words': channel<{ words: string[] }>()(none),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** What every host returns: a value or an error as data, never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The services side: one method per channel, taking the parsed request. */
export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

/** The renderer side (window.qalam): nested by the part before the dot. */
type GroupOf<C extends Channel> = C extends `${infer Group}.${string}` ? Group : never;

export type Api = {
  // Iterate over groups (not channels): remapping channel keys to groups left `G` a
  // channel name inside, so no method matched and every group typed as {}.
  [G in GroupOf<Channel>]: {
    [C in Channel as C extends `${G}.${infer Method}` ? Method : never]: (
      request: RequestOf<C>,
    ) => Promise<ResponseOf<C>>;
  };
};

export const CHANNELS = Object.keys(contract) as Channel[];

/** What the preload exposes as `window.qalam` and what the web host's client mirrors:
 * the same nested methods, each resolving to a Result (errors cross contextBridge and
 * HTTP as data; the renderer's api.ts unwraps them into thrown ApiErrors). */
export type BridgeApi = {
  [G in keyof Api]: { [M in keyof Api[G]]: Api[G][M] extends (r: infer Q) => Promise<infer R> ? (request: Q) => Promise<Result<R>> : never };
};

/** Split 'articles.save' into ['articles', 'save']. */
export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}
