// The main pane with no article open: on an empty library a welcome with the two ways in
// (a new article, a file to import) and a drop line, in Arabic or English; once the
// library holds articles, the short sentence and the same two buttons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ArticleSummary } from '../../electron/common/contract';
import { callApi, startApp, useBrowser } from './support/app';

const browser = useBrowser();
const welcome = '[data-qalam="welcome"]';

/** The welcome's heading, sentence, buttons and hints as a reader meets them. */
async function welcomeWords(page: Page) {
  const pane = page.getByRole('main');
  await pane.locator('[data-qalam="welcome-title"]').waitFor();
  return {
    heading: await pane.getByRole('heading', { level: 2 }).innerText(),
    buttons: await pane.getByRole('button').allInnerTexts(),
    hints: (await pane.locator('.welcome-hint').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim()),
    drop: await pane.locator('[data-qalam="welcome-drop"]').innerText(),
  };
}

test('a fresh app greets in Arabic with both ways in; «مقال جديد» opens a new article with the caret in its headline', async () => {
  const app = await startApp(browser());
  try {
    const { page } = app;
    const words = await welcomeWords(page);
    assert.equal(words.heading, 'مرحبًا بك في قلم');
    assert.deepEqual(words.buttons, ['مقال جديد', 'فتح ملف واستيراده…']);
    assert.deepEqual(words.hints, ['Ctrl+N', '.docx و.txt و.html · Ctrl+O']);
    assert.match(words.drop, /اسحب ملفًا/);
    assert.equal(await page.locator(welcome).getAttribute('dir'), null, 'the pane takes the page’s direction');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');

    await page.getByRole('button', { name: 'مقال جديد', exact: true }).and(page.locator('[data-qalam="welcome-new"]')).click();
    await page.waitForURL(/#\/article\//);
    await page.locator('[data-qalam="headline"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-qalam') === 'headline');
    await page.keyboard.type('عنوان من الترحيب');
    assert.equal(await page.locator('[data-qalam="headline"]').inputValue(), 'عنوان من الترحيب');
    const list = await callApi<ArticleSummary[]>(app, 'articles.list', {});
    assert.equal(list.length, 1, 'one article made, as the library’s button makes one');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('«فتح ملف واستيراده…» opens the library’s picker, and a file dropped on the pane is imported and opened', async () => {
  const app = await startApp(browser());
  try {
    const { page } = app;
    await page.locator('[data-qalam="welcome-title"]').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-qalam="welcome-open"]').click()]);
    assert.equal(chooser.isMultiple(), true);
    await chooser.setFiles({ name: 'خبر.txt', mimeType: 'text/plain', buffer: Buffer.from('خبر من ملف نصي\n\nفقرة الخبر الأولى.') });
    await page.waitForURL(/#\/article\//);
    await page.locator('[data-qalam="headline"]').filter({ hasText: '' }).waitFor();
    assert.equal(await page.locator('[data-qalam="headline"]').inputValue(), 'خبر من ملف نصي');

    // Back to no article open, then a drop on the main pane (the library has one now).
    await page.locator('.brand').click();
    await page.locator(`${welcome} [data-qalam="choose-article"]`).waitFor();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['بيان صحفي\n\nنص البيان.'], 'بيان.txt', { type: 'text/plain' }));
      const pane = document.querySelector('[data-qalam="welcome"]')!;
      pane.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      pane.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForURL(/#\/article\//);
    await page.locator('[data-qalam="headline"]').filter({ hasText: '' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-qalam="headline"]') as HTMLInputElement | null)?.value === 'بيان صحفي');
    assert.equal((await callApi<ArticleSummary[]>(app, 'articles.list', {})).length, 2);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('in the English UI the welcome is in English, left to right', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await app.page.reload();
    // The page paints in the look it last had; the settings arrive a moment later.
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    const words = await welcomeWords(app.page);
    assert.equal(words.heading, 'Welcome to Qalam');
    assert.deepEqual(words.buttons, ['New article', 'Open / import file…']);
    assert.deepEqual(words.hints, ['Ctrl+N', '.docx, .txt, .html · Ctrl+O']);
    assert.match(words.drop, /drag a file here/);
    assert.equal(await app.page.evaluate(() => document.documentElement.dir), 'ltr');
  } finally {
    await app.close();
  }
});

test('with articles in the library there is no welcome: the short sentence and the two buttons', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'articles.create', { meta: { headline: 'البنك المركزي يثبّت سعر الفائدة' } });
    await app.page.reload();
    await app.page.locator('[data-qalam="library-item"]').waitFor();
    const pane = app.page.locator(welcome);
    await pane.locator('[data-qalam="choose-article"]').waitFor();
    assert.equal(await pane.locator('[data-qalam="choose-article"]').innerText(), 'اختر مقالًا من المكتبة أو أنشئ مقالًا جديدًا.');
    assert.equal(await pane.locator('[data-qalam="welcome-title"]').count(), 0);
    assert.equal(await pane.locator('[data-qalam="welcome-drop"]').count(), 0);
    assert.deepEqual(await pane.getByRole('button').allInnerTexts(), ['مقال جديد', 'فتح ملف واستيراده…']);
  } finally {
    await app.close();
  }
});
