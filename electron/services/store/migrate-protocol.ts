// Messages between the app and the thread that migrates the library (migrate-worker.ts).
// Besides migrating (first launch after an update, a staged backup), the thread does the
// other long reads and writes of a restore, so none of them holds the app's main thread:
// checking a backup (quick_check reads every page) and writing the prepared backup into
// the live file (then checking that).
import type { ErrorInfo } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';

export type MigrateWorkerData =
  /** Bring this library file to the latest version (`job` absent: the first launch's). */
  | { job?: 'migrate'; file: string }
  /** Is this a healthy Qalam library no newer than us? Answers its version. */
  | { job: 'inspect'; file: string }
  /** Write the library at `from` into `into` in one step, then quick_check `into` when `check`. */
  | { job: 'write'; from: string; into: string; check: boolean };

export type MigrateWorkerMessage =
  | { type: 'progress'; progress: MigrationProgress }
  | { type: 'done'; version?: number }
  | { type: 'failed'; error: ErrorInfo };
