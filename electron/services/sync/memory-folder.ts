// A share held in memory that can fail on any call, the way real shares do: a mapped
// drive dropping mid-write, a full disk, Windows refusing a rename, a listing that comes
// back empty, a server that folds case. Tests drive it with a seeded fault plan so every
// failure they find can be replayed.
import type { EntryKind, Folder, FolderEntry, FolderErrorCode, FolderStat, RetryOptions, WriteOptions } from './folder';
import { FolderError, isTempName, retryRename, safeSegments, tempNameFor } from './folder';

export type FolderOp = 'list' | 'read' | 'write' | 'rename' | 'stat' | 'mkdir' | 'remove';

export type FaultKind =
  | 'ENOENT'
  | 'EACCES'
  | 'ENOSPC'
  | 'EIO'
  | 'EPERM'
  | 'EBUSY'
  /** The temp file gets half its bytes, then the write fails: it is left behind. */
  | 'partial-write'
  /** The whole share disappears (unmounted) until restore(). */
  | 'vanish'
  /** A listing returns no entries although there are some. */
  | 'empty-listing';

export const FAULT_KINDS: readonly FaultKind[] = [
  'ENOENT',
  'EACCES',
  'ENOSPC',
  'EIO',
  'EPERM',
  'EBUSY',
  'partial-write',
  'vanish',
  'empty-listing',
];

/** Decides, per call, whether it fails. `index` counts every call on the folder. */
export type FaultPlan = (op: FolderOp, path: string, index: number) => FaultKind | undefined;

/** Small, fast, seedable PRNG (mulberry32): the same seed replays the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each call fails with probability `rate`, with a kind drawn from `kinds`. */
export function seededFaults(seed: number, rate: number, kinds: readonly FaultKind[] = FAULT_KINDS): FaultPlan {
  const random = seededRandom(seed);
  return () => (random() < rate ? kinds[Math.floor(random() * kinds.length)] : undefined);
}

/** Exactly one fault, at the call numbered `at` (counted from when the plan is set). */
export function faultAt(at: number, kind: FaultKind): FaultPlan {
  let seen = 0;
  return () => (seen++ === at ? kind : undefined);
}

type Node =
  | { kind: 'dir'; name: string }
  | { kind: 'file'; name: string; data: Uint8Array; mtimeMs: number }
  | { kind: 'symlink'; name: string; target: string };

export interface MemoryFolderOptions {
  caseInsensitive?: boolean;
  /** The share server's clock (mtimes); skew it to play a server minutes off. */
  clock?: () => number;
  retry?: RetryOptions;
}

const encoder = new TextEncoder();

export class MemoryFolder implements Folder {
  readonly description = 'memory:';
  private readonly nodes = new Map<string, Node>();
  private plan: FaultPlan | undefined;
  private calls = 0;
  private vanished = false;
  private tempCounter = 0;
  /** Every fault that fired, for test messages. */
  readonly fired: { op: FolderOp; path: string; kind: FaultKind }[] = [];

  constructor(private readonly options: MemoryFolderOptions = {}) {
    this.nodes.set('', { kind: 'dir', name: '' });
  }

  /** Calls made since the fault plan was last set. */
  get callCount(): number {
    return this.calls;
  }

  setFaults(plan: FaultPlan | undefined): void {
    this.plan = plan;
    this.calls = 0;
  }

  /** The share comes back (with what it held) after a 'vanish'. */
  restore(): void {
    this.vanished = false;
  }

  /** Test helper: the share is gone (unmounted) until restore(). */
  unmount(): void {
    this.vanished = true;
  }

  private key(path: string): string {
    return this.options.caseInsensitive ? path.toLowerCase() : path;
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private fault(op: FolderOp, path: string): FaultKind | undefined {
    if (this.vanished) throw new FolderError('ENOENT', path, 'share unreachable');
    const kind = this.plan?.(op, path, this.calls);
    this.calls++;
    if (!kind) return undefined;
    this.fired.push({ op, path, kind });
    switch (kind) {
      case 'vanish':
        this.vanished = true;
        throw new FolderError('ENOENT', path, 'share vanished');
      case 'empty-listing':
      case 'partial-write':
        return kind;
      default:
        throw new FolderError(kind as FolderErrorCode, path, 'injected');
    }
  }

  /** Walk to a node, refusing to pass through a symlink (DiskFolder's realpath check). */
  private lookup(path: string): Node | undefined {
    const segments = safeSegments(path);
    let prefix = '';
    for (let i = 0; i < segments.length; i++) {
      prefix = prefix ? `${prefix}/${segments[i]}` : (segments[i] as string);
      const node = this.nodes.get(this.key(prefix));
      if (!node) return undefined;
      if (i < segments.length - 1) {
        if (node.kind === 'symlink') throw new FolderError('SYMLINK', path, 'leads outside the share');
        if (node.kind !== 'dir') throw new FolderError('ENOTDIR', path);
      } else {
        return node;
      }
    }
    return this.nodes.get('');
  }

  private parentOf(path: string): string {
    const at = path.lastIndexOf('/');
    return at < 0 ? '' : path.slice(0, at);
  }

  private requireDir(path: string): void {
    const node = this.lookup(path);
    if (!node) throw new FolderError('ENOENT', path);
    if (node.kind === 'symlink') throw new FolderError('SYMLINK', path);
    if (node.kind !== 'dir') throw new FolderError('ENOTDIR', path);
  }

  async list(path: string): Promise<FolderEntry[]> {
    const fault = this.fault('list', path);
    this.requireDir(path);
    if (fault === 'empty-listing') return [];
    const prefix = path ? `${this.key(path)}/` : '';
    const out: FolderEntry[] = [];
    for (const [key, node] of this.nodes) {
      if (key === '' || !key.startsWith(prefix)) continue;
      if (key.slice(prefix.length).includes('/')) continue;
      out.push({ name: node.name, kind: node.kind });
    }
    return out;
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    this.fault('read', path);
    const node = this.lookup(path);
    if (!node) throw new FolderError('ENOENT', path);
    if (node.kind === 'symlink') throw new FolderError('SYMLINK', path);
    if (node.kind !== 'file') throw new FolderError('OTHER', path, 'not a regular file');
    if (node.data.byteLength > maxBytes) throw new FolderError('TOO_LARGE', path);
    return node.data.slice();
  }

  async writeAtomic(path: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data.slice();
    const parent = this.parentOf(path);
    const fault = this.fault('write', path);
    this.requireDir(parent);
    const temp = tempNameFor(path, `m${(this.tempCounter++).toString(36)}`);
    const tempName = temp.slice(temp.lastIndexOf('/') + 1);
    if (fault === 'partial-write') {
      const cut = bytes.slice(0, Math.floor(bytes.byteLength / 2));
      this.nodes.set(this.key(temp), { kind: 'file', name: tempName, data: cut, mtimeMs: this.now() });
      throw new FolderError('EIO', path, 'write cut short');
    }
    this.nodes.set(this.key(temp), { kind: 'file', name: tempName, data: bytes, mtimeMs: this.now() });
    try {
      await retryRename(async () => {
        this.fault('rename', path);
        const existing = this.lookup(path);
        if (existing && options.exclusive) throw new FolderError('EEXIST', path);
        if (existing && existing.kind === 'dir') throw new FolderError('OTHER', path, 'is a directory');
        const name = path.slice(path.lastIndexOf('/') + 1);
        this.nodes.delete(this.key(temp));
        this.nodes.set(this.key(path), { kind: 'file', name, data: bytes, mtimeMs: this.now() });
      }, { sleep: async () => undefined, ...this.options.retry });
    } catch (e) {
      // Like DiskFolder: try to take the temp away; a vanished share leaves it there.
      if (!this.vanished) this.nodes.delete(this.key(temp));
      throw e;
    }
  }

  async stat(path: string): Promise<FolderStat | null> {
    this.fault('stat', path);
    let node: Node | undefined;
    try {
      node = this.lookup(path);
    } catch (e) {
      if (e instanceof FolderError && e.code === 'ENOTDIR') return null;
      throw e;
    }
    if (!node) return null;
    const kind: EntryKind = node.kind;
    return { kind, size: node.kind === 'file' ? node.data.byteLength : 0, mtimeMs: node.kind === 'file' ? node.mtimeMs : 0 };
  }

  async mkdirp(path: string): Promise<void> {
    this.fault('mkdir', path);
    let prefix = '';
    for (const segment of safeSegments(path)) {
      prefix = prefix ? `${prefix}/${segment}` : segment;
      const node = this.nodes.get(this.key(prefix));
      if (!node) this.nodes.set(this.key(prefix), { kind: 'dir', name: segment });
      else if (node.kind === 'symlink') throw new FolderError('SYMLINK', path);
      else if (node.kind !== 'dir') throw new FolderError('ENOTDIR', path);
    }
  }

  async removeTemp(path: string): Promise<void> {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!isTempName(name)) throw new FolderError('UNSAFE_PATH', path, 'not a temp file');
    this.fault('remove', path);
    this.nodes.delete(this.key(path));
  }

  async exists(path: string): Promise<boolean> {
    return (await this.stat(path)) !== null;
  }

  // ——— test helpers: no faults, no path checks beyond the segments ———

  /** Every file as path → bytes (temp files included), in the stored spelling. */
  files(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const [key, node] of this.nodes) if (node.kind === 'file') out.set(this.spelling(key), node.data);
    return out;
  }

  private spelling(key: string): string {
    const parts = key.split('/');
    const names: string[] = [];
    let prefix = '';
    for (const part of parts) {
      prefix = prefix ? `${prefix}/${part}` : part;
      names.push(this.nodes.get(prefix)?.name ?? part);
    }
    return names.join('/');
  }

  /** Put a file in place directly (hostile or hand-made contents). Creates parents. */
  plant(path: string, data: Uint8Array | string, name?: string): void {
    const parent = this.parentOf(path);
    if (parent) this.plantDir(parent);
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const own = name ?? path.slice(path.lastIndexOf('/') + 1);
    this.nodes.set(this.key(path), { kind: 'file', name: own, data: bytes, mtimeMs: this.now() });
  }

  plantDir(path: string): void {
    let prefix = '';
    for (const segment of path.split('/')) {
      prefix = prefix ? `${prefix}/${segment}` : segment;
      if (!this.nodes.has(this.key(prefix))) this.nodes.set(this.key(prefix), { kind: 'dir', name: segment });
    }
  }

  plantSymlink(path: string, target: string): void {
    const parent = this.parentOf(path);
    if (parent) this.plantDir(parent);
    this.nodes.set(this.key(path), { kind: 'symlink', name: path.slice(path.lastIndexOf('/') + 1), target });
  }

  /** Remove everything under `path` (the share emptied by someone else). */
  wipe(path = ''): void {
    const prefix = path ? `${this.key(path)}/` : '';
    for (const key of [...this.nodes.keys()]) {
      if (key !== '' && (key.startsWith(prefix) || key === this.key(path))) this.nodes.delete(key);
    }
  }
}
