// The app's side of migrate-worker.ts: run the pending migrations of a library file in
// a worker thread and hear how they go. Resolves when the file is at the latest version;
// rejects with the QalamError the migration failed with (the file is then as it was:
// each migration is one transaction). A restore also checks a backup and writes it into
// the library through the same thread (inspectInWorker, writeInWorker).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { QalamError } from '../../common/errors';
import type { MigrationProgress } from '../../common/migration-progress';
import { workerBeside } from '../worker-file';
import type { MigrateWorkerData, MigrateWorkerMessage } from './migrate-protocol';

/** migrate-worker.ts beside this file (tsx), or migrate-worker.cjs beside the bundle. */
export function defaultMigrateWorkerFile(): string {
  return workerBeside(import.meta.url, 'migrate-worker.ts', 'migrate-worker.cjs');
}

/** The worker could not run at all (missing script, thread died): the migration itself
 * never said it failed, so a host may still migrate the ordinary way. */
export class MigrateWorkerUnavailable extends Error {
  override name = 'MigrateWorkerUnavailable';
}

export interface MigrateInWorkerOptions {
  workerFile?: string;
  onProgress?: (progress: MigrationProgress) => void;
}

/** One job in a fresh thread; resolves with its 'done' message. */
function runJob(data: MigrateWorkerData, options: MigrateInWorkerOptions): Promise<Extract<MigrateWorkerMessage, { type: 'done' }>> {
  const script = options.workerFile ?? defaultMigrateWorkerFile();
  if (!existsSync(script)) return Promise.reject(new MigrateWorkerUnavailable(`no migrate worker at ${script}`));
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const worker = new Worker(script, { workerData: data });
    worker.on('message', (message: MigrateWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message));
      else settle(() => reject(new QalamError(message.error.code, message.error.detail)));
    });
    worker.on('error', (e) => settle(() => reject(new MigrateWorkerUnavailable(e.message, { cause: e }))));
    worker.on('exit', (code) => settle(() => reject(new MigrateWorkerUnavailable(`migrate worker exited (${code}) before it finished`))));
  });
}

export async function migrateInWorker(file: string, options: MigrateInWorkerOptions = {}): Promise<void> {
  await runJob({ file: path.resolve(file) }, options);
}

/** database.ts inspectLibraryFile in the thread: the backup's version, or its QalamError. */
export async function inspectInWorker(file: string, options: Pick<MigrateInWorkerOptions, 'workerFile'> = {}): Promise<number> {
  const done = await runJob({ job: 'inspect', file: path.resolve(file) }, options);
  if (done.version === undefined) throw new MigrateWorkerUnavailable('the worker answered no version');
  return done.version;
}

/** backup.ts writeLibraryInto in the thread. */
export async function writeInWorker(
  from: string,
  into: string,
  options: Pick<MigrateInWorkerOptions, 'workerFile'> & { check?: boolean } = {},
): Promise<void> {
  const { check = true, ...rest } = options;
  await runJob({ job: 'write', from: path.resolve(from), into: path.resolve(into), check }, rest);
}
