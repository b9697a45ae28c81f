// Presence: "Fatima is editing this on DESK-3 since 10:42". Each device writes only its
// own devices/<id>.json; everyone reads the others'. It is advice for people, never a
// lock, and never feeds a merge decision.
import type { Folder } from './folder';
import { DEVICES, devicePath, deviceIdFromName } from './layout';
import type { SkippedFile } from './report';
import { noteNewer } from './report';
import type { DeviceFile } from './share-files';
import { SMALL_FILE_MAX, deviceFileSchema, parseShareFile, toJsonBytes } from './share-files';

export interface DeviceInfo {
  /** This machine's name as the editor typed it ("DESK-3"); shown only. */
  name?: string;
  /** Who works here ("Fatima"); shown only. */
  user?: string;
  /** Articles open for editing right now, with when editing started (ISO). */
  editing?: { articleId: string; since: string }[];
  /** How often this desk rewrites its file (its sync interval), so the others can tell
   * a desk that stopped (crashed, asleep) well before PRESENCE_STALE_MS. */
  refreshSeconds?: number;
}

export async function writeDeviceFile(folder: Folder, device: string, info: DeviceInfo, now: Date): Promise<number | undefined> {
  const file: DeviceFile = {
    format: 'qalam-device/1',
    device,
    name: (info.name ?? '').slice(0, 200),
    user: (info.user ?? '').slice(0, 200),
    lastSeen: now.toISOString(),
    editing: (info.editing ?? []).slice(0, 1000),
    ...(info.refreshSeconds !== undefined ? { refreshSeconds: info.refreshSeconds } : {}),
  };
  const parsed = deviceFileSchema.safeParse(file);
  await folder.mkdirp(DEVICES);
  // Not flushed: presence is advice, and this write happens on every poll.
  await folder.writeAtomic(devicePath(device), toJsonBytes(parsed.success ? parsed.data : { ...file, editing: [] }), { durable: false });
  return (await folder.stat(devicePath(device)))?.mtimeMs;
}

/** Every other device's presence file that parses; the rest are skipped silently, but
 * for files from a newer Qalam, which are noted in `newer` when it is given. */
export async function readPresence(folder: Folder, exceptDevice?: string, newer?: SkippedFile[]): Promise<DeviceFile[]> {
  const out: DeviceFile[] = [];
  let entries;
  try {
    entries = await folder.list(DEVICES);
  } catch {
    return out;
  }
  for (const entry of entries) {
    const device = deviceIdFromName(entry.name);
    if (!device || device === exceptDevice || entry.kind !== 'file') continue;
    try {
      const parsed = parseShareFile(await folder.read(devicePath(device), SMALL_FILE_MAX), deviceFileSchema, 'device');
      if ('value' in parsed && parsed.value.device === device) out.push(parsed.value);
      else if ('newer' in parsed && newer) noteNewer(newer, devicePath(device), parsed.newer);
    } catch {
      // unreadable right now: presence is advice, try again next poll
    }
  }
  return out;
}

/** Who else is editing this article, for the library and the editor. */
export function editorsOf(presence: readonly DeviceFile[], articleId: string): { name: string; user: string; since: string; lastSeen: string }[] {
  const out: { name: string; user: string; since: string; lastSeen: string }[] = [];
  for (const device of presence) {
    const entry = device.editing.find((e) => e.articleId === articleId);
    if (entry) out.push({ name: device.name, user: device.user, since: entry.since, lastSeen: device.lastSeen });
  }
  return out;
}
