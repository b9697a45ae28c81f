// Accessibility, checked by axe-core (the engine behind Lighthouse and the browsers'
// accessibility audits) over every screen an editor sees — an empty library's welcome, the
// library with articles in it, the sample article open with its details, a spelling menu
// over a misspelt word and the
// headline's menu, the history showing a diff, the export dialog, the sync panel, settings,
// the trash — in Arabic and English, with the system's light and dark schemes (the 'system'
// theme, as a new install starts), and in the narrow layouts. Rules: WCAG 2.0/2.1 A and AA
// plus axe's best practices (names, contrast, landmarks, headings, ARIA use, lang, unique
// ids). Two things axe cannot judge are checked beside it: in the English UI every Arabic
// word sits under a lang="ar" (language of parts), and every Tab stop shows an outline or a
// ring. The tests of one language and scheme share one app and run in order, screen by
// screen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { para } from './library-support';
import { callApi, startApp, useBrowser, type App } from './support/app';
import { seedSampleDesk } from './support/seed';

const require = createRequire(import.meta.url);
const MISSPELT = 'المدرسه';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

// axe.run through a string: tsx would wrap a function's named helpers in its own
// __name(), which does not exist in the page.
const RUN_AXE = `(async () => {
  // The spelling menu is a popup that takes the focus when it opens and closes on Escape or
  // a click elsewhere, like a dialog: nobody reaches it through the landmarks, so it is
  // exempt from "all content inside landmarks" as axe exempts dialogs (its default
  // regionMatcher). It has to sit outside the article's <main>: that pane is
  // contain: strict, which would make the menu's fixed position relative to the pane.
  axe.configure({ checks: [{ id: 'region', options: { regionMatcher: 'dialog, [role=dialog], [role=alertdialog], svg, [role=menu]' } }] });
  const result = await axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').slice(0, 200)),
  }));
})()`;

/** axe over the whole page as it is now. */
async function audit(page: Page, axeSource: string): Promise<Violation[]> {
  // page.addScriptTag would add an inline <script>, which the web host's CSP
  // (script-src 'self') blocks; an evaluate goes through the DevTools protocol, where the
  // page's CSP does not apply. Evaluated once per page load.
  if ((await page.evaluate('typeof window.axe')) !== 'object') await page.evaluate(axeSource);
  return (await page.evaluate(RUN_AXE)) as Violation[];
}

/** Arabic words inside `root` that no lang="ar" marks (Arabic-Indic digits alone are not
 * words): in the English UI a screen reader would read them with the English voice (WCAG
 * 3.1.2, language of parts, which axe cannot judge). Where each is and how it starts. */
async function unmarkedArabic(page: Page, root: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const found = [];
    for (const scope of document.querySelectorAll(${JSON.stringify(root)})) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const el = text.parentElement;
        if (!/(?=\\p{Script=Arabic})\\p{L}/u.test(text.data) || el.closest('[aria-hidden="true"]')) continue;
        if ((el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ar')) continue;
        const hook = el.closest('[data-qalam]')?.getAttribute('data-qalam');
        found.push(hook + ' ' + el.tagName.toLowerCase() + ': ' + text.data.slice(0, 24));
      }
    }
    return found;
  })()`)) as string[];
}

/** Tab through the page from its top, up to `max` stops or until the focus comes round
 * again; the stops that show no outline and no ring (WCAG 2.4.7, focus visible, which axe
 * cannot see). */
async function stopsWithoutFocusMark(page: Page, max = 150): Promise<string[]> {
  await page.evaluate('document.activeElement?.blur(); window.__qalamSeen = new WeakSet()');
  const unmarked: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (window.__qalamSeen.has(el)) return 'again';
      window.__qalamSeen.add(el);
      const style = getComputedStyle(el);
      const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return marked ? '' : (el.getAttribute('data-qalam') || el.tagName.toLowerCase()) + ': ' + (el.getAttribute('aria-label') || el.textContent || '').slice(0, 24);
    })()`)) as string | null;
    if (stop === 'again') break;
    if (stop) unmarked.push(stop);
  }
  return unmarked;
}

const SEVERE = new Set(['serious', 'critical']);

/** No serious or critical violation; the milder ones, by id, in the message if there is.
 * The milder ones fail too: every screen is at zero, and this keeps it there. */
function assertClean(where: string, violations: Violation[]): void {
  const severe = violations.filter((v) => SEVERE.has(v.impact ?? ''));
  const mild = violations.filter((v) => !SEVERE.has(v.impact ?? ''));
  const mildIds = mild.map((v) => `${v.id} (${v.impact})`).join(', ') || 'none';
  assert.deepEqual(
    severe.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`),
    [],
    `axe found serious problems on ${where}; milder ones: ${mildIds}`,
  );
  assert.deepEqual(
    mild.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`),
    [],
    `axe found problems on ${where}`,
  );
}

const browser = useBrowser();
let axeSource: string;
before(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

/** The sample desk (its article tagged), and a later revision of the sample article that
 * adds a paragraph with a misspelt word: a diff to show in the history and a word to
 * right-click. */
async function seedDesk(app: App): Promise<string> {
  const article = await seedSampleDesk(app, { tags: ['ليبيا', 'فرنسا'] });
  const stored = await callApi<Article>(app, 'articles.get', { id: article.id });
  await callApi(app, 'articles.save', { id: article.id, body: [...stored.body, para(`ذهب الطلاب إلى ${MISSPELT} في الصباح الباكر.`)], reason: 'snapshot' });
  return article.id;
}

async function wearing(page: Page, lang: string, scheme: string): Promise<void> {
  await page.waitForFunction(
    ([l, t]) => document.documentElement.lang === l && document.documentElement.dataset.theme === t,
    [lang, scheme] as const,
  );
}

for (const lang of ['ar', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${lang === 'ar' ? 'Arabic' : 'English'} UI, system scheme ${scheme}`, () => {
      let app: App;
      let id: string;
      before(async () => {
        app = await startApp(browser(), { colorScheme: scheme });
        await callApi(app, 'settings.set', { uiLanguage: lang });
        id = await seedDesk(app);
        await app.page.reload();
        await wearing(app.page, lang, scheme);
      });
      after(async () => {
        await app?.close();
      });
      /** axe, and in the English UI no Arabic word without lang="ar" anywhere on the page. */
      const check = async (where: string) => {
        assertClean(where, await audit(app.page, axeSource));
        if (lang === 'en') assert.deepEqual(await unmarkedArabic(app.page, 'body'), [], `Arabic words with no lang="ar" on ${where}`);
      };

      test('the library, with two articles in it', async () => {
        const { page } = app;
        await page.locator('[data-qalam="library-item"]').nth(1).waitFor();
        await check('the library');

        await page.locator('[data-qalam="search"]').fill('الإليزيه');
        await page.locator('[data-qalam="search-hit"]').waitFor();
        await check('the library’s search results');
        await page.locator('[data-qalam="search"]').fill('');
        await page.locator('[data-qalam="search-results"]').waitFor({ state: 'detached' });
      });

      test('the sample article open, its details beside it, then a spelling menu over a misspelt word and the headline’s menu', async () => {
        const { page } = app;
        await page.goto(`${new URL(app.url).origin}/#/article/${id}`);
        await page.locator('[data-qalam="body"]').waitFor();
        await page.locator('[data-qalam="word-count"]').waitFor();
        await page.locator('[data-qalam="inspector"]').waitFor();
        await page.evaluate(() => document.fonts.ready);
        await check('the article');

        const misspelt = page.locator('[data-qalam="body"] [data-spelling="misspelled"]', { hasText: MISSPELT });
        await misspelt.waitFor();
        await misspelt.scrollIntoViewIfNeeded();
        await misspelt.click({ button: 'right' });
        await page.locator('[data-qalam="spelling-menu"] [data-suggestion]').first().waitFor();
        await check('the spelling menu');
        // Moved through with the arrows, the item Enter would choose shows a ring.
        await page.keyboard.press('ArrowDown');
        const ring = await page.evaluate(`(() => {
          const item = document.activeElement, style = getComputedStyle(item);
          return item.getAttribute('role') + ' ' + (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? 'outlined' : 'unmarked');
        })()`);
        assert.equal(ring, 'menuitem outlined');
        await page.keyboard.press('Escape');
        await page.locator('[data-qalam="spelling-menu"]').waitFor({ state: 'detached' });

        // The header fields' menu, opened anywhere in the headline: «تنقيح النص» alone.
        await page.locator('[data-qalam="headline"]').click({ button: 'right', position: { x: 30, y: 15 } });
        await page.locator('.editor-context-menu [data-command="tidy-text"]').waitFor();
        await check('the headline’s menu');
        await page.keyboard.press('Escape');
        await page.locator('.editor-context-menu').waitFor({ state: 'detached' });
      });

      test('the history, showing what the last revision added', async () => {
        const { page } = app;
        await page.locator('[data-qalam="open-history"]').click();
        await page.locator('[data-qalam="revisions"]').waitFor();
        await page.locator('[data-qalam="diff"] ins', { hasText: MISSPELT }).waitFor();
        await check('the history');
        await page.locator('[data-qalam="back-to-article"]').click();
        await page.locator('[data-qalam="body"]').waitFor();
      });

      test('the export dialog and the sync panel over the article', async () => {
        const { page } = app;
        await page.locator('[data-qalam="open-export"]').click();
        await page.locator('[data-qalam="export-dialog"]').waitFor();
        await check('the export dialog');
        await page.keyboard.press('Escape');
        await page.locator('[data-qalam="export-dialog"]').waitFor({ state: 'detached' });

        await page.locator('[data-qalam="sync-status"]').click();
        await page.locator('[data-qalam="sync-panel"]').waitFor();
        await check('the sync panel');
        await page.keyboard.press('Escape');
        await page.locator('[data-qalam="sync-panel"]').waitFor({ state: 'hidden' });
      });

      test('settings, and the trash beside them', async () => {
        const { page } = app;
        await page.locator('[data-qalam="open-settings"]').click();
        await page.locator('[data-qalam="settings"]').waitFor();
        await check('the settings');

        await page.locator('[data-qalam="show-trash"]').click();
        await page.waitForFunction(() => document.querySelector('[data-qalam="show-trash"]')?.getAttribute('aria-pressed') === 'true');
        await check('the trash');
        await page.locator('[data-qalam="show-trash"]').click();
        assert.deepEqual(app.problems, []);
      });
    });
  }
}

test('an empty library: the welcome in the main pane, Arabic and English, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser(), { colorScheme: scheme });
    try {
      for (const lang of ['ar', 'en'] as const) {
        await callApi(app, 'settings.set', { uiLanguage: lang });
        await app.page.reload();
        await wearing(app.page, lang, scheme);
        await app.page.locator('[data-qalam="welcome-title"]').waitFor();
        const where = `the welcome (${lang}, ${scheme})`;
        assertClean(where, await audit(app.page, axeSource));
        if (lang === 'en') assert.deepEqual(await unmarkedArabic(app.page, 'body'), [], `Arabic words with no lang="ar" on ${where}`);
      }
    } finally {
      await app.close();
    }
  }
});

test('narrow windows: half a screen with the details opened in place and the history’s list above its diff, half a laptop with the library over the article', async () => {
  const app = await startApp(browser(), { viewport: { width: 960, height: 1040 } });
  try {
    const { page } = app;
    const id = await seedDesk(app);
    await page.goto(`${new URL(app.url).origin}/#/article/${id}`);
    await page.locator('[data-qalam="body"]').waitFor();
    await page.locator('[data-qalam="word-count"]').waitFor();
    await wearing(page, 'ar', 'light');
    assertClean('the editor at 960 px', await audit(page, axeSource));
    await page.locator('[data-qalam="toggle-inspector"]').click();
    await page.locator('[data-qalam="inspector"]').waitFor();
    assertClean('the editor at 960 px with the details open', await audit(page, axeSource));
    await page.locator('[data-qalam="toggle-inspector"]').click();
    // (The history's link is in the details, folded away at this width.)
    await page.evaluate((articleId) => (location.hash = `#/article/${articleId}/history`), id);
    await page.locator('[data-qalam="fold-revisions"]').waitFor();
    assertClean('the history at 960 px, its list above the diff', await audit(page, axeSource));
    await page.locator('[data-qalam="back-to-article"]').click();
    await page.locator('[data-qalam="body"]').waitFor();

    await page.setViewportSize({ width: 683, height: 768 });
    await page.locator('[data-qalam="toggle-library"]').click();
    await page.locator('[data-qalam="library"]').waitFor();
    assertClean('the library over the article at 683 px', await audit(page, axeSource));
  } finally {
    await app.close();
  }
});

test('every Tab stop shows where the focus is: the article with its details, the history, settings', async () => {
  const app = await startApp(browser());
  try {
    const { page } = app;
    const id = await seedDesk(app);
    const origin = new URL(app.url).origin;
    for (const [hash, ready] of [
      [`#/article/${id}`, '[data-qalam="word-count"]'],
      [`#/article/${id}/history`, '[data-qalam="diff"] ins'],
      ['#/settings', '[data-qalam="settings"]'],
    ] as const) {
      await page.goto(`${origin}/${hash}`);
      await page.locator(ready).first().waitFor();
      assert.deepEqual(await stopsWithoutFocusMark(page), [], `focus shown at every stop of ${hash}`);
    }
  } finally {
    await app.close();
  }
});
