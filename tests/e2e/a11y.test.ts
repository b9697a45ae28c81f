// Accessibility, checked by axe-core (the engine behind Lighthouse and the browsers'
// accessibility audits) over every screen an editor uses — library, editor with the
// sample article, history, export dialog, sync panel, settings, trash — in Arabic and
// English, light and dark. Any violation fails with the rule, the element and why:
// names for every control (and names that contain what the control shows), contrast,
// landmarks, headings, ARIA use.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchBrowser, startApp, type App } from './support/app';
import { importSampleArticle } from './support/seed';

const require = createRequire(import.meta.url);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** axe on the whole page; the violations, shortened for a readable failure. */
async function audit(page: Page, axeSource: string): Promise<Violation[]> {
  // Through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: (n.failureSummary ?? '').slice(0, 200) })),
    }));
  });
}

function assertClean(where: string, violations: Violation[]): void {
  assert.deepEqual(
    violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.summary}`).join('\n')}`),
    [],
    `axe found problems on ${where}`,
  );
}

describe('accessibility of every screen (axe-core)', () => {
  let browser: Browser;
  let app: App;
  let axeSource: string;
  let articleId: string;
  before(async () => {
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    browser = await launchBrowser();
    app = await startApp(browser);
    articleId = (await importSampleArticle(app)).id;
  });
  after(async () => {
    await app?.close();
    await browser?.close();
  });

  const openArticle = async () => {
    const { page } = app;
    await page.goto(`${new URL(app.url).origin}/#/article/${articleId}`);
    await page.locator('[data-qalam="body"]').waitFor();
    await page.locator('[data-qalam="word-count"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
  };

  for (const [lang, theme] of [
    ['ar', 'light'],
    ['ar', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    test(`${lang === 'ar' ? 'Arabic' : 'English'} UI, ${theme} theme`, async () => {
      const { page } = app;
      await callApi(app, 'settings.set', { uiLanguage: lang, theme });
      await openArticle();
      await page.reload();
      await page.locator('[data-qalam="body"]').waitFor();
      // The settings arrive after the first paint: wait until the page wears them.
      await page.waitForFunction(
        ([l, t]) => document.documentElement.lang === l && document.documentElement.dataset.theme === t,
        [lang, theme] as const,
      );
      assertClean('the editor with the sample article', await audit(page, axeSource));

      await page.locator('[data-qalam="open-history"]').click();
      await page.locator('[data-qalam="revisions"]').waitFor();
      assertClean('the history', await audit(page, axeSource));
      await page.locator('[data-qalam="back-to-article"]').click();
      await page.locator('[data-qalam="body"]').waitFor();

      await page.locator('[data-qalam="open-export"]').click();
      await page.locator('[data-qalam="export-dialog"]').waitFor();
      assertClean('the export dialog', await audit(page, axeSource));
      await page.keyboard.press('Escape');
      await page.locator('[data-qalam="export-dialog"]').waitFor({ state: 'detached' });

      await page.locator('[data-qalam="sync-status"]').click();
      await page.locator('[data-qalam="sync-panel"]').waitFor();
      assertClean('the sync panel', await audit(page, axeSource));
      await page.keyboard.press('Escape');

      await page.locator('[data-qalam="open-settings"]').click();
      await page.locator('[data-qalam="settings"]').waitFor();
      assertClean('the settings', await audit(page, axeSource));

      await page.locator('[data-qalam="show-trash"]').click();
      await page.waitForFunction(() => document.querySelector('[data-qalam="show-trash"]')?.getAttribute('aria-pressed') === 'true');
      assertClean('the trash', await audit(page, axeSource));
      await page.locator('[data-qalam="show-trash"]').click();
    });
  }

  test('narrow windows: half a screen with the details opened in place and the history’s list above its diff, half a laptop with the library over the article', async () => {
    const { page } = app;
    await callApi(app, 'settings.set', { uiLanguage: 'ar', theme: 'light' });
    try {
      await page.setViewportSize({ width: 960, height: 1040 });
      await openArticle();
      await page.reload();
      await page.locator('[data-qalam="body"]').waitFor();
      assertClean('the editor at 960 px', await audit(page, axeSource));
      await page.locator('[data-qalam="toggle-inspector"]').click();
      await page.locator('[data-qalam="inspector"]').waitFor();
      assertClean('the editor at 960 px with the details open', await audit(page, axeSource));
      await page.locator('[data-qalam="toggle-inspector"]').click();
      // (The history's link is in the details, folded away at this width.)
      await page.evaluate((id) => (location.hash = `#/article/${id}/history`), articleId);
      await page.locator('[data-qalam="fold-revisions"]').waitFor();
      assertClean('the history at 960 px, its list above the diff', await audit(page, axeSource));
      await page.locator('[data-qalam="back-to-article"]').click();
      await page.locator('[data-qalam="body"]').waitFor();

      await page.setViewportSize({ width: 683, height: 768 });
      await page.locator('[data-qalam="toggle-library"]').click();
      await page.locator('[data-qalam="library"]').waitFor();
      assertClean('the library over the article at 683 px', await audit(page, axeSource));
    } finally {
      await page.evaluate(() => localStorage.removeItem('qalam.panels'));
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});
