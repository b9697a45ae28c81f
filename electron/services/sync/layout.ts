// Where things live on the share (DESIGN §6). Every path is built here, from ids and
// hashes that are checked against their exact shape first; nothing a person typed
// (a headline, a device name) ever becomes part of a path.
//
//   qalam/share.json                                      written once by the first device
//   qalam/articles/<article-id>/revisions/<rev-id>.json   immutable; name = content hash
//   qalam/articles/<article-id>/assets/<sha256>.<ext>     immutable; name = content hash
//   qalam/articles/<article-id>/heads/<device-id>.json    this device's head; only it writes it
//   qalam/articles/<article-id>/article.html              rendered latest head, for people
//   qalam/devices/<device-id>.json                        presence: name, last seen, editing
//   qalam/words/<device-id>.json                          words its editors added to the dictionary
import { ASSET_HASH, ULID } from '../../common/document/schema';
import { FolderError } from './folder';

export const ROOT = 'qalam';
export const ARTICLES = `${ROOT}/articles`;
export const DEVICES = `${ROOT}/devices`;
export const SHARE_MARKER = `${ROOT}/share.json`;
export const WORDS = `${ROOT}/words`;

/** Revision ids are the SHA-256 (hex, lower case) of the revision's canonical JSON. */
export const REVISION_ID = /^[0-9a-f]{64}$/;
/** Device ids are ULIDs made on first sync and kept in the local database. */
export const DEVICE_ID = ULID;
export const ARTICLE_ID = ULID;

/** Image types a figure may hold, and the extension each is stored under. */
export const ASSET_EXTENSIONS = ['png', 'jpg', 'gif', 'webp'] as const;
export type AssetExtension = (typeof ASSET_EXTENSIONS)[number];

function check(value: string, shape: RegExp, what: string): string {
  if (!shape.test(value)) throw new FolderError('UNSAFE_PATH', value, `not a ${what}`);
  return value;
}

export const articleDir = (articleId: string) => `${ARTICLES}/${check(articleId, ARTICLE_ID, 'article id')}`;
export const revisionsDir = (articleId: string) => `${articleDir(articleId)}/revisions`;
export const assetsDir = (articleId: string) => `${articleDir(articleId)}/assets`;
export const headsDir = (articleId: string) => `${articleDir(articleId)}/heads`;
export const articleHtmlPath = (articleId: string) => `${articleDir(articleId)}/article.html`;

export const revisionPath = (articleId: string, revisionId: string) =>
  `${revisionsDir(articleId)}/${check(revisionId, REVISION_ID, 'revision id')}.json`;

export const headPath = (articleId: string, deviceId: string) =>
  `${headsDir(articleId)}/${check(deviceId, DEVICE_ID, 'device id')}.json`;

export const devicePath = (deviceId: string) => `${DEVICES}/${check(deviceId, DEVICE_ID, 'device id')}.json`;
export const wordsPath = (deviceId: string) => `${WORDS}/${check(deviceId, DEVICE_ID, 'device id')}.json`;

export function assetPath(articleId: string, hash: string, ext: string): string {
  check(hash, ASSET_HASH, 'asset hash');
  if (!(ASSET_EXTENSIONS as readonly string[]).includes(ext)) throw new FolderError('UNSAFE_PATH', ext, 'asset type');
  return `${assetsDir(articleId)}/${hash}.${ext}`;
}

// Names read off the share: exact shape or nothing. A name that differs only in case
// from a valid one (REVISION.JSON, a lower-case ULID) does not match and is skipped.

export function revisionIdFromName(name: string): string | undefined {
  const match = /^([0-9a-f]{64})\.json$/.exec(name);
  return match?.[1];
}

export function deviceIdFromName(name: string): string | undefined {
  const match = /^([0-9A-HJKMNP-TV-Z]{26})\.json$/.exec(name);
  return match?.[1];
}

export function isArticleIdName(name: string): boolean {
  return ARTICLE_ID.test(name);
}

export function assetFromName(name: string): { hash: string; ext: AssetExtension } | undefined {
  const match = /^([0-9a-f]{64})\.([a-z]{3,4})$/.exec(name);
  if (!match || !(ASSET_EXTENSIONS as readonly string[]).includes(match[2] as string)) return undefined;
  return { hash: match[1] as string, ext: match[2] as AssetExtension };
}

/** The extension an asset of this MIME type is stored under (the store keeps only these). */
export function extensionForMime(mime: string): AssetExtension | undefined {
  switch (mime.toLowerCase()) {
    case 'image/png':
      return 'png';
    case 'image/jpeg':
      return 'jpg';
    case 'image/gif':
      return 'gif';
    case 'image/webp':
      return 'webp';
    default:
      return undefined;
  }
}
