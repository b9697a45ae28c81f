// The bundled fonts as @font-face rules with data: URLs, for exports that must carry
// their fonts (standalone HTML, the HTML a printer lays out). Nothing is fetched and
// nothing depends on the machine's fonts (DESIGN §4).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QalamError } from '../../common/errors';
import { DEFAULT_FONT, facesFor, fontFaceCss, type FontFamily } from '../../common/fonts';

// A folder is the assets folder if it holds the default face's first file.
const MARKER = join('fonts', facesFor(DEFAULT_FONT)[0]!.file);

function moduleDir(): string | undefined {
  // In a CommonJS bundle import.meta.url is empty; the caller then passes assetsDir.
  try {
    return import.meta.url ? dirname(fileURLToPath(import.meta.url)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The assets folder: `override` (a packaged app passes its resources path), else
 * QALAM_ASSETS_DIR, else the first `assets/` above this module (tsx, the CLI, tests)
 * or above the working directory.
 */
export function findAssetsDir(override?: string, env: NodeJS.ProcessEnv = process.env): string {
  const explicit = override ?? env.QALAM_ASSETS_DIR;
  if (explicit) {
    if (existsSync(join(explicit, MARKER))) return resolve(explicit);
    throw new QalamError('file_not_found', join(explicit, MARKER));
  }
  for (const start of [moduleDir(), process.cwd()]) {
    for (let dir = start; dir; ) {
      const candidate = join(dir, 'assets');
      if (existsSync(join(candidate, MARKER))) return candidate;
      const parent = dirname(dir);
      dir = parent === dir ? undefined : parent;
    }
  }
  throw new QalamError('file_not_found', `assets/${MARKER.replace(/\\/g, '/')} (set QALAM_ASSETS_DIR)`);
}

// The fonts are ~0.3 MB of base64 per family; read and encode once per process.
const cache = new Map<string, string>();

/** @font-face rules for every face of `family`, each file embedded as a data: URL. */
export function embeddedFontCss(family: FontFamily, assetsDir: string): string {
  const key = `${assetsDir}\0${family}`;
  let css = cache.get(key);
  if (css === undefined) {
    css = fontFaceCss(facesFor(family), (face) => {
      const file = join(assetsDir, 'fonts', face.file);
      if (!existsSync(file)) throw new QalamError('file_not_found', file);
      return `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    });
    cache.set(key, css);
  }
  return css;
}
