// The small mutable files on the share — heads, device presence, the share marker — and
// how they are read: size-capped, parsed, schema-checked, or refused with a reason.
// Each has exactly one writer, so no two devices ever race on the same name.
//
// The schemas are z.object, not strict: a field this Qalam does not know is a newer
// desk's addition within the same major (README "Versions"), and is left out of what
// is read. Nothing here is passed on — only its writer ever rewrites a file — so
// nothing is lost by not keeping it. Every known field is checked as strictly as ever.
import { z } from 'zod';
import { ASSET_HASH, ULID } from '../../common/document/schema';
import { REVISION_ID } from './layout';
import type { ShareFileKind } from './versions';
import { newerFormat } from './versions';

/** No head, device or marker file is anywhere near this; anything larger is hostile. */
export const SMALL_FILE_MAX = 64 * 1024;

const isoDate = z.iso.datetime({ offset: true });

/** heads/<device-id>.json — which revision of this article the device is at. */
export const headFileSchema = z.object({
  format: z.literal('qalam-head/1'),
  articleId: z.string().regex(ULID),
  device: z.string().regex(ULID),
  revision: z.string().regex(REVISION_ID),
  /** When the device wrote it, by its own clock: for people, never for merging. */
  writtenAt: isoDate,
  /** The head's figures whose images are in assets/. A reader waits for these and no
   * others: an image the writer never had must not hold the words back forever. */
  figures: z.array(z.string().regex(ASSET_HASH)).max(10_000).optional(),
});
export type HeadFile = z.infer<typeof headFileSchema>;

/** devices/<device-id>.json — presence: advice for people, not a lock. */
export const deviceFileSchema = z.object({
  format: z.literal('qalam-device/1'),
  device: z.string().regex(ULID),
  /** The name the editor gave this machine ("DESK-3"); shown, never used in a path. */
  name: z.string().max(200),
  /** Who is signed in there ("Fatima"); shown only. */
  user: z.string().max(200),
  lastSeen: isoDate,
  editing: z
    .array(z.object({ articleId: z.string().regex(ULID), since: isoDate }))
    .max(1000),
  /** How often the desk rewrites this file, in seconds (its sync interval). Desks before
   * it leave it out and are taken as gone only after PRESENCE_STALE_MS. */
  refreshSeconds: z.number().int().min(1).max(86_400).optional(),
});
export type DeviceFile = z.infer<typeof deviceFileSchema>;

/** qalam/share.json — written once by the device that starts the share. It lets a
 * device tell "this share was emptied or swapped" from "this is a new share". */
export const shareMarkerSchema = z.object({
  format: z.literal('qalam-share/1'),
  share: z.string().regex(ULID),
  createdAt: isoDate,
});
export type ShareMarker = z.infer<typeof shareMarkerSchema>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A value of the schema, or the reason it is not one, or (`newer`) the format of a
 * newer Qalam's file of that kind, which this one leaves alone. */
export type ShareFileRead<T> = { value: T } | { reason: string } | { newer: string };

/** Bytes → a value of `schema` (a file of `kind`). */
export function parseShareFile<T>(bytes: Uint8Array, schema: z.ZodType<T>, kind: ShareFileKind): ShareFileRead<T> {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { reason: 'not UTF-8 text' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'invalid JSON' };
  }
  const newer = newerFormat(json, kind);
  if (newer) return { newer };
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { reason: `wrong schema: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { value: result.data };
}

export function toJsonBytes(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}
