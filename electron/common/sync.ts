// What the sync channels carry between the services and the renderer (DESIGN §6).
// The engine's own types stay in electron/services/sync; these are the wire shapes the
// status bar, the sync panel and the conflict view read.
import { z } from 'zod';
import type { ArticleMeta, Block } from './document/types';
import { bodySchema, metaSchema, ULID } from './document/schema';
import { NAME_MAX } from './settings';

export type SyncStatusCode =
  | 'ok'
  | 'share_unreachable'
  | 'share_empty'
  | 'share_replaced'
  | 'share_incomplete'
  | 'share_damaged'
  | 'share_error'
  /** The share's marker is from a newer Qalam: paused, nothing changed. */
  | 'share_newer';

/** One pass as the log shows it. */
export interface SyncLogEntry {
  status: SyncStatusCode;
  /** The engine's one line (English / Arabic), without the detail. */
  message: string;
  messageAr: string;
  /** What exactly (a path, an errno: not translated; shown left to right). */
  detail?: string;
  startedAt: string;
  finishedAt: string;
  pushed: { articles: number; revisions: number; assets: number };
  pulled: { articles: number; revisions: number; assets: number };
  /** Which articles moved to another desk's version (the first 200), so an open one
   * can be reloaded. */
  pulledIds?: string[];
  /** Conflicts found in this pass. */
  conflicts: number;
  openConflicts: number;
  skipped: { path: string; reason: string }[];
  failed: { path: string; reason: string }[];
  /** Files from a newer Qalam (reason: the format they name), set aside untouched, and
   * the one line that says so (English / Arabic). Absent when there were none. */
  newer?: { path: string; reason: string }[];
  notice?: string;
  noticeAr?: string;
  /** A pass that threw (a bug or the library closing), not a share status. */
  crashed?: string;
}

export interface SyncState {
  /** A share folder is set and sync is on. */
  active: boolean;
  enabled: boolean;
  shareFolder: string;
  deviceName: string;
  intervalSeconds: number;
  /** This library's device id. */
  device: string;
  running: boolean;
  /** Newest first; the first is the last pass. */
  log: SyncLogEntry[];
  conflictIds: string[];
  /** Changes whenever the other desks' dictionary words do (the page checks its words again). */
  wordsVersion: number;
}

export interface PresenceEntry {
  articleId: string;
  /** The other device's name ("DESK-3") and who works there ("فاطمة"). */
  deviceName: string;
  user: string;
  since: string;
  lastSeen: string;
}

export interface ConflictVersion {
  revision: string;
  meta: ArticleMeta;
  body: Block[];
  deleted: boolean;
  author: string;
  /** Device name when known from its presence file, else its id. */
  deviceName: string;
  createdAt: string;
}

export interface ConflictDetail {
  articleId: string;
  detectedAt: string;
  mine: ConflictVersion;
  theirs: ConflictVersion;
  /** What both started from, for a three-way merge (absent when not known here). */
  base?: ConflictVersion;
}

export const SYNC_INTERVAL_MIN = 2;
export const SYNC_INTERVAL_MAX = 3600;

const articleId = z.string().regex(ULID, 'id must be a ULID');

export const syncConfigureSchema = z.strictObject({
  shareFolder: z.string().max(4096).optional(),
  deviceName: z.string().max(NAME_MAX).optional(),
  intervalSeconds: z.number().int().min(SYNC_INTERVAL_MIN).max(SYNC_INTERVAL_MAX).optional(),
  enabled: z.boolean().optional(),
});

export const syncNowSchema = z
  .strictObject({
    /** The editor confirmed this share is the one to use although it is not the one
     * this device synced with before (status share_replaced). */
    adoptShare: z.boolean().optional(),
  })
  .optional();

export const syncResolveSchema = z.strictObject({
  articleId,
  take: z.enum(['mine', 'theirs', 'merged']),
  /** Which diverged head this settles (the conflict view shows one at a time). */
  theirs: z.string().min(1).max(128).optional(),
  body: bodySchema.optional(),
  meta: metaSchema.omit({ createdAt: true, updatedAt: true }).partial().optional(),
});

export const syncEditingSchema = z.strictObject({
  /** One open window or tab; each reports its own open article. */
  client: z.string().min(1).max(64),
  articleId: articleId.nullable(),
});
