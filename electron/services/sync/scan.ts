// Pull, phase one: scan reads the share and changes nothing local. It lists every
// article's heads/, re-reads only head files whose size or mtime moved, and fetches and
// checks the revisions and figures a new head needs. Phase two (apply.ts) then decides
// by ancestry alone. If the scan finds the share emptied or half-copied, apply never runs.
import type { StoreContext } from '../store/context';
import type { RevisionContent } from '../store/revisions';
import { hasAsset, sniffImage } from '../store/assets';
import type { Folder } from './folder';
import { FolderError, isTempName } from './folder';
import { ARTICLES, assetFromName, assetsDir, headPath, headsDir, isArticleIdName, revisionPath, deviceIdFromName } from './layout';
import * as local from './local';
import type { SyncReport } from './report';
import { noteNewer } from './report';
import { ASSET_FILE_MAX, REVISION_FILE_MAX, figureAssets, parseRevisionFile, sha256Hex } from './revision-file';
import { SMALL_FILE_MAX, headFileSchema, parseShareFile } from './share-files';

/** A head file written this recently may change again within the same mtime tick
 * (SMB and FAT keep 1–2 s), so its stat is not trusted as "unchanged" ("racy git"). */
export const RACY_WINDOW_MS = 3000;

/** Articles scanned at once. */
export const SCAN_CONCURRENCY = 8;

export interface FetchedRevision {
  id: string;
  /** As read: fields this Qalam does not know are in it, and in `json`. */
  content: RevisionContent;
  json: string;
}

export interface RemoteHead {
  device: string;
  revision: string;
  mtimeMs: number;
  size: number;
  /** Figures the writer put on the share (undefined: all of the head's figures). */
  figures?: string[];
  /** Stat unchanged since last read: the revision came from the local record. */
  cached: boolean;
  /** The stat is recent enough that the next poll should read the file again. */
  racy: boolean;
}

export interface ArticleScan {
  articleId: string;
  heads: RemoteHead[];
  revisions: Map<string, FetchedRevision>;
  assets: Map<string, { bytes: Buffer; mime: string }>;
}

export interface ScanResult {
  articles: ArticleScan[];
  /** Set when the share lost files this device had put there: pause, change nothing. */
  incomplete?: string;
}

export interface PassContext {
  ctx: StoreContext;
  folder: Folder;
  device: string;
  report: SyncReport;
  /** The share's own "now" (mtime of the device file we just wrote), if known. */
  shareNow: number | undefined;
}

function reasonOf(e: unknown): string {
  if (e instanceof FolderError) {
    switch (e.code) {
      case 'TOO_LARGE':
        return 'too large';
      case 'SYMLINK':
        return 'a link (not followed)';
      case 'ENOENT':
        return 'missing';
      default:
        return e.code.toLowerCase();
    }
  }
  return e instanceof Error ? e.message : String(e);
}

export async function scan(pass: PassContext, articleNames: { name: string; kind: string }[]): Promise<ScanResult> {
  const { ctx, report } = pass;
  const published = local.published(ctx);
  const cache = local.remoteHeads(ctx);
  // Articles this library has had from the share: their heads were weighed here.
  const seen = new Set([...cache.keys()].map((key) => key.slice(0, key.indexOf('/'))));
  const listed = new Set<string>();
  const result: ScanResult = { articles: [] };

  for (const entry of articleNames) {
    if (!isArticleIdName(entry.name)) {
      if (!isTempName(entry.name)) report.skipped.push({ path: `${ARTICLES}/${entry.name}`, reason: 'not an article id' });
      continue;
    }
    if (entry.kind !== 'dir') {
      report.skipped.push({ path: `${ARTICLES}/${entry.name}`, reason: entry.kind === 'symlink' ? 'a link (not followed)' : 'not a folder' });
      continue;
    }
    listed.add(entry.name);
  }
  for (const articleId of published.keys()) {
    if (!listed.has(articleId)) return { articles: [], incomplete: `${ARTICLES}/${articleId} is missing` };
  }

  // Reads only, so articles are scanned a few at a time: on SMB every call is a round
  // trip, and waiting on them one by one is most of a poll's time.
  const ids = [...listed].sort();
  const outcomes: (ArticleScan | undefined)[] = new Array(ids.length);
  let next = 0;
  let incomplete: string | undefined;
  const worker = async () => {
    while (incomplete === undefined && next < ids.length) {
      const index = next++;
      const articleId = ids[index] as string;
      const outcome = await scanArticle(pass, articleId, published.has(articleId), seen.has(articleId), cache);
      if (typeof outcome === 'string') incomplete ??= outcome;
      else outcomes[index] = outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SCAN_CONCURRENCY, ids.length) }, worker));
  if (incomplete !== undefined) return { articles: [], incomplete };
  for (const outcome of outcomes) if (outcome) result.articles.push(outcome);
  return result;
}

async function scanArticle(
  pass: PassContext,
  articleId: string,
  publishedHere: boolean,
  hadHere: boolean,
  cache: Map<string, local.RemoteHeadRecord>,
): Promise<ArticleScan | string | undefined> {
  const { ctx, folder, report, device } = pass;
  const dir = headsDir(articleId);
  let entries: { name: string; kind: string }[];
  try {
    entries = await folder.list(dir);
  } catch (e) {
    if (publishedHere) return `${dir}: ${reasonOf(e)}`;
    // Another device is half-way through writing this article: its head comes last.
    if (!(e instanceof FolderError && e.code === 'ENOENT')) report.skipped.push({ path: dir, reason: reasonOf(e) });
    return undefined;
  }
  const ownName = `${device}.json`;
  if (publishedHere && !entries.some((e) => e.name === ownName)) return `${dir}/${ownName} is missing`;

  const head = local.localHead(ctx, articleId);
  // Published from here once, or taken from the share once, and now gone from the
  // library: an editor deleted it for good on this desk (a purge keeps sync's records
  // of it). The other desks' copies must not bring it back.
  if (!head && (publishedHere || hadHere)) return undefined;
  const scanned: ArticleScan = { articleId, heads: [], revisions: new Map(), assets: new Map() };
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (isTempName(entry.name)) {
      // Our own leftover from a write cut short; other devices clean up their own.
      if (entry.name.startsWith(`${ownName}.`)) await folder.removeTemp(path).catch(() => undefined);
      continue;
    }
    const other = deviceIdFromName(entry.name);
    if (!other) {
      report.skipped.push({ path, reason: 'not a device id' });
      continue;
    }
    if (other === device) continue;
    if (entry.kind !== 'file') {
      report.skipped.push({ path, reason: entry.kind === 'symlink' ? 'a link (not followed)' : 'not a file' });
      continue;
    }
    const remote = await readHead(pass, articleId, other, cache.get(`${articleId}/${other}`));
    if (!remote) continue;
    const known = cache.get(`${articleId}/${other}`);
    // Nothing moved on either side since this head was last weighed: skip the work.
    if (remote.cached && head && known?.settledAt === head.revision && !remote.racy) continue;
    if (!(await fetchAncestry(pass, scanned, remote))) continue;
    scanned.heads.push(remote);
  }
  scanned.heads.sort((a, b) => (a.device < b.device ? -1 : 1));
  return scanned.heads.length > 0 ? scanned : undefined;
}

async function readHead(
  pass: PassContext,
  articleId: string,
  other: string,
  known: local.RemoteHeadRecord | undefined,
): Promise<RemoteHead | undefined> {
  const { folder, report } = pass;
  const path = headPath(articleId, other);
  try {
    const stat = await folder.stat(path);
    if (!stat) return undefined;
    if (stat.kind !== 'file') {
      report.skipped.push({ path, reason: 'not a file' });
      return undefined;
    }
    const racy = pass.shareNow === undefined || stat.mtimeMs > pass.shareNow - RACY_WINDOW_MS;
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.mtimeMs >= 0) {
      return { device: other, revision: known.revision, mtimeMs: stat.mtimeMs, size: stat.size, cached: true, racy };
    }
    if (stat.size > SMALL_FILE_MAX) {
      report.skipped.push({ path, reason: 'too large' });
      return undefined;
    }
    const parsed = parseShareFile(await folder.read(path, SMALL_FILE_MAX), headFileSchema, 'head');
    if ('newer' in parsed) {
      // Not recorded as read: the head is weighed once this Qalam can read it.
      noteNewer(report.newer, path, parsed.newer);
      return undefined;
    }
    if ('reason' in parsed) {
      report.skipped.push({ path, reason: parsed.reason });
      return undefined;
    }
    if (parsed.value.articleId !== articleId || parsed.value.device !== other) {
      report.skipped.push({ path, reason: 'names another article or device than its path' });
      return undefined;
    }
    return {
      device: other,
      revision: parsed.value.revision,
      figures: parsed.value.figures,
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      cached: false,
      racy,
    };
  } catch (e) {
    report.skipped.push({ path, reason: reasonOf(e) });
    return undefined;
  }
}

/** Fetch and check every revision of `remote`'s history this library lacks, and the
 * figures its head shows. False (with the reason reported) when any is missing or bad:
 * the head is then left for a later pass, and nothing of it is imported. */
async function fetchAncestry(pass: PassContext, scanned: ArticleScan, remote: RemoteHead): Promise<boolean> {
  const { ctx, folder, report } = pass;
  const { articleId } = scanned;
  const pending: FetchedRevision[] = [];
  const stack = [remote.revision];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || scanned.revisions.has(id) || local.hasRevision(ctx, id)) continue;
    seen.add(id);
    const path = revisionPath(articleId, id);
    let bytes: Uint8Array;
    try {
      bytes = await folder.read(path, REVISION_FILE_MAX);
    } catch (e) {
      report.skipped.push({ path, reason: reasonOf(e) });
      return false;
    }
    const checked = parseRevisionFile(bytes, id, articleId);
    if ('newer' in checked) {
      // The head stands on work this Qalam cannot read: it waits, whole, for an update.
      noteNewer(report.newer, path, checked.newer);
      return false;
    }
    if ('reason' in checked) {
      report.skipped.push({ path, reason: checked.reason });
      return false;
    }
    pending.push({ id, ...checked });
    for (const parent of checked.content.parents) stack.push(parent);
  }
  const headContent = pending.find((r) => r.id === remote.revision)?.content;
  const promised = remote.figures;
  const needed = headContent ? figureAssets(headContent).filter((hash) => !promised || promised.includes(hash)) : [];
  const assets = new Map<string, { bytes: Buffer; mime: string }>();
  if (needed.some((hash) => !hasAsset(ctx, hash) && !scanned.assets.has(hash))) {
    const ok = await fetchAssets(pass, articleId, needed.filter((h) => !hasAsset(ctx, h) && !scanned.assets.has(h)), assets);
    if (!ok) return false;
  }
  for (const revision of pending) scanned.revisions.set(revision.id, revision);
  for (const [hash, asset] of assets) scanned.assets.set(hash, asset);
  return true;
}

async function fetchAssets(
  pass: PassContext,
  articleId: string,
  hashes: string[],
  into: Map<string, { bytes: Buffer; mime: string }>,
): Promise<boolean> {
  const { folder, report } = pass;
  const dir = assetsDir(articleId);
  let names: Map<string, string>;
  try {
    names = new Map();
    for (const entry of await folder.list(dir)) {
      const asset = assetFromName(entry.name);
      if (asset && entry.kind === 'file') names.set(asset.hash, entry.name);
    }
  } catch (e) {
    report.skipped.push({ path: dir, reason: reasonOf(e) });
    return false;
  }
  for (const hash of hashes) {
    const name = names.get(hash);
    if (!name) {
      report.skipped.push({ path: `${dir}/${hash}`, reason: 'figure missing' });
      return false;
    }
    const path = `${dir}/${name}`;
    try {
      const bytes = Buffer.from(await folder.read(path, ASSET_FILE_MAX));
      if (sha256Hex(bytes) !== hash) {
        report.skipped.push({ path, reason: 'content hash does not match its name' });
        return false;
      }
      const mime = sniffImage(bytes);
      if (!mime) {
        report.skipped.push({ path, reason: 'not a PNG, JPEG, GIF or WebP image' });
        return false;
      }
      into.set(hash, { bytes, mime });
    } catch (e) {
      report.skipped.push({ path, reason: reasonOf(e) });
      return false;
    }
  }
  return true;
}
