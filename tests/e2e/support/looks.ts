// The frame of the article-page screenshot scripts: a new article opened in each look
// asked for (colour scheme, UI language, window size), and a file name for each shot of
// it, so a script says only what to do and shoot on the page:
//   await shootLooks({ outDir, looks: looksOf(['light', 'dark'], ['ar', 'en'], sizes), body }, async (page, name) => …);
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ArticleMeta, Block } from '../../../electron/common/document/types';
import { launchBrowser, startApp, type App } from './app';
import { openNewArticle } from './seed';

export interface Size {
  width: number;
  height: number;
}

export interface Look {
  scheme: 'light' | 'dark';
  lang: 'ar' | 'en';
  size: Size;
}

/** The script's arguments: `[OUT_DIR] [WIDTHxHEIGHT …]`, with its defaults. */
export function scriptArgs(defaultDir: string, defaultSizes: readonly string[]): { outDir: string; sizes: Size[] } {
  const sizes = (process.argv.length > 3 ? process.argv.slice(3) : defaultSizes).map((s) => {
    const [width, height] = s.split('x').map(Number);
    return { width: width!, height: height! };
  });
  return { outDir: path.resolve(process.argv[2] ?? defaultDir), sizes };
}

/** Every scheme × language × size, in that order. */
export const looksOf = (schemes: readonly Look['scheme'][], langs: readonly Look['lang'][], sizes: readonly Size[]): Look[] =>
  schemes.flatMap((scheme) => langs.flatMap((lang) => sizes.map((size) => ({ scheme, lang, size }))));

/** Open a new article holding `body` (and `meta`) in each look and run `shoot` on its
 * page; `name('what')` is the PNG path for that look. Page problems are printed. */
export async function shootLooks(
  options: { outDir: string; looks: readonly Look[]; body: Block[]; meta?: Partial<ArticleMeta> },
  shoot: (page: Page, name: (what: string) => string, look: Look, app: App) => Promise<void>,
): Promise<void> {
  await mkdir(options.outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const look of options.looks) {
      const app = await startApp(browser, { colorScheme: look.scheme, viewport: look.size });
      try {
        await openNewArticle(app, { body: options.body, lang: look.lang, ...(options.meta ? { meta: options.meta } : {}) });
        const stem = `${look.size.width}x${look.size.height}-${look.lang}-${look.scheme}`;
        await shoot(app.page, (what) => path.join(options.outDir, `${stem}-${what}.png`), look, app);
        if (app.problems.length) console.error(app.problems.join('\n'));
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${options.outDir}`);
}
