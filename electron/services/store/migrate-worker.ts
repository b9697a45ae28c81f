// The thread that brings a library to the latest schema while the app's main thread
// keeps painting its "preparing your library" window (better-sqlite3 is synchronous:
// on the main thread a two-minute migration would freeze the whole app). It opens the
// file as the app does, migrates, reports each batch, and closes it again; the app
// then opens the migrated file itself. Bundled as migrate-worker.cjs (build-electron).
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../common/errors';
import { openDatabase } from './database';
import type { MigrateWorkerData, MigrateWorkerMessage } from './migrate-protocol';

const { file } = workerData as MigrateWorkerData;
const send = (message: MigrateWorkerMessage) => parentPort!.postMessage(message);

try {
  openDatabase(file, { onMigrationProgress: (progress) => send({ type: 'progress', progress }) }).close();
  send({ type: 'done' });
} catch (e) {
  send({ type: 'failed', error: toErrorInfo(e) });
}
