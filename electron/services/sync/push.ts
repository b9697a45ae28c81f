// Push: for each article whose head moved since we last published it, write the
// revisions the share lacks, then the figures, then — only once all of those landed —
// our head file, then the rendered article.html. A reader that sees the head can
// therefore always find what it points to. The first failed write stops the push; what
// landed is recorded, and the next pass carries on from there.
import { articleToHtml } from '../../common/serialize/html';
import type { StoreContext } from '../store/context';
import { getAsset } from '../store/assets';
import type { RevisionContent } from '../store/revisions';
import { getRevisionContent } from '../store/revisions';
import type { Folder } from './folder';
import { FolderError } from './folder';
import { articleHtmlPath, assetPath, assetsDir, extensionForMime, headPath, headsDir, revisionPath, revisionsDir } from './layout';
import * as local from './local';
import type { PassContext } from './scan';
import { figureAssets } from './revision-file';
import type { HeadFile } from './share-files';
import { toJsonBytes } from './share-files';

export class PushStopped extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`${path}: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

async function write(folder: Folder, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await folder.writeAtomic(path, data);
  } catch (e) {
    throw new PushStopped(path, e);
  }
}

async function mkdir(folder: Folder, path: string): Promise<void> {
  try {
    await folder.mkdirp(path);
  } catch (e) {
    throw new PushStopped(path, e);
  }
}

/** Articles pushed at once. Each article's own order (revisions, figures, head) holds;
 * overlapping articles lets the share's flushes and round trips overlap. */
export const PUSH_CONCURRENCY = 4;

export async function push(pass: PassContext): Promise<void> {
  const { ctx, report } = pass;
  const queue = local.articlesToPush(ctx);
  let next = 0;
  let stopped: PushStopped | undefined;
  const worker = async () => {
    while (!stopped && next < queue.length) {
      const { articleId, revision } = queue[next++]!;
      try {
        // "Pushed" means new words went out, not only our head catching up with the share.
        if (await pushArticle(pass, articleId, revision)) report.pushed.articles.push(articleId);
      } catch (e) {
        if (e instanceof PushStopped) stopped ??= e;
        // A local problem with one article (it cannot be read back): report it, go on.
        else report.failed.push({ path: headPath(articleId, pass.device), reason: e instanceof Error ? e.message : String(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PUSH_CONCURRENCY, queue.length) }, worker));
  report.pushed.articles.sort();
  if (stopped) throw stopped;
}

/** True when revisions of this article were sent. */
async function pushArticle(pass: PassContext, articleId: string, head: string): Promise<boolean> {
  const { ctx, folder, report, device } = pass;
  const revisions = local.revisionsToPush(ctx, articleId);
  if (revisions.length > 0) await mkdir(folder, revisionsDir(articleId));
  const figures = new Set<string>();
  for (const revision of revisions) {
    await write(folder, revisionPath(articleId, revision.id), revision.json);
    local.markOnShare(ctx, revision.id);
    report.pushed.revisions++;
    for (const hash of figureAssets(JSON.parse(revision.json) as RevisionContent)) figures.add(hash);
  }
  const content = getRevisionContent(ctx, head);
  for (const hash of figureAssets(content)) figures.add(hash);
  let assetsReady = false;
  for (const hash of figures) {
    if (local.assetOnShare(ctx, articleId, hash)) continue;
    let asset;
    try {
      asset = getAsset(ctx, hash);
    } catch {
      // A figure whose image was never in this library (an old import): nothing to send.
      continue;
    }
    const ext = extensionForMime(asset.mime);
    if (!ext) continue;
    if (!assetsReady) {
      await mkdir(folder, assetsDir(articleId));
      assetsReady = true;
    }
    await write(folder, assetPath(articleId, hash, ext), asset.bytes);
    local.markAssetOnShare(ctx, articleId, hash);
    report.pushed.assets++;
  }

  await mkdir(folder, headsDir(articleId));
  const headFile: HeadFile = {
    format: 'qalam-head/1',
    articleId,
    device,
    revision: head,
    writtenAt: ctx.now().toISOString(),
    figures: figureAssets(content).filter((hash) => local.assetOnShare(ctx, articleId, hash)),
  };
  await write(folder, headPath(articleId, device), toJsonBytes(headFile));
  local.setPublished(ctx, articleId, head);

  // For people browsing the share; sync never reads it, so a failure here is reported
  // and retried with the next head, not a reason to stop. A head that came from the
  // share was rendered there by the device that wrote it.
  if (revisions.length === 0) return false;
  try {
    await folder.writeAtomic(articleHtmlPath(articleId), renderForShare(ctx, content), { durable: false });
  } catch (e) {
    report.failed.push({ path: articleHtmlPath(articleId), reason: e instanceof FolderError ? e.code : String(e) });
  }
  return true;
}

function renderForShare(ctx: StoreContext, content: RevisionContent): string {
  return articleToHtml(content, {
    assetSrc: (hash) => {
      try {
        const ext = extensionForMime(getAsset(ctx, hash).mime);
        return ext ? `assets/${hash}.${ext}` : '';
      } catch {
        return '';
      }
    },
    metaTags: { 'qalam:deleted': content.deleted ? 'true' : 'false' },
  });
}
