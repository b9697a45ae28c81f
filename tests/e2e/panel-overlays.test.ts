// A side panel laid over the article (below 930 px) closes on Escape once nothing in it
// has a use for the key, and gives the keyboard back to its button; pages with no
// article details (history, settings, the library's page) say so on the details button instead of showing
// it pressed, and leave the remembered choice alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, q, startApp, useBrowser, type App } from './support/app';
import { go } from './library-support';
import { importSampleArticle } from './support/seed';

const browser = useBrowser();

async function openSample(app: App): Promise<Article> {
  const article = await importSampleArticle(app);
  await go(app, `#/article/${article.id}`);
  await app.page.locator('[data-qalam="body"] p').first().waitFor();
  return article;
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-qalam') ?? document.activeElement?.tagName ?? null);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('qalam.panels'));

test('on half a laptop (683×768) Escape clears the library’s search, then its selection, then closes it, the focus back on its button', async () => {
  const app = await startApp(browser(), { viewport: { width: 683, height: 768 } });
  const { page } = app;
  try {
    const other = await callApi<Article>(app, 'articles.create', { meta: { headline: 'البنك المركزي يثبّت سعر الفائدة' } });
    await openSample(app);
    const library = page.locator(q('library'));
    const toggle = page.locator(q('toggle-library'));

    await toggle.click();
    await library.waitFor();
    const search = page.locator(q('search'));
    await search.fill('حفتر');
    await page.locator(q('search-hit')).first().waitFor();
    await search.press('Escape');
    assert.equal(await search.inputValue(), '', 'the first Escape clears the search');
    assert.equal(await library.isVisible(), true, 'and leaves the library open');
    await search.press('Escape');
    await library.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'toggle-library', 'the focus back on the library’s button');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

    // Opened again from the keyboard; two rows ticked; Escape in the list clears them.
    await page.keyboard.press('Enter');
    await library.waitFor();
    const row = (id: string) => page.locator(`li:has(${q('library-item')}[data-id="${id}"]) ${q('select-item')}`);
    await row(other.id).click();
    await page.locator(q('selection-bar')).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(q('selection-bar')).waitFor({ state: 'hidden' });
    assert.equal(await library.isVisible(), true, 'clearing the selection kept the library open');
    // The selection bar clears too, and keeps the keyboard in the library.
    await row(other.id).click();
    await page.locator(q('clear-selection')).focus();
    await page.keyboard.press('Escape');
    await page.locator(q('selection-bar')).waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'library-item');
    assert.equal(await library.isVisible(), true);
    // Nothing left for Escape in the library: it closes.
    await page.keyboard.press('Escape');
    await library.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'toggle-library');

    // Escape typed in the article belongs to the article: the library over it stays.
    await toggle.click();
    await library.waitFor();
    await page.locator('[data-qalam="body"] p').first().click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('Escape');
    assert.equal(await library.isVisible(), true, 'Escape in the article left the library open');
    await toggle.click();
    await library.waitFor({ state: 'hidden' });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the details over the article close on Escape too, the focus back on their button', async () => {
  const app = await startApp(browser(), { viewport: { width: 683, height: 768 } });
  const { page } = app;
  try {
    await openSample(app);
    const inspector = page.locator(q('inspector'));
    await page.locator(q('toggle-inspector')).click();
    await inspector.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.inspector') !== null), true, 'the keyboard taken into the details');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'toggle-inspector');
    assert.equal(await page.locator(q('toggle-inspector')).getAttribute('aria-pressed'), 'false');
    assert.deepEqual(JSON.parse((await stored(page)) ?? '{}'), { library: 'auto', inspector: 'auto' }, 'closed as an overlay goes: back to the width’s choice');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('history, settings and the library’s page have no details: their button is unavailable and says why, changes nothing, and the article finds its details as left', async () => {
  const app = await startApp(browser(), { viewport: { width: 1024, height: 768 } });
  const { page } = app;
  try {
    const article = await openSample(app);
    const details = page.locator(q('toggle-inspector'));
    // On a laptop the editor opened the details, in the library's place.
    await details.click();
    await page.locator(q('inspector')).waitFor();
    assert.equal(await page.locator(q('library')).isVisible(), false);
    const wishes = await stored(page);

    const pages = { [`#/article/${article.id}/history`]: q('revision'), '#/settings': q('settings'), '#/': '.editor-pane.empty' };
    for (const [hash, shown] of Object.entries(pages)) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator(shown).first().waitFor();
      assert.equal(await details.getAttribute('aria-disabled'), 'true', hash);
      assert.equal(await details.getAttribute('aria-pressed'), 'false', `${hash}: not shown, so not pressed`);
      const why = await details.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
      assert.equal(why, 'لا تفاصيل مقال في هذه الصفحة: تظهر مع المقال المفتوح');
      assert.equal(await details.getAttribute('title'), why, 'the same said on hover');
      assert.equal(await page.getByRole('button', { name: 'التفاصيل', exact: true }).count(), 1, 'still named, still in its place');
      // With the details away, the library has its column back.
      assert.equal(await page.locator(q('library')).isVisible(), true, `${hash}: the library beside the page`);
      // Button, shortcut and menu all leave the remembered choice alone.
      // (Playwright itself refuses to click an aria-disabled button unless forced.)
      await details.click({ force: true });
      await details.press('Enter');
      await page.keyboard.press('Control+Shift+D');
      await page.evaluate(() => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: 'view.panel.inspector' })));
      assert.equal(await stored(page), wishes, `${hash}: the remembered choice untouched`);
      assert.equal(await details.getAttribute('aria-disabled'), 'true');
      assert.equal(await focused(page), 'toggle-inspector', 'still focusable, so a keyboard user hears why');
    }
    await page.evaluate((id) => (location.hash = `#/article/${id}`), article.id);
    await page.locator(q('inspector')).waitFor();
    assert.equal(await details.getAttribute('aria-disabled'), null);
    assert.equal(await details.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator(q('library')).isVisible(), false, 'the details back in the library’s place, as left');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
