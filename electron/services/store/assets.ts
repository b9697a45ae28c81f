// Images, stored once by the SHA-256 of their bytes: the same photo in ten articles is
// one row, and a figure's `asset` hash names it everywhere (library, share, export).
import { QalamError } from '../../common/errors';
import type { StoreContext } from './context';
import { sha256Hex } from './revisions';

export const ASSET_MIMES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AssetMime = (typeof ASSET_MIMES)[number];

export interface Asset {
  hash: string;
  mime: string;
  bytes: Buffer;
}

/** What the bytes say they are, by their magic numbers. */
export function sniffImage(bytes: Buffer): AssetMime | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** Store an image once; the mime must agree with the bytes (no HTML posing as a PNG). */
export function putAsset(ctx: StoreContext, bytes: Buffer, mime: string): { hash: string; mime: string } {
  const actual = sniffImage(bytes);
  if (!actual) throw new QalamError('invalid', 'data: not a PNG, JPEG, GIF or WebP image');
  if (actual !== mime) throw new QalamError('invalid', `mime: the bytes are ${actual}, not ${mime}`);
  const hash = sha256Hex(bytes);
  ctx
    .stmt('INSERT OR IGNORE INTO assets (hash, mime, size, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(hash, mime, bytes.length, bytes, ctx.now().toISOString());
  return { hash, mime };
}

export function getAsset(ctx: StoreContext, hash: string): Asset {
  const row = ctx.stmt('SELECT hash, mime, bytes FROM assets WHERE hash = ?').get(hash) as Asset | undefined;
  if (!row) throw new QalamError('asset_not_found', hash);
  return row;
}

export function hasAsset(ctx: StoreContext, hash: string): boolean {
  return ctx.stmt('SELECT 1 FROM assets WHERE hash = ?').get(hash) !== undefined;
}
