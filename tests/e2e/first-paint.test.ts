// An English desk in the dark theme starts English and dark: the page never shows the
// Arabic, light defaults first while its settings are on their way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callApi, startApp, useBrowser } from './support/app';

const browser = useBrowser();

test('after the first start, the page opens in the saved language and theme from its first paint', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { uiLanguage: 'en', theme: 'dark' });
    await app.page.reload();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dataset.theme === 'dark');
    // Every language and theme the root wears from the start of the next load.
    await app.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __looks: string[] }).__looks = seen;
      // Once the app has put anything on the page, what the root wears at each change.
      new MutationObserver(() => {
        const root = document.documentElement;
        if (document.getElementById('root')?.childElementCount) seen.push(`${root.lang}/${root.dir}/${root.dataset.theme ?? ''}`);
      }).observe(document, { attributes: true, childList: true, subtree: true });
    });
    await app.page.reload();
    await app.page.locator('[data-qalam="library"]').waitFor();
    const looks = await app.page.evaluate(() => (window as unknown as { __looks: string[] }).__looks);
    assert.ok(looks.length > 0, 'the root was given a language');
    assert.deepEqual(
      looks.filter((l) => l !== 'en/ltr/dark'),
      [],
      `looks worn while loading: ${looks.join(', ')}`,
    );
  } finally {
    await app.close();
  }
});

test('a library the editor hid stays hidden from the first paint of the next start', async () => {
  const app = await startApp(browser(), { viewport: { width: 1440, height: 900 } });
  try {
    await app.page.locator('[data-qalam="toggle-library"]').click();
    await app.page.locator('[data-qalam="library"]').waitFor({ state: 'hidden' });
    // What the shell wears at every change of the next load, from its first render.
    await app.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __layouts: string[] }).__layouts = seen;
      new MutationObserver(() => {
        const shell = document.querySelector<HTMLElement>('.shell');
        if (shell) seen.push(`${shell.dataset.library}/${shell.dataset.inspector}`);
      }).observe(document, { attributes: true, childList: true, subtree: true });
    });
    await app.page.reload();
    await app.page.locator('[data-qalam="new-article"]').waitFor({ state: 'attached' });
    const layouts = await app.page.evaluate(() => (window as unknown as { __layouts: string[] }).__layouts);
    assert.ok(layouts.length > 0, 'the shell was seen');
    // The library's home page has no details column (nothing to detail), so: off/off.
    assert.deepEqual([...new Set(layouts)], ['off/off'], `layouts worn while loading: ${layouts.join(', ')}`);
  } finally {
    await app.close();
  }
});
