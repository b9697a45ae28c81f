// The shell's side panels at the widths editors work at: a wide desk (1440), half a 1920
// screen beside the source material (960), half a 1366 laptop (683). The library and the
// article details are shown and hidden by the top bar, the keyboard and the menu, stay so
// across a reload, and fold by themselves where the article would be squeezed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, startApp, useBrowser, type App } from './support/app';
import { EditorPage, LibraryPage, ShellPage } from './support/pages';
import { importSampleArticle } from './support/seed';

const browser = useBrowser();

async function openSample(app: App): Promise<Article> {
  const article = await importSampleArticle(app);
  await app.page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
  await waitForArticle(app.page);
  return article;
}

async function waitForArticle(page: Page): Promise<void> {
  await page.locator('[data-qalam="body"] p').first().waitFor();
  await page.locator('[data-qalam="word-count"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
}

type Box = { x: number; y: number; width: number; height: number };

/** Where things are: the article's text column, the toolbar's rows, the panels (null
 * when not on screen), the pane, the bars. */
async function measure(page: Page) {
  // No functions declared inside: tsx would name them with a helper the page lacks.
  const parts = { library: '[data-qalam="library"]', inspector: '[data-qalam="inspector"]', pane: '[data-qalam="article"]', topbar: '.topbar', statusbar: '[data-qalam="statusbar"]', wordCount: '[data-qalam="word-count"]' };
  const found = await page.evaluate((selectors) => {
    const boxes: Record<string, Box | null> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const el = document.querySelector<HTMLElement>(selector);
      const r = el?.offsetParent ? el.getBoundingClientRect() : undefined;
      boxes[name] = r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }
    const tools = [...document.querySelectorAll('.editor-toolbar .tool')].map((b) => Math.round(b.getBoundingClientRect().top));
    return {
      boxes,
      text: document.querySelector('[data-qalam="body"] p')?.getBoundingClientRect().width ?? 0,
      toolbarRows: new Set(tools).size,
      focused: document.activeElement?.getAttribute('data-qalam') ?? null,
      focusIn: document.activeElement?.closest('.library, .inspector')?.getAttribute('data-qalam') ?? null,
    };
  }, parts);
  const b = found.boxes as Record<keyof typeof parts, Box | null>;
  return { ...found, library: b.library, inspector: b.inspector, pane: b.pane!, topbar: b.topbar!, statusbar: b.statusbar!, wordCount: b.wordCount! };
}

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const pressed = (page: Page, panel: 'library' | 'inspector') => new ShellPage(page).panelToggle(panel).getAttribute('aria-pressed');

test('on a wide screen the layout is as it was: library 17rem at the right, details 16rem at the left, a full sheet between; narrowed, the details fold', async () => {
  const app = await startApp(browser(), { viewport: { width: 1440, height: 900 } });
  try {
    await openSample(app);
    const m = await measure(app.page);
    assert.deepEqual([m.library!.width, right(m.library!)], [272, 1440]);
    assert.deepEqual([m.inspector!.x, m.inspector!.width], [0, 256]);
    assert.deepEqual([m.pane.x, m.pane.width], [256, 1440 - 272 - 256]);
    assert.equal(Math.round(m.text), 638, 'the sheet at its full 46rem');
    assert.ok(m.toolbarRows <= 2, `toolbar rows: ${m.toolbarRows}`);
    assert.equal(await pressed(app.page, 'library'), 'true');
    assert.equal(await pressed(app.page, 'inspector'), 'true');

    // Narrowed to a laptop with the keyboard in the details: they fold, and the focus
    // goes to their button rather than back to the top of the page.
    await app.page.locator('[data-qalam="inspector"] input').first().focus();
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.locator('[data-qalam="inspector"]').waitFor({ state: 'hidden' });
    assert.equal((await measure(app.page)).focused, 'toggle-inspector');
  } finally {
    await app.close();
  }
});

test('the library and the details hide and show by button, shortcut and menu, and stay so across a reload', async () => {
  const app = await startApp(browser(), { viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    await openSample(app);
    const shell = new ShellPage(page);
    const editor = new EditorPage(page);
    const library = page.locator('[data-qalam="library"]');
    const inspector = page.locator('[data-qalam="inspector"]');

    await page.getByRole('button', { name: 'المكتبة', exact: true }).click();
    await library.waitFor({ state: 'hidden' });
    assert.equal(await pressed(page, 'library'), 'false');
    // The shortcut works from inside the article, and types nothing into it.
    const before = await editor.bodyText();
    await editor.body.click();
    await page.keyboard.press('Control+Shift+D');
    await inspector.waitFor({ state: 'hidden' });
    assert.equal(await editor.bodyText(), before);
    assert.equal((await measure(page)).pane.width, 1440, 'the article has the whole width');

    await page.reload();
    await waitForArticle(page);
    assert.equal(await library.isVisible(), false, 'the library is still hidden after a reload');
    assert.equal(await inspector.isVisible(), false, 'so are the details');
    assert.equal(await pressed(page, 'inspector'), 'false');

    await page.keyboard.press('Control+Shift+L');
    await library.waitFor();
    await shell.panelToggle('inspector').click();
    await inspector.waitFor();
    // Hidden by its key with the focus in it, the details hand the focus to their button.
    await page.locator('[data-qalam="byline"], [data-qalam="inspector"] input').first().focus();
    await page.keyboard.press('Control+Shift+D');
    await inspector.waitFor({ state: 'hidden' });
    assert.equal((await measure(page)).focused, 'toggle-inspector');
    // View › Show or hide the article details, as the desktop menu sends it.
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: 'view.panel.inspector' })));
    await inspector.waitFor();

    await page.reload();
    await waitForArticle(page);
    const m = await measure(page);
    assert.ok(m.library && m.inspector, 'both shown again after a reload');
    assert.equal(m.library.width, 272);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('on half a wide screen (960×1040) the details fold away, the text keeps 560 px and the toolbar two rows; opened, the details take the library’s place', async () => {
  const app = await startApp(browser(), { viewport: { width: 960, height: 1040 } });
  const { page } = app;
  try {
    await openSample(app);
    let m = await measure(page);
    assert.ok(m.text >= 560, `text column ${m.text} px`);
    assert.ok(m.toolbarRows <= 2, `toolbar rows: ${m.toolbarRows}`);
    assert.equal(m.inspector, null, 'the details folded away');
    assert.equal(await pressed(page, 'inspector'), 'false');
    assert.ok(m.library && right(m.pane) <= m.library.x + 0.5, 'the library beside the article, not over it');
    assert.ok(right(m.wordCount) <= 960 && bottom(m.statusbar) <= 1040, 'the status bar whole on screen');

    await page.getByRole('button', { name: 'التفاصيل', exact: true }).click();
    await page.locator('[data-qalam="inspector"]').waitFor();
    m = await measure(page);
    assert.equal(m.library, null, 'the library gave the details its place');
    assert.ok(m.inspector && right(m.inspector) <= m.pane.x + 0.5, 'the details beside the article, not over it');
    assert.ok(m.text >= 560, `text column with the details open: ${m.text} px`);
    assert.ok(m.toolbarRows <= 2, `toolbar rows: ${m.toolbarRows}`);

    await page.reload();
    await waitForArticle(page);
    assert.ok((await measure(page)).inspector, 'still open after a reload');
    await new ShellPage(page).panelToggle('inspector').click();
    await page.locator('[data-qalam="library"]').waitFor();
    assert.equal((await measure(page)).inspector, null);

    // English: the same, mirrored.
    await new ShellPage(page).languageToggle.click();
    await page.getByRole('button', { name: 'Library', exact: true }).waitFor();
    m = await measure(page);
    assert.ok(m.library && m.library.x === 0 && m.library.width < m.pane.x + 0.5, 'the library at the left in English');
    assert.ok(m.text >= 560, `text column in English: ${m.text} px`);
    assert.equal(await page.getByRole('button', { name: 'Details', exact: true }).getAttribute('aria-pressed'), 'false');
  } finally {
    await app.close();
  }
});

test('on half a laptop (683×768) both panels fold; the library opened lies over the article and goes once an article is chosen; with none open it is there', async () => {
  const app = await startApp(browser(), { viewport: { width: 683, height: 768 } });
  const { page } = app;
  try {
    const other = await callApi<Article>(app, 'articles.create', { meta: { headline: 'البنك المركزي يثبّت سعر الفائدة' } });
    await openSample(app);
    let m = await measure(page);
    assert.equal(m.library, null);
    assert.equal(m.inspector, null);
    assert.ok(m.text >= 540, `text column ${m.text} px`);
    assert.ok(m.toolbarRows <= 2, `toolbar rows: ${m.toolbarRows}`);
    assert.ok(right(m.wordCount) <= 683 && bottom(m.statusbar) <= 768, 'the status bar whole on screen');
    assert.ok(right(m.topbar) <= 683 && m.topbar.height < 60, `one row of top bar: ${JSON.stringify(m.topbar)}`);

    await new ShellPage(page).panelToggle('library').click();
    await page.locator('[data-qalam="library"]').waitFor();
    m = await measure(page);
    const lib = m.library!;
    assert.ok(Math.abs(right(lib) - 683) < 1 && lib.width < 683 - 40, `over the article's right edge: ${JSON.stringify(lib)}`);
    assert.ok(lib.y >= bottom(m.topbar) - 0.5 && bottom(lib) <= m.statusbar.y + 0.5, 'between the top bar and the status bar');
    assert.equal(m.pane.width, 683, 'the article kept its width underneath');
    assert.equal(m.focusIn, 'library', 'the keyboard is taken into the library');

    await new LibraryPage(page).item(other.id).click();
    await page.waitForURL(new RegExp(`#/article/${other.id}$`));
    await page.locator('[data-qalam="library"]').waitFor({ state: 'hidden' });
    assert.equal(await pressed(page, 'library'), 'false');

    // The library's own page: nothing to make room for, so the library is in its column.
    await page.locator('.brand').click();
    await page.locator('.editor-pane.empty').waitFor();
    const library = (await measure(page)).library;
    const empty = (await page.locator('.editor-pane.empty').boundingBox())!;
    assert.ok(library && Math.abs(right(library) - 683) < 1 && right(empty) <= library.x + 0.5, 'the library beside the empty page');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
