// Figures' images as data: URLs, so an exported file carries its pictures and the
// document's CSP (img-src data:) can forbid everything else.
import { QalamError } from '../../common/errors';
import type { Article } from '../../common/document/types';

export interface AssetBytes {
  bytes: Uint8Array;
  mime: string;
}
/** Gives an image's bytes by content hash (the store's asset getter, or a test's map). */
export type AssetSource = (hash: string) => Promise<AssetBytes>;

/** Image types a browser shows in <img> without running anything. An SVG in <img> runs
 * no script, but it is a document of its own; we keep to raster formats and SVG only. */
const IMAGE_MIMES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

export function figureHashes(article: Pick<Article, 'body'>): string[] {
  const hashes = new Set<string>();
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue;
      const n = node as { type?: string; asset?: string; children?: unknown[] };
      if (n.type === 'figure' && typeof n.asset === 'string') hashes.add(n.asset);
      if (Array.isArray(n.children)) walk(n.children);
    }
  };
  walk(article.body);
  return [...hashes];
}

/** hash → data: URL for every figure of the article. A missing or unknown image is an
 * error, never a silently empty figure in print. */
export async function embedImages(
  article: Pick<Article, 'body'>,
  assetSource: AssetSource | undefined,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const hashes = figureHashes(article);
  if (hashes.length && !assetSource) throw new QalamError('asset_not_found', hashes[0]!.slice(0, 80));
  for (const hash of hashes) {
    // The hash also lands in an attribute; only a SHA-256 in hex is a hash.
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new QalamError('invalid', `figure asset: ${JSON.stringify(hash.slice(0, 80))}`);
    const { bytes, mime } = await assetSource!(hash);
    const type = mime.toLowerCase().split(';')[0]!.trim();
    if (!IMAGE_MIMES.has(type)) throw new QalamError('unsupported_file', `${hash}: ${mime}`);
    urls.set(hash, `data:${type};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`);
  }
  return urls;
}
