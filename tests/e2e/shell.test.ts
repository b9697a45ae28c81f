import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp } from './support/app';
import { EditorPage, LibraryPage, ShellPage } from './support/pages';

describe('the app shell', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('opens in Arabic, right to left, library on the right, with the bundled fonts and nothing from the network', async () => {
    const app = await startApp(browser);
    const foreign: string[] = [];
    app.page.on('request', (r) => {
      if (!r.url().startsWith(new URL(app.url).origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    try {
      const shell = new ShellPage(app.page);
      const library = new LibraryPage(app.page);
      await library.newArticleButton.waitFor();
      assert.deepEqual(await shell.htmlAttributes(), { lang: 'ar', dir: 'rtl', theme: 'light' });
      assert.equal(await library.newArticleButton.innerText(), 'مقال جديد');
      assert.doesNotMatch(app.page.url(), /token=/, 'the token leaves the address bar');

      await library.newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.headline, 'صدام حفتر في باريس');
      const libraryBox = (await app.page.locator('[data-qalam="library"]').boundingBox())!;
      const inspectorBox = (await app.page.locator('[data-qalam="inspector"]').boundingBox())!;
      assert.ok(libraryBox.x > inspectorBox.x, 'library at the right edge, inspector at the left');

      const fonts = await shell.loadedFonts();
      for (const face of ['Amiri 400', 'Amiri 700', 'Noto Naskh Arabic 400']) assert.ok(fonts.includes(face), `${face} in ${fonts.join(', ')}`);
      const headlineFont = await editor.headline.evaluate((el) => getComputedStyle(el).fontFamily);
      assert.match(headlineFont, /^"?Amiri"?/);
      assert.deepEqual(foreign, []);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });

  test('scrolled, the toolbar sits flush with the top of the pane, with no line of the article showing above it', async () => {
    const app = await startApp(browser);
    try {
      const line = 'وأكد المتحدث باسم الحكومة أن المباحثات تناولت ملفات الأمن والطاقة وإعادة الإعمار.';
      const body = Array.from({ length: 60 }, () => ({ type: 'paragraph', children: [{ text: line }] }));
      const article = await callApi<Article>(app, 'articles.create', { meta: { headline: 'تقرير طويل' }, body });
      await app.page.goto(`${app.url}#/article/${article.id}`);
      await app.page.locator('[data-qalam="body"] p').first().waitFor();
      const pane = app.page.locator('[data-qalam="article"]');
      await pane.evaluate((el) => el.scrollBy(0, 1500));
      const [paneBox, toolbarBox] = await Promise.all([pane.boundingBox(), app.page.locator('.editor-chrome').boundingBox()]);
      assert.ok(Math.abs(toolbarBox!.y - paneBox!.y) < 1, JSON.stringify({ paneBox, toolbarBox }));
    } finally {
      await app.close();
    }
  });

  test('switches the interface to English (left to right) and keeps the article right to left, across a reload', async () => {
    const app = await startApp(browser);
    try {
      const shell = new ShellPage(app.page);
      const library = new LibraryPage(app.page);
      await library.newArticle();
      await shell.languageToggle.click();
      await app.page.locator('[data-qalam="new-article"]', { hasText: 'New article' }).waitFor();
      assert.deepEqual(await shell.htmlAttributes(), { lang: 'en', dir: 'ltr', theme: 'light' });
      const articleDir = await app.page.locator('[data-qalam="article"] .article').evaluate((el) => getComputedStyle(el).direction);
      assert.equal(articleDir, 'rtl');
      const libraryBox = (await app.page.locator('[data-qalam="library"]').boundingBox())!;
      const inspectorBox = (await app.page.locator('[data-qalam="inspector"]').boundingBox())!;
      assert.ok(libraryBox.x < inspectorBox.x, 'the English layout is mirrored');

      await app.page.reload();
      await app.page.locator('[data-qalam="new-article"]', { hasText: 'New article' }).waitFor();
      await shell.languageToggle.click();
      await app.page.locator('[data-qalam="new-article"]', { hasText: 'مقال جديد' }).waitFor();
      assert.equal((await shell.htmlAttributes()).dir, 'rtl');
    } finally {
      await app.close();
    }
  });

  test('follows a dark system theme, and the toggle switches it', async () => {
    const app = await startApp(browser, { colorScheme: 'dark' });
    try {
      const shell = new ShellPage(app.page);
      await new LibraryPage(app.page).newArticleButton.waitFor();
      assert.equal((await shell.htmlAttributes()).theme, 'dark');
      const darkBg = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await shell.themeToggle.click();
      await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      const lightBg = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
      assert.ok(luminance(darkBg) < 150 && luminance(lightBg) > 600, `${darkBg} then ${lightBg}`);
    } finally {
      await app.close();
    }
  });

  test('the library lists articles newest first and a click opens one; #/ goes back', async () => {
    const app = await startApp(browser);
    try {
      const first = await callApi<Article>(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة' } });
      // Distinct update times, so "newest first" has one right answer.
      await new Promise((r) => setTimeout(r, 20));
      const second = await callApi<Article>(app, 'articles.create', { meta: { headline: 'حفتر في باريس', status: 'ready' } });
      await app.page.reload();
      const library = new LibraryPage(app.page);
      await library.item(first.id).waitFor();
      assert.deepEqual(await library.headlines(), ['حفتر في باريس', 'البنك المركزي يثبّت سعر الفائدة']);
      assert.match(await library.item(second.id).innerText(), /جاهز/);
      const editor = await library.open(first.id);
      assert.equal(await editor.headline.inputValue(), 'البنك المركزي يثبّت سعر الفائدة');
      assert.equal(await library.item(first.id).getAttribute('aria-current'), 'page');
      await app.page.locator('.brand').click();
      await app.page.locator('.editor-pane.empty').waitFor();
      assert.match(app.page.url(), /#\/$/);
    } finally {
      await app.close();
    }
  });

  test('a deep link opens that article; an unknown one says so in Arabic', async () => {
    const app = await startApp(browser);
    try {
      const created = await callApi<Article>(app, 'articles.create', { meta: { kicker: 'تحركات عسكرية', headline: 'مباحثات في الإليزيه' } });
      await app.page.goto(`${new URL(app.url).origin}/#/article/${created.id}`);
      const editor = new EditorPage(app.page);
      await editor.headline.waitFor();
      assert.equal(await editor.headline.inputValue(), 'مباحثات في الإليزيه');
      assert.equal(await editor.kicker.inputValue(), 'تحركات عسكرية');
      await app.page.goto(`${new URL(app.url).origin}/#/article/01ARZ3NDEKTSV4RRFFQ69G5FAV`);
      const message = await app.page.locator('[data-qalam="open-error"]').innerText();
      assert.match(message, /لم يُعثر على المقال/);
    } finally {
      await app.close();
    }
  });

  test('creates an article and takes Arabic and mixed Arabic/Latin/digit typing in kicker, headline, standfirst and body', async () => {
    const app = await startApp(browser);
    try {
      const library = new LibraryPage(app.page);
      const id = await library.newArticle();
      const editor = new EditorPage(app.page);
      await editor.typeInto(editor.kicker, 'تحركات عسكرية..');
      await editor.typeInto(editor.headline, 'صدام حفتر يلتقي Emmanuel Macron في 2025');
      await editor.typeInto(editor.standfirst, 'زيارة تستغرق 3 أيام، وتشمل ملف الأمن (NATO).');
      await editor.typeInBody('قال المتحدث إن 12 اتفاقية وُقّعت؛ منها اتفاق G5 للتدريب.');
      assert.equal(await editor.kicker.inputValue(), 'تحركات عسكرية..');
      assert.equal(await editor.headline.inputValue(), 'صدام حفتر يلتقي Emmanuel Macron في 2025');
      assert.equal(await editor.standfirst.inputValue(), 'زيارة تستغرق 3 أيام، وتشمل ملف الأمن (NATO).');
      assert.equal((await editor.bodyText()).trim(), 'قال المتحدث إن 12 اتفاقية وُقّعت؛ منها اتفاق G5 للتدريب.');
      // The library follows the headline as it is typed.
      assert.equal(await library.item(id).locator('.headline').innerText(), 'صدام حفتر يلتقي Emmanuel Macron في 2025');
      // Counts in Arabic-Indic digits, with the noun agreeing with the number.
      await app.page.locator('[data-qalam="word-count"]', { hasText: /^[٠-٩]+ كلمة$/ }).waitFor();
      await editor.waitSaved();
      const stored = await callApi<Article>(app, 'articles.get', { id });
      assert.equal(stored.meta.headline, 'صدام حفتر يلتقي Emmanuel Macron في 2025');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
});
