// Page object for the body editor: toolbar buttons by command name, paste, the find
// panel, and the body as stored. Runs against the app (startApp, a fresh library per
// test, body read back through the contract after autosave) or, with
// QALAM_EDITOR_HARNESS=1, against the bare editor page of tests/bench/editor-harness.tsx.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Article, Block } from '../../electron/common/document/types';
import { after, before } from 'node:test';
import { callApi, launchBrowser, startApp } from './support/app';
import { EditorPage, LibraryPage } from './support/pages';
import { shownTexts } from './support/text';
import { buildEditorHarness } from '../bench/editor-build';

export const USE_HARNESS = process.env.QALAM_EDITOR_HARNESS === '1';

let harnessDir: Promise<string> | undefined;

export class BodyEditor {
  constructor(
    readonly page: Page,
    private readonly readStored: () => Promise<Block[]>,
    readonly close: () => Promise<void>,
    /** Uncaught page errors and CSP reports seen so far (the app's, or the harness page's). */
    readonly problems: string[] = [],
  ) {}

  get body(): Locator {
    return this.page.locator('[data-qalam="body"]');
  }
  tool(command: string): Locator {
    return this.page.locator(`.editor-toolbar [data-command="${command}"]`);
  }
  blocks(selector: string): Locator {
    return this.body.locator(selector);
  }

  /** Until a toolbar toggle reports `pressed` (the toolbar follows the caret). */
  async waitPressed(command: string, pressed = true): Promise<void> {
    await this.page.waitForFunction(
      ([c, p]) => document.querySelector(`.editor-toolbar [data-command="${c}"]`)?.getAttribute('aria-pressed') === p,
      [command, String(pressed)] as const,
    );
  }

  /** Focus the body with the caret at the very end. */
  async focusEnd(): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The body once autosave (or the harness) has it and it satisfies `check`; the last
   * body seen otherwise, so the assertion after it reports what was there. */
  async stored(check: (body: Block[]) => boolean = () => true, timeoutMs = 8000): Promise<Block[]> {
    const until = Date.now() + timeoutMs;
    let body = await this.readStored();
    while (!check(body) && Date.now() < until) {
      await this.page.waitForTimeout(150);
      body = await this.readStored();
    }
    return body;
  }

  /** Paste as the browser delivers it: a beforeinput "insertFromPaste" carrying the
   * clipboard's DataTransfer. Synthetic, so the HTML reaches Qalam unfiltered by
   * Chromium's own clipboard sanitizer: the hostile-paste test sees the worst case. */
  async paste(data: { html?: string; text?: string; files?: { name: string; type: string; base64: string }[] }): Promise<void> {
    await this.body.evaluate((el, d) => {
      const dt = new DataTransfer();
      if (d.text !== undefined) dt.setData('text/plain', d.text);
      if (d.html !== undefined) dt.setData('text/html', d.html);
      for (const f of d.files ?? []) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: dt, bubbles: true, cancelable: true }));
    }, data);
  }

  /** The text of the body's blocks as a reader sees them. */
  async blockTexts(): Promise<string[]> {
    return (await shownTexts(this.body, 'p, h2, h3, li, blockquote, td, th, figcaption')).map((t) => t.trim());
  }
}

/** Open the editor on a new article, empty or holding `body`. */
export async function openBodyEditor(browser: Browser, body?: Block[]): Promise<BodyEditor> {
  if (USE_HARNESS) {
    harnessDir ??= buildEditorHarness();
    const dir = await harnessDir;
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ar' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    if (body) await page.addInitScript((b) => (window.__initialBody = b), body);
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    await page.waitForFunction(() => window.__harness?.ready);
    return new BodyEditor(page, () => page.evaluate(() => window.__harness.body()), () => context.close(), problems);
  }
  const app = await startApp(browser);
  let id: string;
  if (body) {
    id = (await callApi<Article>(app, 'articles.create', { body })).id;
    await app.page.goto(`${new URL(app.url).origin}/#/article/${id}`);
  } else {
    id = await new LibraryPage(app.page).newArticle();
  }
  const shell = new EditorPage(app.page);
  await shell.body.waitFor();
  const read = async () => {
    await shell.waitSaved().catch(() => undefined);
    return (await callApi<Article>(app, 'articles.get', { id })).body;
  };
  return new BodyEditor(app.page, read, () => app.close(), app.problems);
}

export async function cleanupHarness(): Promise<void> {
  if (harnessDir) await rm(await harnessDir, { recursive: true, force: true });
}

/** Plain text of a stored block. */
export function textOf(block: Block | undefined): string {
  if (!block || !('children' in block)) return '';
  return (block.children as unknown[])
    .map((c) => (typeof c === 'object' && c && 'text' in c ? String((c as { text: string }).text) : typeof c === 'object' && c && 'children' in c ? textOf(c as Block) : ''))
    .join('');
}

/** One browser for the file (call inside describe()) and a fresh editor per test. With
 * `noProblems`, a test whose page logged an uncaught error or a CSP report fails. */
export function editorSuite(options: { noProblems?: boolean } = {}): { browser(): Browser; withEditor(run: (ed: BodyEditor) => Promise<void>, body?: Block[]): Promise<void> } {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await cleanupHarness();
  });
  return {
    browser: () => browser!,
    async withEditor(run, body) {
      const ed = await openBodyEditor(browser!, body);
      try {
        await run(ed);
        if (options.noProblems) assert.deepEqual(ed.problems, [], 'the page logged no errors or CSP reports');
      } finally {
        await ed.close();
      }
    },
  };
}
