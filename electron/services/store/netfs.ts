// The library file must live on a local disk: SQLite's WAL needs shared memory and
// POSIX locks that network file systems do not honour, so a library on a share can
// corrupt silently (https://sqlite.org/wal.html, "WAL does not work over a network
// filesystem"). Only sync files go to the share. The detector is injectable so a
// test can stand in for an NFS mount.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Returns the name of the network file system `dir` lives on, or null when local. */
export type NetworkFsDetector = (dir: string) => string | null;

/** statfs f_type magic numbers of network and FUSE file systems (linux/magic.h). */
export const NETWORK_FS_MAGIC: ReadonlyMap<number, string> = new Map([
  [0x6969, 'nfs'],
  [0x517b, 'smb'],
  [0xff534d42, 'cifs'],
  [0xfe534d42, 'smb2'],
  [0x01021997, '9p'],
  [0x65735546, 'fuse'], // sshfs, rclone, gvfs and friends
  [0x00c36400, 'ceph'],
  [0x5346414f, 'afs'],
  [0x6b414653, 'afs'],
  [0x47504653, 'gpfs'],
  [0x0bd00bd0, 'lustre'],
  [0x73757245, 'coda'],
  [0x564c, 'ncp'],
  [0x7461636f, 'ocfs2'],
  [0x01161970, 'gfs2'],
]);

/** macOS mount types that are network or user-space file systems. */
const MAC_NETWORK_TYPES = new Set(['nfs', 'smbfs', 'afpfs', 'webdav', 'cifs', 'ftp', 'osxfuse', 'macfuse', 'fusefs']);

export function networkFsFromMagic(type: number | bigint): string | null {
  const n = Number(type) >>> 0;
  return NETWORK_FS_MAGIC.get(n) ?? null;
}

/** `\\server\share\…`, `//server/share/…` and `\\?\UNC\server\…`; not `\\?\C:\…` or `\\.\`. */
export function isUncPath(p: string): boolean {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(p)) return true;
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return false;
  return /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(p);
}

/** Longest mount point of `mount` output that contains `dir`, and its type. */
export function macMountType(mountOutput: string, dir: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mountOutput.split('\n')) {
    const m = / on (.+) \(([^,)]+)/.exec(line);
    if (!m) continue;
    const point = m[1]!;
    const inside = dir === point || dir.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type: m[2]! };
  }
  return best?.type ?? null;
}

/** The nearest existing folder at or above `dir` (statfs needs a real path). */
function existingAncestor(dir: string): string {
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

export interface DetectorDeps {
  platform?: NodeJS.Platform;
  statfsType?: (dir: string) => number | bigint;
  mountOutput?: () => string;
}

export function createNetworkFsDetector(deps: DetectorDeps = {}): NetworkFsDetector {
  const platform = deps.platform ?? process.platform;
  return (dir) => {
    if (platform === 'win32') {
      // Mapped drive letters (Z:) cannot be told apart without native calls; UNC can.
      return isUncPath(dir) ? 'smb' : null;
    }
    const real = existingAncestor(dir);
    if (platform === 'darwin') {
      const output = deps.mountOutput ? deps.mountOutput() : execFileSync('/sbin/mount', { encoding: 'utf8' });
      const type = macMountType(output, fs.realpathSync(real));
      return type && MAC_NETWORK_TYPES.has(type) ? type : null;
    }
    const type = deps.statfsType ? deps.statfsType(real) : fs.statfsSync(real).type;
    return networkFsFromMagic(type);
  };
}

export const detectNetworkFs: NetworkFsDetector = (dir) => createNetworkFsDetector()(dir);
