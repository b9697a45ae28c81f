// One sync pass (DESIGN §6): check the share is the one we know and whole, pull (scan,
// then apply by ancestry), push. A share that is missing, empty, swapped or half-copied
// stops the pass before anything local is touched, with a status that says why —
// never "the files are gone, so the articles must be deleted" (Joplin #883, #4223).
import { ulid } from 'ulid';
import { AUTOSAVE_REVISION_EVERY_MS } from '../store/save';
import type { StoreContext } from '../store/context';
import { statementCache } from '../store/context';
import type { Library } from '../store/library';
import { DiskFolder } from './disk-folder';
import type { Folder, FolderEntry } from './folder';
import { FolderError } from './folder';
import { ARTICLES, DEVICES, ROOT, SHARE_MARKER } from './layout';
import * as local from './local';
import type { DeviceInfo } from './presence';
import { writeDeviceFile } from './presence';
import { apply } from './apply';
import type { PassContext } from './scan';
import { scan } from './scan';
import { PushStopped, push } from './push';
import type { SyncReport, SyncStatus } from './report';
import { emptyReport, statusMessage } from './report';
import type { ShareFileRead, ShareMarker } from './share-files';
import { SMALL_FILE_MAX, parseShareFile, shareMarkerSchema, toJsonBytes } from './share-files';

export interface SyncOptions {
  library: Library;
  /** The shared folder: a path (the disk) or any Folder (tests use MemoryFolder). */
  folder: Folder | string;
  /** Name, user and open articles, for the presence file. */
  device?: DeviceInfo;
  /** This device's clock (report times, presence, merge revisions). Never used to merge. */
  clock?: () => Date;
  /** The user chose this share on purpose: accept it even if it is not the one this
   * device synced with before (forgets what was known about the old one). */
  adoptShare?: boolean;
}

// Statement caches per connection: prepared statements are reused across passes.
const caches = new WeakMap<object, StoreContext['stmt']>();

/** The store context sync works through: the library's own connection and device id. */
export function syncContext(library: Library, clock?: () => Date): StoreContext {
  let stmt = caches.get(library.db);
  if (!stmt) {
    stmt = statementCache(library.db);
    caches.set(library.db, stmt);
  }
  return {
    db: library.db,
    stmt,
    now: clock ?? (() => new Date()),
    device: library.device,
    author: () => library.settings().author,
    deviceName: () => library.settings().deviceName,
    autosaveRevisionEveryMs: AUTOSAVE_REVISION_EVERY_MS,
  };
}

class Paused extends Error {
  constructor(
    readonly status: Exclude<SyncStatus, 'ok' | 'share_error'>,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function describe(e: unknown): string {
  if (e instanceof FolderError) return `${e.code} ${e.path}`;
  return e instanceof Error ? e.message : String(e);
}

/** Is the share there and the one we know? Returns the listing of qalam/articles. */
async function preflight(ctx: StoreContext, folder: Folder, adoptShare: boolean, now: Date): Promise<FolderEntry[]> {
  let root;
  try {
    root = await folder.stat('');
  } catch (e) {
    throw new Paused('share_unreachable', describe(e));
  }
  if (!root || root.kind !== 'dir') throw new Paused('share_unreachable', `${folder.description} is not there`);

  const known = local.getState(ctx, 'share');
  let qalam;
  try {
    qalam = await folder.stat(ROOT);
  } catch (e) {
    throw new Paused('share_unreachable', describe(e));
  }
  if (!qalam) {
    if (known && !adoptShare) throw new Paused('share_empty', `${ROOT}/ is missing`);
    return startShare(ctx, folder, now);
  }
  if (qalam.kind !== 'dir') throw new Paused('share_damaged', `${ROOT} is not a folder`);

  let marker: ShareMarker | undefined;
  try {
    const parsed = parseShareFile(await folder.read(SHARE_MARKER, SMALL_FILE_MAX), shareMarkerSchema, 'share');
    marker = markerOf(parsed);
  } catch (e) {
    if (e instanceof Paused) throw e;
    if (!(e instanceof FolderError && e.code === 'ENOENT')) throw new Paused('share_unreachable', describe(e));
  }
  if (!marker) {
    if (known && !adoptShare) throw new Paused('share_incomplete', `${SHARE_MARKER} is missing`);
    return startShare(ctx, folder, now);
  }
  if (known && known !== marker.share) {
    if (!adoptShare) throw new Paused('share_replaced', `share ${marker.share}, expected ${known}`);
    local.forgetShare(ctx);
  }
  if (!known || known !== marker.share) local.setState(ctx, 'share', marker.share);
  try {
    return await folder.list(ARTICLES);
  } catch (e) {
    if (e instanceof FolderError && e.code === 'ENOENT' && (await folder.exists(SHARE_MARKER).catch(() => false))) {
      if (local.published(ctx).size > 0) throw new Paused('share_incomplete', `${ARTICLES} is missing`);
      await folder.mkdirp(ARTICLES).catch(() => undefined);
      return [];
    }
    throw new Paused('share_unreachable', describe(e));
  }
}

/** The marker, or the pause it calls for. A newer Qalam's marker means a layout this one
 * cannot read at all: not damage, and nothing of it may be touched. */
function markerOf(parsed: ShareFileRead<ShareMarker>): ShareMarker {
  if ('newer' in parsed) throw new Paused('share_newer', `${SHARE_MARKER}: ${parsed.newer}`);
  if ('reason' in parsed) throw new Paused('share_damaged', `${SHARE_MARKER}: ${parsed.reason}`);
  return parsed.value;
}

/** A new share: this device creates qalam/ and its marker (written once, never again). */
async function startShare(ctx: StoreContext, folder: Folder, now: Date): Promise<FolderEntry[]> {
  if (local.getState(ctx, 'share')) local.forgetShare(ctx);
  const marker: ShareMarker = { format: 'qalam-share/1', share: ulid(now.getTime()), createdAt: now.toISOString() };
  try {
    await folder.mkdirp(ARTICLES);
    await folder.mkdirp(DEVICES);
    // Two devices may start the same share at once: the marker is created exclusively,
    // and whichever landed first is the share for both.
    await folder.writeAtomic(SHARE_MARKER, toJsonBytes(marker), { exclusive: true }).catch((e: unknown) => {
      if (!(e instanceof FolderError && e.code === 'EEXIST')) throw e;
    });
    const parsed = parseShareFile(await folder.read(SHARE_MARKER, SMALL_FILE_MAX), shareMarkerSchema, 'share');
    local.setState(ctx, 'share', markerOf(parsed).share);
    return await folder.list(ARTICLES);
  } catch (e) {
    if (e instanceof Paused) throw e;
    throw new Paused('share_unreachable', describe(e));
  }
}

/** One full pass. Never throws for share trouble: the report's status says what happened. */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const clock = options.clock ?? (() => new Date());
  const ctx = syncContext(options.library, clock);
  const folder = typeof options.folder === 'string' ? new DiskFolder(options.folder) : options.folder;
  const report = emptyReport(ctx.device, clock().toISOString());
  const finish = (status: SyncStatus, detail?: string): SyncReport => {
    report.status = status;
    // Articles are scanned concurrently; a stable order reads better and diffs cleanly.
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    report.skipped.sort(byPath);
    report.newer.sort(byPath);
    report.message = statusMessage(status, 'en', detail);
    report.messageAr = statusMessage(status, 'ar', detail);
    report.openConflicts = local.conflictsOf(ctx).length;
    report.finishedAt = clock().toISOString();
    return report;
  };

  try {
    const articles = await preflight(ctx, folder, options.adoptShare ?? false, clock());
    const pass: PassContext = { ctx, folder, device: ctx.device, report, shareNow: undefined };
    try {
      pass.shareNow = await writeDeviceFile(folder, ctx.device, options.device ?? {}, clock());
    } catch (e) {
      report.failed.push({ path: `${DEVICES}/${ctx.device}.json`, reason: describe(e) });
    }
    const scanned = await scan(pass, articles);
    if (scanned.incomplete) throw new Paused('share_incomplete', scanned.incomplete);
    // The share may have gone while we read it; a partial read must not be applied.
    if (!(await folder.exists(SHARE_MARKER).catch(() => false))) throw new Paused('share_unreachable', 'gone during the pass');
    for (const article of scanned.articles) {
      try {
        apply(pass, article);
      } catch (e) {
        // The article's transaction rolled back whole; the rest of the pass goes on.
        report.skipped.push({ path: `${ARTICLES}/${article.articleId}`, reason: describe(e) });
      }
    }
    await push(pass);
  } catch (e) {
    if (e instanceof Paused) return finish(e.status, e.detail);
    if (e instanceof PushStopped) {
      // Pulled changes may already be applied, so this is never a "nothing changed" status.
      report.failed.push({ path: e.path, reason: describe(e.reason) });
      return finish('share_error', describe(e.reason));
    }
    if (e instanceof FolderError) return finish('share_error', describe(e));
    throw e;
  }
  const problems = report.skipped.length + report.failed.length;
  return finish('ok', problems ? `${problems} file(s) skipped or failed` : undefined);
}
