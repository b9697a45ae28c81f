// Sync as the app runs it: one scheduler per library, configured from the settings
// (share folder, interval, on/off), a short log of passes for the status bar and the
// sync panel, the presence the other devices publish, and this device's open articles
// fed into its own device file. The hosts (web host, Electron main) get it through
// createServices; the CLI's one-shot passes call syncOnce directly.
import type { Article } from '../../common/document/types';
import type { ConflictDetail, ConflictVersion, PresenceEntry, SyncLogEntry, SyncState } from '../../common/sync';
import type { Library } from '../store/library';
import { getRevisionContent, makeRevision, sameState } from '../store/revisions';
import { findRow, rowState, writeRow } from '../store/rows';
import { listConflicts, resolveConflict } from './conflicts';
import { DiskFolder } from './disk-folder';
import { syncContext, syncOnce } from './engine';
import { readPresence, writeDeviceFile } from './presence';
import { SharedWords, type OwnWords } from './words';
import type { SyncReport } from './report';
import { newerNotice, statusMessage } from './report';
import { watch } from 'node:fs';
import { isAbsolute, join, win32 } from 'node:path';
import { QalamError } from '../../common/errors';
import { SyncScheduler } from './scheduler';
import type { DeviceFile } from './share-files';

/** Passes kept for the log. */
export const LOG_LENGTH = 20;
/** A window that stopped reporting its open article (closed tab, crash) is forgotten. */
export const EDITING_EXPIRES_MS = 3 * 60_000;
/** A device file not refreshed for this long is an app that is no longer running. */
export const PRESENCE_STALE_MS = 30 * 60_000;
/** A desk that says how often it refreshes its file is gone after this many missed
 * refreshes (a slow share or a long pass can delay one), and never sooner than
 * PRESENCE_MIN_STALE_MS: a crashed desk stops showing as "editing" within minutes. */
export const PRESENCE_MISSED_REFRESHES = 3;
export const PRESENCE_MIN_STALE_MS = 2 * 60_000;

/** How long after its last refresh a device file still means a running app. */
export function presenceStaleMs(file: Pick<DeviceFile, 'refreshSeconds'>): number {
  if (file.refreshSeconds === undefined) return PRESENCE_STALE_MS;
  return Math.min(PRESENCE_STALE_MS, Math.max(PRESENCE_MIN_STALE_MS, PRESENCE_MISSED_REFRESHES * file.refreshSeconds * 1000));
}

export interface SyncAppOptions {
  clock?: () => Date;
  /** Tests: no fs.watch hints. */
  watch?: boolean;
}

export function logEntry(report: SyncReport): SyncLogEntry {
  // The engine appends "(detail)" in English to both sentences; an Arabic line with a
  // Latin path inside it reads scrambled, so the detail travels apart.
  const base = statusMessage(report.status, 'en');
  const rest = report.message.startsWith(base) ? report.message.slice(base.length).trim() : '';
  const detail = rest.replace(/^\((.*)\)$/s, '$1');
  return {
    status: report.status,
    message: base,
    messageAr: statusMessage(report.status, 'ar'),
    ...(detail ? { detail } : {}),
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    pushed: { articles: report.pushed.articles.length, revisions: report.pushed.revisions, assets: report.pushed.assets },
    pulled: { articles: report.pulled.articles.length, revisions: report.pulled.revisions, assets: report.pulled.assets },
    ...(report.pulled.articles.length > 0 ? { pulledIds: report.pulled.articles.slice(0, 200) } : {}),
    conflicts: report.conflicts.length,
    openConflicts: report.openConflicts,
    // A hostile share could list thousands; the panel shows a readable few.
    skipped: report.skipped.slice(0, 50),
    failed: report.failed.slice(0, 50),
    // Files from a newer Qalam are no trouble with the share: one line says so, apart.
    ...(report.newer.length > 0 ? { newer: report.newer.slice(0, 50), notice: newerNotice('en'), noticeAr: newerNotice('ar') } : {}),
  };
}

/** A pass that moved nothing and met nothing worth a line of its own. Files from a newer
 * Qalam do not count: they are there on every poll until this desk is updated, and the
 * latest line carries the notice, so the log says it once rather than once a poll. */
export function isQuiet(e: SyncLogEntry): boolean {
  return (
    e.status === 'ok' &&
    !e.crashed &&
    e.pushed.revisions + e.pushed.assets + e.pushed.articles + e.pulled.revisions + e.pulled.assets + e.pulled.articles === 0 &&
    e.conflicts === 0 &&
    e.skipped.length === 0 &&
    e.failed.length === 0
  );
}

/** Other devices editing now, from their device files; stale files are apps long gone. */
export function presenceEntries(files: readonly DeviceFile[], now: Date): PresenceEntry[] {
  const out: PresenceEntry[] = [];
  for (const file of files) {
    const seen = Date.parse(file.lastSeen);
    if (!Number.isFinite(seen) || now.getTime() - seen > presenceStaleMs(file)) continue;
    for (const e of file.editing) {
      // A desk with no name stays nameless here ('' ): the renderer says "an unnamed
      // computer" in the UI's language rather than showing its id.
      out.push({ articleId: e.articleId, deviceName: file.name.trim(), user: file.user, since: e.since, lastSeen: file.lastSeen });
    }
  }
  return out;
}

/** A change worth a pass: not a device file (every desk rewrites its own on every pass,
 * so two desks would wake each other for ever) and not a temp file mid-write. */
export function isArticleChange(filename: string | null): boolean {
  if (!filename) return true;
  const name = filename.replace(/\\/g, '/');
  return !name.startsWith('devices/') && name !== 'devices' && !name.endsWith('.tmp');
}

/** fs.watch on <share>/qalam as a hint (polling still covers shares that cannot be
 * watched, e.g. most SMB mounts). */
function watchArticles(sharePath: string): (onHint: () => void) => (() => void) | undefined {
  return (onHint) => {
    try {
      const watcher = watch(join(sharePath, 'qalam'), { recursive: true, persistent: false }, (_event, filename) => {
        if (isArticleChange(filename)) onHint();
      });
      watcher.on('error', () => watcher.close());
      return () => watcher.close();
    } catch {
      return undefined;
    }
  };
}

export class SyncApp {
  private scheduler: SyncScheduler | undefined;
  private folderPath = '';
  private log: SyncLogEntry[] = [];
  private current: Promise<unknown> | undefined;
  private adoptNext = false;
  private presence: DeviceFile[] = [];
  private readonly words = new SharedWords();
  private wordsSource: OwnWords | undefined;
  /** Open article per window, with when it was opened and when the window last said so. */
  private readonly editing = new Map<string, { articleId: string; since: string; seen: number }>();
  private closed = false;
  private started = false;
  private readonly clock: () => Date;

  constructor(
    private readonly library: Library,
    private readonly options: SyncAppOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** Start from the settings (once; the hosts call it when a window asks for the status). */
  ensureStarted(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.restart();
  }

  private settings() {
    const s = this.library.settings();
    return {
      shareFolder: (s.syncFolder ?? '').trim(),
      enabled: s.syncEnabled ?? true,
      intervalSeconds: s.syncIntervalSeconds ?? 30,
      deviceName: s.deviceName,
      author: s.author,
    };
  }

  private restart(): void {
    this.scheduler?.stop();
    this.scheduler = undefined;
    const s = this.settings();
    if (this.closed || !s.enabled || !s.shareFolder) return;
    this.folderPath = s.shareFolder;
    this.scheduler = new SyncScheduler({
      run: () => this.pass(),
      intervalMs: s.intervalSeconds * 1000,
      ...(this.options.watch === false ? {} : { watch: watchArticles(s.shareFolder) }),
      onError: (e) => this.record({ crashed: e instanceof Error ? e.message : String(e) }),
    });
    this.scheduler.start();
  }

  private deviceInfo() {
    const s = this.settings();
    const now = this.clock().getTime();
    const open = new Map<string, string>();
    for (const [client, e] of this.editing) {
      if (now - e.seen > EDITING_EXPIRES_MS) this.editing.delete(client);
      else if (!open.has(e.articleId) || e.since < open.get(e.articleId)!) open.set(e.articleId, e.since);
    }
    return {
      name: s.deviceName,
      user: s.author,
      editing: [...open].map(([articleId, since]) => ({ articleId, since })),
      refreshSeconds: s.intervalSeconds,
    };
  }

  /** Autosave between revisions leaves an article "dirty" (its words have no revision
   * yet), and only revisions travel. An article no window has open has stopped
   * changing: give it its revision now so the other desks get it on this pass. An open
   * one travels at its next autosave revision (a few minutes) or an explicit save. */
  private settleClosedDrafts(open: ReadonlySet<string>): void {
    const ctx = syncContext(this.library, this.clock);
    const dirty = this.library.db.prepare('SELECT id FROM articles WHERE dirty = 1').all() as { id: string }[];
    for (const { id } of dirty) {
      if (open.has(id)) continue;
      this.library.transaction(() => {
        const row = findRow(ctx, id);
        if (!row || !row.dirty) return;
        const state = rowState(row);
        if (sameState(state, getRevisionContent(ctx, row.revision))) return;
        const at = ctx.now().toISOString();
        const snapshot = makeRevision(ctx, id, state, 'snapshot', [row.revision], { at });
        writeRow(ctx, id, { ...state, revision: snapshot.id, revisedAt: at, dirty: false }, row);
      });
    }
  }

  private async pass(): Promise<SyncReport> {
    const device = this.deviceInfo();
    this.settleClosedDrafts(new Set(device.editing.map((e) => e.articleId)));
    const adoptShare = this.adoptNext;
    this.adoptNext = false;
    const folder = this.folderPath;
    const run = syncOnce({ library: this.library, folder, device, adoptShare, clock: this.clock });
    this.current = run;
    try {
      const report = await run;
      // Presence and words first, so a newer Qalam's files among them join this pass's line.
      if (report.status === 'ok') {
        this.presence = await readPresence(new DiskFolder(folder), this.library.device, report.newer);
        if (this.wordsSource) {
          await this.words.exchange(new DiskFolder(folder), this.library.device, this.wordsSource, report.newer).catch(() => undefined);
        }
      } else this.presence = [];
      this.record(logEntry(report));
      return report;
    } finally {
      if (this.current === run) this.current = undefined;
    }
  }

  private record(entry: SyncLogEntry | { crashed: string }): void {
    const now = this.clock().toISOString();
    const full: SyncLogEntry =
      'status' in entry
        ? entry
        : {
            status: 'share_error',
            message: entry.crashed,
            messageAr: entry.crashed,
            startedAt: now,
            finishedAt: now,
            pushed: { articles: 0, revisions: 0, assets: 0 },
            pulled: { articles: 0, revisions: 0, assets: 0 },
            conflicts: 0,
            openConflicts: this.log[0]?.openConflicts ?? 0,
            skipped: [],
            failed: [],
            crashed: entry.crashed,
          };
    // A quiet poll after a quiet poll says nothing new: keep one line, with the latest time.
    const prev = this.log[0];
    if (prev && isQuiet(prev) && isQuiet(full)) this.log = [full, ...this.log.slice(1)];
    else this.log = [full, ...this.log].slice(0, LOG_LENGTH);
  }

  state(): SyncState {
    const s = this.settings();
    return {
      active: this.scheduler !== undefined,
      enabled: s.enabled,
      shareFolder: s.shareFolder,
      deviceName: s.deviceName,
      intervalSeconds: s.intervalSeconds,
      device: this.library.device,
      running: this.scheduler?.isRunning ?? false,
      log: this.log,
      conflictIds: [...new Set(listConflicts(this.library).map((c) => c.articleId))],
      wordsVersion: this.words.version,
    };
  }

  async syncNow(adoptShare = false): Promise<SyncState> {
    this.ensureStarted();
    if (this.scheduler) {
      if (adoptShare) this.adoptNext = true;
      // A pass already under way may have read the library before this request: wait
      // for it, then for the pass queued behind it, which starts after the request.
      if (this.scheduler.isRunning) await this.scheduler.syncNow();
      await this.scheduler.syncNow();
    }
    return this.state();
  }

  /** Save the settings; when the share or on/off changed, resolves after the first
   * pass there, so the editor sees at once whether the folder works. */
  async configure(patch: { shareFolder?: string; deviceName?: string; intervalSeconds?: number; enabled?: boolean }): Promise<SyncState> {
    const before = this.settings();
    // A relative path would mean "relative to wherever the app happened to start".
    const folder = patch.shareFolder?.trim();
    if (folder && !isAbsolute(folder) && !win32.isAbsolute(folder)) throw new QalamError('share_path_relative', folder);
    this.library.setSettings({
      ...(patch.shareFolder !== undefined ? { syncFolder: patch.shareFolder.trim() } : {}),
      ...(patch.deviceName !== undefined ? { deviceName: patch.deviceName.trim() } : {}),
      ...(patch.intervalSeconds !== undefined ? { syncIntervalSeconds: patch.intervalSeconds } : {}),
      ...(patch.enabled !== undefined ? { syncEnabled: patch.enabled } : {}),
    });
    const after = this.settings();
    this.started = true;
    if (after.shareFolder !== before.shareFolder || after.enabled !== before.enabled || !this.scheduler) {
      // A folder the editor typed in on purpose: a pass there may take it as the share.
      if (after.shareFolder !== before.shareFolder) {
        this.log = [];
        this.presence = [];
        this.words.forget();
      }
      this.restart();
      await this.scheduler?.syncNow();
    } else if (after.intervalSeconds !== before.intervalSeconds) {
      this.scheduler.setInterval(after.intervalSeconds * 1000);
    }
    return this.state();
  }

  conflicts(articleId?: string): ConflictDetail[] {
    const names = new Map(this.presence.map((d) => [d.device, d.name]));
    const version = (revision: string): ConflictVersion => {
      const c = this.library.revisionContent(revision);
      return {
        revision,
        meta: c.meta,
        body: c.body,
        deleted: c.deleted === true,
        author: c.author,
        // The name recorded with the revision, else the desk's name now; never its id.
        deviceName: c.deviceName || names.get(c.device) || (c.device === this.library.device ? this.settings().deviceName : ''),
        createdAt: c.createdAt,
      };
    };
    return listConflicts(this.library, articleId).map((c) => ({
      articleId: c.articleId,
      detectedAt: c.detectedAt,
      mine: version(c.mine),
      theirs: version(c.theirs),
      ...(c.base ? { base: version(c.base) } : {}),
    }));
  }

  resolve(articleId: string, resolution: Parameters<typeof resolveConflict>[2]): Article {
    const article = resolveConflict(this.library, articleId, { ...resolution, clock: this.clock });
    // Put the settling revision on the share now, so the other desks see it on their next poll.
    void this.scheduler?.syncNow();
    return article;
  }

  /** The dictionary words this desk shares (its editors' additions), read at each pass. */
  shareWords(source: OwnWords): void {
    this.wordsSource = source;
  }

  /** What the other desks' editors added to their dictionaries. */
  sharedWords(): ReadonlySet<string> {
    return this.words.words;
  }

  presenceNow(): PresenceEntry[] {
    return presenceEntries(this.presence, this.clock());
  }

  /** A window says which article it has open (null: none). A change is written to this
   * device's file at once (when the share is in order), not at the next poll. */
  setEditing(client: string, articleId: string | null): void {
    const now = this.clock();
    const before = this.editing.get(client);
    if (articleId === null) this.editing.delete(client);
    else
      this.editing.set(client, {
        articleId,
        since: before?.articleId === articleId ? before.since : now.toISOString(),
        seen: now.getTime(),
      });
    if ((before?.articleId ?? null) !== articleId) void this.publishPresence();
  }

  private async publishPresence(): Promise<void> {
    // Only into a share the last pass found in order: never create qalam/ in a folder
    // that is missing, empty or someone else's.
    if (!this.scheduler || this.log[0]?.status !== 'ok' || this.closed) return;
    try {
      await writeDeviceFile(new DiskFolder(this.folderPath), this.library.device, this.deviceInfo(), this.clock());
    } catch {
      // Presence is advice; the next pass writes it again.
    }
  }

  /** Stop polling and let a running pass finish before the library closes; tell the
   * other desks this device has nothing open any more. */
  async close(): Promise<void> {
    this.scheduler?.stop();
    await this.current?.catch(() => undefined);
    this.editing.clear();
    await this.publishPresence();
    this.closed = true;
    this.scheduler = undefined;
  }
}
