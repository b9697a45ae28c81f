// The thread that brings a library to the latest schema while the app's main thread
// keeps painting its "preparing your library" window (better-sqlite3 is synchronous:
// on the main thread a two-minute migration would freeze the whole app). It opens the
// file as the app does, migrates, reports each batch, and closes it again; the app
// then opens the migrated file itself. A restore also has it check the backup and write
// it into the live file (migrate-protocol.ts). Bundled as migrate-worker.cjs (build-electron).
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../common/errors';
import { writeLibraryInto } from './backup';
import { inspectLibraryFile, openDatabase } from './database';
import { toQalamError } from './errors';
import type { MigrateWorkerData, MigrateWorkerMessage } from './migrate-protocol';

const data = workerData as MigrateWorkerData;
const send = (message: MigrateWorkerMessage) => parentPort!.postMessage(message);

async function run(): Promise<number | undefined> {
  if (data.job === 'inspect') return inspectLibraryFile(data.file).version;
  if (data.job === 'write') return void (await writeLibraryInto(data.from, data.into, data.check));
  openDatabase(data.file, { onMigrationProgress: (progress) => send({ type: 'progress', progress }) }).close();
  return undefined;
}

run().then(
  (version) => send(version === undefined ? { type: 'done' } : { type: 'done', version }),
  // SQLite's and the file system's codes said as ours (disk_full, read_only…), as guard does.
  (e: unknown) => send({ type: 'failed', error: toErrorInfo(toQalamError(e)) }),
);
