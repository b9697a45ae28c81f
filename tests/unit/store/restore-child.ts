// Child of restore-old-backup.test.ts: restores an old backup into a library through the
// real store and, once the backup's named migration has reworked `after` articles, kills
// itself with SIGKILL (a power cut, a force quit while the page says "preparing").
import fs from 'node:fs';
import { openLibrary } from '../../../electron/services/store/index';

const [file, backup, name, after] = process.argv.slice(2) as [string, string, string, string];
const lib = openLibrary(file);
await lib.restoreFromBackup(backup, {
  onProgress: (p) => {
    if (p.name !== name || p.done < Number(after)) return;
    fs.writeSync(1, `killed in ${p.name} at ${p.done} of ${p.total}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});
fs.writeSync(1, 'finished without being killed\n');
