// `npm start`: build what the app needs, then start the desktop app. Electron fetches
// its binary on first launch; where it cannot (no network, as on CI machines), say so
// plainly and start the same renderer and services in the browser instead
// (the web host), so `npm ci && npm start` always gives a working Qalam.
import { spawn, spawnSync } from 'node:child_process';
import { buildElectron } from '../../build/build-electron';
import { buildRenderer, ROOT } from '../../build/build';

function electronBinary(): string | null {
  // Resolving the path triggers Electron's first-launch download; run it in a child
  // so a failed download is an exit code here, not a thrown stack.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

async function main(): Promise<number> {
  await buildRenderer({ quiet: true });
  await buildElectron({ quiet: true });
  const args = process.argv.slice(2);
  const binary = process.env.QALAM_NO_ELECTRON ? null : electronBinary();
  if (binary) {
    const child = spawn(binary, [ROOT, ...args], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  }
  process.stderr.write(
    'قلم: تعذّر تشغيل Electron (لم يُنزَّل بعد ولا شبكة)، فسيعمل قلم في المتصفح على هذا الجهاز.\n' +
      'qalam: Electron could not start (its binary is not downloaded and there is no network); running Qalam in the browser instead.\n',
  );
  const { startWebHost } = await import('../host/web');
  const dbArg = args.indexOf('--db');
  const host = await startWebHost({ ...(dbArg >= 0 && args[dbArg + 1] ? { dbPath: args[dbArg + 1] } : {}) });
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

process.exitCode = await main();
