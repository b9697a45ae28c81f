// The Electron bundles: main → build/out/electron/main.cjs (package.json "main"), the
// preload → build/out/electron/preload.cjs and the spelling and migration workers →
// spelling-worker.cjs, migrate-worker.cjs.
// All CommonJS: a sandboxed preload cannot load modules or ESM, so it must be one file
// that requires only 'electron'; main is
// CommonJS because Electron loads it most reliably that way from an asar archive.
// Runtime dependencies stay external: electron-builder ships them in node_modules
// (better-sqlite3's native binary cannot be bundled anyway).
// Callable as `buildElectron()` and as `tsx build/build-electron.ts [--minify]`.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_OUT = path.join(ROOT, 'build', 'out', 'electron');

export interface ElectronBuildOptions {
  outDir?: string;
  minify?: boolean;
  quiet?: boolean;
}

async function runtimeDependencies(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {});
}

/**
 * The preload needs only the contract's channel names, but contract.ts builds zod
 * schemas as it loads, and zod with them is ~450 KB that every window would parse
 * (~30 ms here). So in the preload bundle the contract module is replaced by its
 * names, read from the real contract at build time, and the same splitChannel.
 * tests/unit/electron/preload.test.ts runs this bundle against the real CHANNELS.
 */
const channelsOnly: Plugin = {
  name: 'qalam-contract-channels',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/common\/contract$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path),
      namespace: 'qalam-channels',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'qalam-channels' }, async (args) => {
      const contract = (await import(pathToFileURL(`${args.path}.ts`).href)) as typeof import('../electron/common/contract');
      return {
        contents: `export const CHANNELS = ${JSON.stringify(contract.CHANNELS)};\nexport ${contract.splitChannel.toString()}\n`,
        loader: 'js',
      };
    });
  },
};

/** esbuild options for both bundles (exported so tests can bundle in memory). */
export async function electronBuildOptions(
  options: ElectronBuildOptions = {},
): Promise<{ main: BuildOptions; preload: BuildOptions; spellingWorker: BuildOptions; migrateWorker: BuildOptions }> {
  const outDir = options.outDir ?? ELECTRON_OUT;
  const common: BuildOptions = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    minify: options.minify ?? false,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: options.quiet ? 'silent' : 'warning',
  };
  return {
    main: {
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      // playwright-core prints only outside the app (the app passes its own Printer).
      external: ['electron', 'playwright-core', ...(await runtimeDependencies())],
      // Modules that find files next to themselves get the bundle's own location.
      define: { 'import.meta.url': '__qalam_bundle_url' },
      banner: { js: "const __qalam_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
    },
    preload: {
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
      // The sandboxed preload is a browser context with a tiny require(): 'electron' only.
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      plugins: [channelsOnly],
    },
    // The spelling worker thread (electron/services/spelling/worker.ts) with hunspell-asm
    // inside it (its WebAssembly is inlined as base64), so the one file needs nothing
    // from node_modules: electron-builder unpacks it from app.asar, and a worker thread
    // then loads it from a plain folder.
    spellingWorker: {
      ...common,
      entryPoints: ['electron/services/spelling/worker.ts'],
      outfile: path.join(outDir, 'spelling-worker.cjs'),
      platform: 'node',
      target: 'node22',
    },
    // The thread that migrates a big library after an update (services/store/
    // migrate-worker.ts). Unpacked from app.asar like the spelling worker; everything but
    // better-sqlite3 is inside it, and better-sqlite3 (native, unpacked too) resolves from
    // app.asar.unpacked/node_modules.
    migrateWorker: {
      ...common,
      entryPoints: ['electron/services/store/migrate-worker.ts'],
      outfile: path.join(outDir, 'migrate-worker.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
    },
  };
}

export async function buildElectron(options: ElectronBuildOptions = {}): Promise<{ outDir: string }> {
  const outDir = options.outDir ?? ELECTRON_OUT;
  await mkdir(outDir, { recursive: true });
  const { main, preload, spellingWorker, migrateWorker } = await electronBuildOptions(options);
  await Promise.all([build(main), build(preload), build(spellingWorker), build(migrateWorker)]);
  return { outDir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { outDir } = await buildElectron({ minify: process.argv.includes('--minify') });
  console.log(`electron main + preload built in ${Math.round(performance.now() - started)} ms → ${outDir}`);
}
