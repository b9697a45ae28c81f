// Images arrive inside documents as data: URLs (Word, mammoth, pasted screenshots).
// Only raster formats whose bytes agree with what they claim become assets; SVG is
// refused because an SVG opened on its own can run script. Remote and file: images are
// never fetched: an importer must not reach the network or the disk on a document's say.

export type PutAsset = (bytes: Uint8Array, mime: string) => string;
export type PutAssetAsync = (bytes: Uint8Array, mime: string) => string | Promise<string>;

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** The real type of an image from its first bytes, or null for anything else. */
export function sniffImage(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Bytes and real type of a raster data: URL; null for anything else (remote, SVG, junk). */
export function decodeDataImage(src: string): { bytes: Uint8Array; mime: string } | null {
  const m = /^\s*data:([^,;]*)((?:;[^,;]*)*),/i.exec(src);
  if (!m) return null;
  const payload = src.slice(m[0].length);
  // Base64 is 4 characters for 3 bytes; refuse before decoding anything huge.
  if (payload.length > (MAX_IMAGE_BYTES / 3) * 4 + 8) return null;
  let bytes: Uint8Array;
  try {
    // Raster images in documents are always base64; a percent-encoded one is refused.
    if (!/;base64/i.test(m[2] ?? '')) return null;
    const bin = atob(payload.replace(/\s+/g, ''));
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  } catch {
    return null;
  }
  const mime = sniffImage(bytes);
  return mime ? { bytes, mime } : null;
}

export const isDataUrl = (src: string): boolean => /^\s*data:/i.test(src);
