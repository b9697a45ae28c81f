// Child of migration-interrupted.test.ts: opens an old library through the real store
// and, once the named migration has reworked `after` articles, kills itself with
// SIGKILL, as a power cut or a task manager would, in the middle of its transaction.
import fs from 'node:fs';
import { openLibrary } from '../../../electron/services/store/index';

const [file, name, after] = process.argv.slice(2) as [string, string, string];
openLibrary(file, {
  onMigrationProgress: (p) => {
    if (p.name !== name || p.done < Number(after)) return;
    fs.writeSync(1, `killed in ${p.name} at ${p.done} of ${p.total}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});
fs.writeSync(1, 'finished without being killed\n');
