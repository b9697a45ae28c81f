// The renderer build: renderer/main.tsx → build/out/renderer/{index.html,main.js,main.css,fonts/}.
// esbuild bundles in well under a second; a stamp of the newest input time lets the web
// host and the e2e tests call it on every start without paying for it twice.
// Callable as `buildRenderer()` and as `tsx build/build.ts [--force]`.
import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { facesFor, fontFaceCss } from '../electron/common/fonts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_OUT = path.join(ROOT, 'build', 'out', 'renderer');

/** Everything the bundle is made from; a change to any of these rebuilds. */
const INPUTS = ['renderer', 'electron/common', 'assets/fonts', 'build/build.ts', 'package-lock.json'];
const STAMP = '.build-stamp';

/** `@import 'qalam:fonts.css'` → @font-face rules for every bundled face, from the one
 * list in electron/common/fonts.ts; esbuild then copies each woff2 into fonts/. */
const bundledFonts: Plugin = {
  name: 'qalam-fonts',
  setup(b) {
    b.onResolve({ filter: /^qalam:fonts\.css$/ }, () => ({ path: 'fonts.css', namespace: 'qalam-fonts' }));
    b.onLoad({ filter: /.*/, namespace: 'qalam-fonts' }, () => ({
      contents: fontFaceCss([...facesFor('Amiri'), ...facesFor('Noto Naskh Arabic')], (face) => `./${face.file}`),
      loader: 'css',
      resolveDir: path.join(ROOT, 'assets', 'fonts'),
    }));
  },
};

export interface RendererBuildOptions {
  outDir?: string;
  /** Rebuild even when the stamp says the output is current. */
  force?: boolean;
  minify?: boolean;
  /** React's development build (warnings, slower); production otherwise, as benchmarks need. */
  dev?: boolean;
  quiet?: boolean;
}

export interface RendererBuildResult {
  outDir: string;
  skipped: boolean;
}

async function newestMtime(p: string): Promise<number> {
  let s;
  try {
    s = await stat(p);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(path.join(p, entry)));
  }
  return newest;
}

async function inputsStamp(): Promise<string> {
  const times = await Promise.all(INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  return String(Math.max(...times));
}

async function isCurrent(outDir: string, stamp: string): Promise<boolean> {
  try {
    const [old] = await Promise.all([readFile(path.join(outDir, STAMP), 'utf8'), stat(path.join(outDir, 'main.js'))]);
    return old === stamp;
  } catch {
    return false;
  }
}

export async function buildRenderer(options: RendererBuildOptions = {}): Promise<RendererBuildResult> {
  const outDir = options.outDir ?? RENDERER_OUT;
  const stamp = await inputsStamp();
  if (!options.force && (await isCurrent(outDir, stamp))) return { outDir, skipped: true };

  // Build beside the output and swap it in, so a page being served (another engineer's
  // web host, a running e2e test) never sees a half-written folder.
  const staging = `${outDir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    // pdf.worker.js: pdf.js's parser for the export preview, loaded by the page as a
    // Worker from our own origin (renderer/export/pdf-pages.ts says why pdf.js, and why its legacy build).
    entryPoints: { main: 'renderer/main.tsx', 'pdf.worker': 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs' },
    outdir: staging,
    bundle: true,
    // A classic script, not a module: Electron loads the page from a file/app origin
    // where module scripts trip over CORS; an IIFE works the same on every host.
    format: 'iife',
    platform: 'browser',
    target: ['chrome130'],
    jsx: 'automatic',
    minify: options.minify ?? false,
    sourcemap: 'linked',
    legalComments: 'linked',
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.dev ? 'development' : 'production') },
    plugins: [bundledFonts],
    logLevel: options.quiet ? 'silent' : 'warning',
  });
  await copyFile(path.join(ROOT, 'renderer', 'index.html'), path.join(staging, 'index.html'));
  await mkdir(path.join(staging, 'fonts'), { recursive: true });
  for (const licence of ['OFL-Amiri.txt', 'OFL-NotoNaskhArabic.txt']) {
    await copyFile(path.join(ROOT, 'assets', 'fonts', licence), path.join(staging, 'fonts', licence));
  }
  await writeFile(path.join(staging, STAMP), stamp);
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  await rename(outDir, old).catch(() => {});
  try {
    await rename(staging, outDir);
  } catch {
    // Another build swapped its own (equivalent) output in first; keep that one.
    await rm(staging, { recursive: true, force: true });
  }
  await rm(old, { recursive: true, force: true });
  return { outDir, skipped: false };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const result = await buildRenderer({ force: process.argv.includes('--force'), minify: process.argv.includes('--minify'), dev: process.argv.includes('--dev') });
  const ms = Math.round(performance.now() - started);
  console.log(result.skipped ? `renderer up to date (${result.outDir})` : `renderer built in ${ms} ms → ${result.outDir}`);
}
