// The share as the sync engine sees it (DESIGN §6). Two drivers implement it: the disk
// (DiskFolder) and memory with injectable faults (MemoryFolder), after Joplin's
// file-api-driver-local / file-api-driver-memory split. Paths are '/'-joined segments
// that the engine builds from ids and hashes only; every driver re-checks each segment,
// so a name read off the share can never steer a write elsewhere.

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface FolderEntry {
  name: string;
  kind: EntryKind;
}

export interface FolderStat {
  kind: EntryKind;
  size: number;
  mtimeMs: number;
}

/** Error codes a driver throws. OS codes pass through; the last three are ours. */
export type FolderErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'ENOSPC'
  | 'EIO'
  | 'EPERM'
  | 'EBUSY'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'TOO_LARGE'
  | 'UNSAFE_PATH'
  | 'SYMLINK'
  | 'OTHER';

export class FolderError extends Error {
  readonly code: FolderErrorCode;
  readonly path: string;
  constructor(code: FolderErrorCode, path: string, message?: string) {
    super(`${code}: ${path}${message ? ` (${message})` : ''}`);
    this.name = 'FolderError';
    this.code = code;
    this.path = path;
  }
}

const KNOWN_CODES = new Set<string>(['ENOENT', 'EACCES', 'ENOSPC', 'EIO', 'EPERM', 'EBUSY', 'EEXIST', 'ENOTDIR']);

/** Map any thrown value to a FolderError carrying the path it happened at. */
export function toFolderError(e: unknown, path: string): FolderError {
  if (e instanceof FolderError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return new FolderError(code as FolderErrorCode, path);
  if (code === 'ELOOP') return new FolderError('SYMLINK', path);
  return new FolderError('OTHER', path, e instanceof Error ? e.message : String(e));
}

export interface WriteOptions {
  durable?: boolean;
  /** Create only: EEXIST when the final name is there. Checking and creating are one
   * step (a hard link of the flushed temp file), so of two devices creating the same
   * file at once exactly one wins — what an exists() check before a rename cannot give. */
  exclusive?: boolean;
}

export interface Folder {
  /** For status lines: the share's location as the user gave it. */
  readonly description: string;
  /** Entries of a directory; a symlink is reported as 'symlink', never followed. */
  list(path: string): Promise<FolderEntry[]>;
  /** A regular file's bytes; TOO_LARGE before reading anything when it exceeds maxBytes;
   * SYMLINK when the name is a link. */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Temp file beside the target → flush → rename over it, retrying refused renames.
   * Never writes the final name in place; on failure the final name is untouched.
   * `durable: false` skips the flush (the rename is still atomic) for files that are
   * advice only, such as presence, where a lost write costs nothing. */
  writeAtomic(path: string, data: Uint8Array | string, options?: WriteOptions): Promise<void>;
  /** lstat: null when absent; a symlink shows as kind 'symlink'. */
  stat(path: string): Promise<FolderStat | null>;
  /** mkdir -p under the root. */
  mkdirp(path: string): Promise<void>;
  /** Remove a temp file this device left behind (only `*.tmp` names are accepted). */
  removeTemp(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

// Letters, digits, dot, dash, underscore; no leading dot, so '.', '..' and hidden names
// are out. This is what ids, hashes, 'qalam', 'heads' and our temp names look like.
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

/** Split and check a share path; throws UNSAFE_PATH for anything but plain segments. */
export function safeSegments(path: string): string[] {
  if (path === '') return [];
  const parts = path.split('/');
  for (const part of parts) {
    if (!SEGMENT.test(part)) throw new FolderError('UNSAFE_PATH', path);
  }
  return parts;
}

export function isTempName(name: string): boolean {
  return name.endsWith('.tmp') && SEGMENT.test(name);
}

/** A temp name in the same directory as the target: `<final>.<tag>.tmp`. */
export function tempNameFor(path: string, tag: string): string {
  return `${path}.${tag}.tmp`;
}

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Windows (and SMB servers in front of it) refuse a rename while a reader holds the
 * target open; that clears in milliseconds, so a few spaced retries are enough. */
export async function retryRename(rename: () => Promise<void>, options: RetryOptions = {}): Promise<void> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.delayMs ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      await rename();
      return;
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      const refusal = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (!refusal || attempt >= attempts) throw e;
      await sleep(delay);
      delay *= 2;
    }
  }
}
