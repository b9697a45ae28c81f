// The share on disk (a mapped drive, an SMB/NFS mount, a Syncthing folder). Every path
// is joined from checked segments, the directory it lands in is realpath-checked to be
// exactly where we meant (so a symlinked directory cannot carry a read or a write out of
// the share), and files are opened with O_NOFOLLOW where the OS has it.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { EntryKind, Folder, FolderEntry, FolderStat, RetryOptions, WriteOptions } from './folder';
import { FolderError, isTempName, retryRename, safeSegments, tempNameFor, toFolderError } from './folder';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

function kindOf(stats: Stats | import('node:fs').Dirent): EntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'dir';
  return 'other';
}

// Case-insensitive shares may hand back a directory's on-disk spelling; that is the same
// place, not an escape.
function samePlace(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

export class DiskFolder implements Folder {
  readonly description: string;
  private rootReal: string | undefined;

  /** Directories found to be really inside the share, with when (performance.now()). */
  private readonly verified = new Map<string, number>();

  constructor(
    private readonly root: string,
    private readonly retry: RetryOptions = {},
    /** Reads may trust a directory checked this recently (a poll stats thousands of head
     * files in a handful of folders); writes always check afresh. */
    private readonly trustCheckedDirMs = 1000,
  ) {
    this.description = root;
  }

  private async base(): Promise<string> {
    if (this.rootReal === undefined) {
      try {
        this.rootReal = await fs.realpath(this.root);
      } catch (e) {
        throw toFolderError(e, '');
      }
    }
    return this.rootReal;
  }

  /** Absolute path of `path` after checking that its parent directory really is inside. */
  private async resolve(path: string, checkSelf = false, forWrite = false): Promise<string> {
    const segments = safeSegments(path);
    const root = await this.base();
    const full = join(root, ...segments);
    const dir = checkSelf ? full : join(root, ...segments.slice(0, -1));
    const checkedAt = this.verified.get(dir);
    if (!forWrite && checkedAt !== undefined && performance.now() - checkedAt < this.trustCheckedDirMs) return full;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      throw toFolderError(e, path);
    }
    if (!samePlace(real, dir)) {
      this.verified.delete(dir);
      throw new FolderError('SYMLINK', path, 'leads outside the share');
    }
    if (this.verified.size > 10_000) this.verified.clear();
    this.verified.set(dir, performance.now());
    return full;
  }

  async list(path: string): Promise<FolderEntry[]> {
    const full = await this.resolve(path, true);
    try {
      const entries = await fs.readdir(full, { withFileTypes: true });
      return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
    } catch (e) {
      throw toFolderError(e, path);
    }
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    const full = await this.resolve(path);
    let handle: fs.FileHandle | undefined;
    try {
      // lstat first: O_NOFOLLOW is missing on Windows, and a FIFO would block open().
      const link = await fs.lstat(full);
      if (link.isSymbolicLink()) throw new FolderError('SYMLINK', path);
      if (!link.isFile()) throw new FolderError('OTHER', path, 'not a regular file');
      if (link.size > maxBytes) throw new FolderError('TOO_LARGE', path, `${link.size} bytes`);
      handle = await fs.open(full, constants.O_RDONLY | NOFOLLOW);
      const stats = await handle.stat();
      if (!stats.isFile()) throw new FolderError('OTHER', path, 'not a regular file');
      if (stats.size > maxBytes) throw new FolderError('TOO_LARGE', path, `${stats.size} bytes`);
      // Read at most maxBytes + 1: a file growing under us is still refused, not swallowed.
      const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled > maxBytes) throw new FolderError('TOO_LARGE', path);
        if (filled === buffer.length) break;
      }
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    } catch (e) {
      throw toFolderError(e, path);
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  // The file is flushed before the rename, so whatever name a reader finds holds whole
  // bytes. The directory is not flushed after it: a power cut right then can only bring
  // back the previous whole version (a head one step behind), and skipping that flush
  // halves the fsyncs of a pass — which on SMB are round trips.
  async writeAtomic(path: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
    const full = await this.resolve(path, false, true);
    const temp = tempNameFor(full, randomBytes(6).toString('hex'));
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644);
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
      await handle.close();
      handle = undefined;
      if (options.exclusive) await createFrom(temp, full, data);
      else await retryRename(() => fs.rename(temp, full), this.retry);
    } catch (e) {
      await handle?.close().catch(() => undefined);
      await fs.unlink(temp).catch(() => undefined);
      throw toFolderError(e, path);
    }
  }

  async stat(path: string): Promise<FolderStat | null> {
    let full: string;
    try {
      full = await this.resolve(path);
    } catch (e) {
      if (e instanceof FolderError && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return null;
      throw e;
    }
    try {
      const stats = await fs.lstat(full);
      return { kind: kindOf(stats), size: stats.size, mtimeMs: stats.mtimeMs };
    } catch (e) {
      const error = toFolderError(e, path);
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    }
  }

  async mkdirp(path: string): Promise<void> {
    const segments = safeSegments(path);
    const root = await this.base();
    let current = root;
    for (const segment of segments) {
      current = join(current, segment);
      try {
        const stats = await fs.lstat(current);
        if (stats.isSymbolicLink()) throw new FolderError('SYMLINK', path);
        if (!stats.isDirectory()) throw new FolderError('ENOTDIR', path);
      } catch (e) {
        const error = toFolderError(e, path);
        if (error.code !== 'ENOENT') throw error;
        try {
          await fs.mkdir(current);
        } catch (e2) {
          const error2 = toFolderError(e2, path);
          if (error2.code !== 'EEXIST') throw error2;
        }
      }
    }
  }

  async removeTemp(path: string): Promise<void> {
    const name = path.split('/').pop() ?? '';
    if (!isTempName(name)) throw new FolderError('UNSAFE_PATH', path, 'not a temp file');
    const full = await this.resolve(path, false, true);
    try {
      await fs.unlink(full);
    } catch (e) {
      const error = toFolderError(e, path);
      if (error.code !== 'ENOENT') throw error;
    }
  }

  async exists(path: string): Promise<boolean> {
    return (await this.stat(path)) !== null;
  }
}

/** Exclusive create of `full` with the flushed `temp`'s bytes: link(2) fails with EEXIST
 * when the name is taken, atomically, and the file appears whole. Filesystems without
 * hard links (FAT, some SMB servers) get O_EXCL instead: still exclusive, but a reader
 * may see the file before it is complete (sync reads that as a damaged share and pauses
 * for one pass). The temp file is removed either way. */
async function createFrom(temp: string, full: string, data: Uint8Array | string): Promise<void> {
  try {
    await fs.link(temp, full);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    const handle = await fs.open(full, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await fs.unlink(temp).catch(() => undefined);
}
