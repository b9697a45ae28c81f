// Backups as the app offers them: into the folder named in settings (or, when none is
// set, a "backups" folder beside the library), listed newest first, restored only from
// that folder, and made on a schedule. The web host runs the schedule itself; the
// Electron main process calls `startBackupSchedule` the same way.
import path from 'node:path';
import type { BackupInfo, RestoreProgress } from '../common/contract';
import { QalamError } from '../common/errors';
import type { MigrationProgress } from '../common/migration-progress';
import type { Library } from './store/index';

export function backupFolder(library: Library): string {
  const chosen = library.settings().backupFolder.trim();
  return chosen ? path.resolve(chosen) : path.join(path.dirname(library.path), 'backups');
}

export function backupNow(library: Library): Promise<BackupInfo> {
  return library.backupRotating(backupFolder(library), library.settings().backupKeep);
}

export function listAppBackups(library: Library): { folder: string; backups: BackupInfo[] } {
  const folder = backupFolder(library);
  return { folder, backups: library.listBackups(folder) };
}

/** A path the renderer names is trusted only if it is one of the listed backups. */
export function restoreAppBackup(
  library: Library,
  file: string,
  onProgress?: (progress: MigrationProgress) => void,
): Promise<{ safetyCopy: BackupInfo }> {
  const listed = listAppBackups(library).backups.find((b) => b.path === path.resolve(file));
  if (!listed) throw new QalamError('file_not_found', file);
  return library.restoreFromBackup(listed.path, onProgress ? { onProgress } : {});
}

/**
 * What the settings page shows while a restore runs: the page asks (library.restoreProgress)
 * while its restore call is pending, since the contract only answers calls. One restore
 * at a time (the library refuses a second as busy), so one record is enough.
 */
export class RestoreTracker {
  private current: RestoreProgress = { restoring: false, migration: null };

  /** `onChange`: told each new record too (the app moves its taskbar button's bar). */
  constructor(private readonly onChange?: (progress: RestoreProgress) => void) {}

  progress(): RestoreProgress {
    return this.current;
  }

  private set(progress: RestoreProgress): void {
    this.current = progress;
    this.onChange?.(progress);
  }

  async run<T>(restore: (onProgress: (progress: MigrationProgress) => void) => Promise<T>): Promise<T> {
    if (this.current.restoring) return restore(() => undefined); // refused as busy by the library
    this.set({ restoring: true, migration: null });
    try {
      return await restore((migration) => this.set({ restoring: true, migration }));
    } finally {
      this.set({ restoring: false, migration: null });
    }
  }
}

/** True when settings ask for backups and the newest one is older than the interval. */
export function backupDue(library: Library, now: Date): boolean {
  const hours = library.settings().backupEveryHours;
  if (hours <= 0) return false;
  const newest = listAppBackups(library).backups[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= hours * 3_600_000;
}

/**
 * Check every `checkEveryMs` (default 10 minutes) whether a backup is due and make it.
 * A failed backup is reported through `onError` and tried again at the next check.
 * Returns the function that stops the schedule.
 */
export function startBackupSchedule(
  library: Library,
  options: { checkEveryMs?: number; onError?: (e: unknown) => void } = {},
): () => void {
  let running = false;
  const tick = () => {
    if (running || !library.db.open) return;
    try {
      if (!backupDue(library, new Date())) return;
    } catch (e) {
      options.onError?.(e);
      return;
    }
    running = true;
    backupNow(library)
      .catch((e: unknown) => options.onError?.(e))
      .finally(() => (running = false));
  };
  const timer = setInterval(tick, options.checkEveryMs ?? 10 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
