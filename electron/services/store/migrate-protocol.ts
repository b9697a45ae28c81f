// Messages between the app and the thread that migrates the library (migrate-worker.ts).
import type { ErrorInfo } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';

export interface MigrateWorkerData {
  file: string;
}

export type MigrateWorkerMessage =
  | { type: 'progress'; progress: MigrationProgress }
  | { type: 'done' }
  | { type: 'failed'; error: ErrorInfo };
