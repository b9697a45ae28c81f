// What a launch asks us to open: files (from a file manager's "Open with", a drop on the
// dock icon) and qalam://article/<id> links (from another program). argv comes from the
// OS and another process, so nothing in it is trusted: flags are skipped, a link must
// parse and name a ULID, a file must have an extension we import.
import path from 'node:path';
import { ULID } from '../common/document/schema';

export const LINK_SCHEME = 'qalam';
export const IMPORTABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;
const MAX_ARGS = 64;

export interface LaunchRequest {
  /** Absolute paths, resolved against the launching process's working directory. */
  files: string[];
  /** Article ids from qalam://article/<id> links, in order. */
  articles: string[];
}

/** The article id in a qalam://article/<id> link, or undefined. */
export function parseArticleLink(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${LINK_SCHEME}:`) return undefined;
  // qalam://article/<id> parses with host "article"; accept qalam:article/<id> as well.
  const parts = (url.host ? `${url.host}${url.pathname}` : url.pathname).split('/').filter(Boolean);
  if (parts.length !== 2 || parts[0] !== 'article') return undefined;
  const id = decodeURIComponent(parts[1] ?? '').toUpperCase();
  return ULID.test(id) ? id : undefined;
}

export function isImportableFile(file: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/**
 * Reads a launch's argv. `skip` is how many leading entries are the program itself
 * (1 for a packaged app; 2 for `electron .` in development, see app.isPackaged).
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string, skip = 1): LaunchRequest {
  const request: LaunchRequest = { files: [], articles: [] };
  for (const arg of argv.slice(skip, skip + MAX_ARGS)) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-') || arg.includes('\0')) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg)) {
      // A URL, not a Windows drive path: only our own links mean anything.
      const id = parseArticleLink(arg);
      if (id) request.articles.push(id);
      continue;
    }
    if (isImportableFile(arg)) request.files.push(path.resolve(cwd, arg));
  }
  return request;
}

/** The article a page URL shows (the renderer's hash route #/article/<id>), if any. */
export function articleIdInRoute(url: string): string | undefined {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return undefined;
  }
  const match = /^#\/article\/([0-9A-HJKMNP-TV-Z]{26})\/?$/.exec(hash);
  return match?.[1];
}
