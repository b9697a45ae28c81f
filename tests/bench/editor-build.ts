// Bundles the editor harness page (tests/bench/editor-harness.tsx) into a temp dir:
// the editor, the ProseMirror baseline and the bundled Arabic fonts, no network.
import { build, type Plugin } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { facesFor, fontFaceCss } from '../../electron/common/fonts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const fonts: Plugin = {
  name: 'qalam-fonts',
  setup(b) {
    b.onResolve({ filter: /^qalam:fonts\.css$/ }, () => ({ path: 'fonts.css', namespace: 'qalam-fonts' }));
    b.onLoad({ filter: /.*/, namespace: 'qalam-fonts' }, () => ({
      contents: fontFaceCss(facesFor('Amiri'), (face) => `./${face.file}`),
      loader: 'css',
      resolveDir: path.join(ROOT, 'assets', 'fonts'),
    }));
  },
};

const PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>editor harness</title>
<link rel="stylesheet" href="harness.css">
<style>
  body { margin: 0; font-family: 'Amiri', serif; background: #fff; color: #1d1b17; }
  :root { --article-font: 'Amiri'; --article-size: 20px; }
  .pm-host { outline: none; padding: 1rem 1.5rem; font-family: 'Amiri', serif; font-size: 20px; line-height: 1.9; white-space: pre-wrap; }
  .pm-host p { margin: 0 0 0.8em; content-visibility: auto; contain-intrinsic-size: auto 3.5em; }
</style>
</head><body><div id="root"></div>
<script src="init.js"></script>
<script src="harness.js"></script></body></html>`;

/** Build once into a fresh temp dir; returns the directory holding index.html. */
export async function buildEditorHarness(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'qalam-editor-harness-'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: { harness: 'tests/bench/editor-harness.tsx' },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome130'],
    jsx: 'automatic',
    loader: { '.woff2': 'file' },
    assetNames: '[name]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [fonts],
    logLevel: 'silent',
  });
  await writeFile(path.join(outDir, 'index.html'), PAGE);
  await writeFile(path.join(outDir, 'init.js'), '');
  return outDir;
}
