// The desktop app itself, driven by Playwright's Electron support: launch, type Arabic
// in the editor, save, export a PDF through the File menu. It needs an Electron binary,
// which this project's machines cannot download; where there is none the suite says so
// and skips. Point QALAM_ELECTRON at a binary (or let `npm ci` fetch one where the
// network allows), then: npm run test:electron
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { buildElectron } from '../../build/build-electron';
import { buildRenderer } from '../../build/build';
import type { BridgeApi } from '../../electron/common/contract';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An Electron binary that is already on disk; never triggers the package's download. */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.QALAM_ELECTRON) return existsSync(env.QALAM_ELECTRON) ? env.QALAM_ELECTRON : undefined;
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  try {
    const relative = readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist'), relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const BINARY = electronBinary();
const SKIP = BINARY ? false : 'skipped: no Electron binary on this machine (set QALAM_ELECTRON to run the desktop suite)';

type QalamWindow = Window & { qalam: BridgeApi };

async function launch(dir: string): Promise<{ app: ElectronApplication; page: Page }> {
  await buildRenderer({ quiet: true });
  await buildElectron({ quiet: true });
  const args = [ROOT, '--db', path.join(dir, 'qalam.db')];
  // Chromium refuses its sandbox to root (CI containers); the page stays sandboxed by
  // Electron's own renderer settings, which are what the tests check.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await electron.launch({
    executablePath: BINARY!,
    args,
    env: { ...process.env, QALAM_USER_DATA: path.join(dir, 'profile') },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForFunction(() => 'qalam' in window);
  return { app, page };
}

async function withApp(run: (app: ElectronApplication, page: Page, dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-electron-'));
  const { app, page } = await launch(dir);
  try {
    await run(app, page, dir);
  } finally {
    await app.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

test('the page is sandboxed: no Node, window.qalam only, no way out', { skip: SKIP }, async () => {
  await withApp(async (_app, page) => {
    const probe = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      groups: Object.keys((window as unknown as QalamWindow).qalam).sort(),
      opened: window.open('https://example.com/') === null,
      origin: location.origin,
    }));
    assert.equal(probe.require, 'undefined');
    assert.equal(probe.process, 'undefined');
    assert.equal(probe.opened, true);
    assert.equal(probe.origin, 'app://qalam');
    assert.ok(probe.groups.includes('articles') && probe.groups.includes('onMenuCommand'));
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    assert.match(page.url(), /^app:\/\/qalam\//);
  });
});

test('launch, type Arabic in the editor, save, export a PDF from the File menu', { skip: SKIP }, async () => {
  await withApp(async (app, page, dir) => {
    const created = await page.evaluate(() =>
      (window as unknown as QalamWindow).qalam.articles.create({
        meta: { kicker: 'تحركات عسكرية', headline: 'الجيش يعيد انتشاره قرب الحدود' },
        body: [{ type: 'paragraph', children: [{ text: 'قالت مصادر عسكرية إن التحركات بدأت فجرًا.' }] }],
      }),
    );
    assert.equal(created.ok, true);
    const id = created.ok ? created.value.id : '';
    await page.evaluate((articleId) => {
      location.hash = `#/article/${articleId}`;
    }, id);

    const body = page.locator('[data-qalam="body"]');
    await body.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' وأكد شهود عيان وصول ٣٠ آلية.');
    await page.keyboard.press('ControlOrMeta+S');

    const typed = 'وأكد شهود عيان وصول ٣٠ آلية.';
    let saved = '';
    for (let i = 0; i < 80 && !saved.includes(typed); i++) {
      await page.waitForTimeout(100);
      const got = await page.evaluate((articleId) => (window as unknown as QalamWindow).qalam.articles.get({ id: articleId }), id);
      saved = got.ok ? JSON.stringify(got.value.body) : '';
    }
    assert.ok(saved.includes(typed), `the typed text was saved: ${saved}`);

    // The native Save dialog cannot be clicked by Playwright: answer it in main.
    const pdfPath = path.join(dir, 'article.pdf');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('export.pdf')?.click());
    for (let i = 0; i < 300 && !existsSync(pdfPath); i++) await page.waitForTimeout(100);
    const pdf = await readFile(pdfPath);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok((await stat(pdfPath)).size > 1000);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    if (text.status === 0) assert.match(text.stdout, /الجيش/);
  });
});
