// Child of restore-final-write.test.ts: restores a current backup (no migration, so the
// only write into the library is the final copy) and kills itself with SIGKILL once that
// copy has put `after` bytes into the library's write-ahead log and before it finishes:
// a power cut in the one step that touches the library itself. The copy runs on a worker
// thread, so this thread is free to watch the log grow.
import fs from 'node:fs';
import { openLibrary } from '../../../electron/services/store/index';

const [file, backup, after] = process.argv.slice(2) as [string, string, string];
const wal = `${file}-wal`;
const walSize = (): number => (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
const lib = openLibrary(file);
// Whatever opening wrote to the log is folded into the file first, so the log starts empty.
lib.db.pragma('wal_checkpoint(TRUNCATE)');
const start = walSize();
const watch = setInterval(() => {
  const grown = walSize() - start;
  if (grown < Number(after)) return;
  fs.writeSync(1, `killed with ${grown} bytes of the copy in the log\n`);
  process.kill(process.pid, 'SIGKILL');
}, 1);
await lib.restoreFromBackup(backup);
clearInterval(watch);
fs.writeSync(1, `finished without being killed (log grew ${walSize() - start} bytes)\n`);
