// The page tells the desktop menu what it offers: details only beside an open article,
// none on the library's own page, in history or in settings, the same pages where the
// top bar's details button is unavailable. In the app that goes through
// window.qalam.setMenuState; here the page raises the same state as a DOM event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startApp, useBrowser, q } from './support/app';
import { createArticle } from './library-support';

const browser = useBrowser();

declare global {
  interface Window {
    menuStates?: boolean[];
  }
}

test('the menu is told details on an article, and no details on the library page, history and settings', async () => {
  const app = await startApp(browser());
  try {
    const article = await createArticle(app, { headline: 'جلسة طارئة لمجلس الأمن' });
    await app.page.addInitScript(() => {
      window.menuStates = [];
      window.addEventListener('qalam:menu-state', (e) => window.menuStates!.push((e as CustomEvent<{ details: boolean }>).detail.details));
    });
    await app.page.reload();
    const told = () => app.page.evaluate(() => window.menuStates!.at(-1));
    const detailsButton = () => app.page.locator(q('toggle-inspector')).getAttribute('aria-disabled');

    await app.page.locator(q('library-item')).first().waitFor();
    await app.page.waitForFunction(() => window.menuStates!.length > 0);
    assert.equal(await told(), false, 'the library page has no details');
    assert.equal(await detailsButton(), 'true');

    const visit = async (hash: string, details: boolean) => {
      await app.page.evaluate((h) => (window.location.hash = h), hash);
      await app.page.waitForFunction((d) => window.menuStates!.at(-1) === d, details);
      assert.equal(await detailsButton(), details ? null : 'true', `${hash}: the top bar agrees`);
    };
    await visit(`#/article/${article.id}`, true);
    await visit(`#/article/${article.id}/history`, false);
    await visit('#/settings', false);
    await visit(`#/article/${article.id}`, true);
    await visit('#/', false);
    const states = await app.page.evaluate(() => window.menuStates!);
    assert.deepEqual(states, [false, true, false, true, false], 'told once per change, not per page');
  } finally {
    await app.close();
  }
});
