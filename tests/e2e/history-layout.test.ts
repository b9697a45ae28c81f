// The history page at the widths editors compare revisions at: on half a 1920 screen
// (960×1040, the library beside it) the revision list goes above the diff, so the diff is
// read at the page's width instead of a 340 px strip; the list scrolls inside a few
// revisions high and folds away under its own button (remembered); on a wide desk (1440)
// the list stands beside the diff as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../electron/common/document/types';
import { callApi, q, startApp, useBrowser, type App } from './support/app';
import { go, tabTo } from './library-support';
import { importSampleArticle } from './support/seed';

const browser = useBrowser();

const HEADLINES = [
  'صدام حفتر يجري مباحثات مع مسؤولين فرنسيين',
  'صدام حفتر يلتقي مسؤولين فرنسيين في قصر الإليزيه',
  'مباحثات ليبية فرنسية في قصر الإليزيه',
  'حفتر في باريس: مباحثات أمنية وعسكرية',
  'باريس تستقبل صدام حفتر لبحث التعاون العسكري',
  'صدام حفتر يبحث في باريس التعاون الأمني',
];

/** The sample article, then a snapshot for each headline, twice over: thirteen revisions,
 * a morning's work on a breaking story. */
async function sampleWithRevisions(app: App): Promise<Article> {
  const article = await importSampleArticle(app);
  for (const headline of [...HEADLINES, ...HEADLINES.map((h) => `${h} (محدّث)`)]) {
    await callApi(app, 'articles.save', { id: article.id, meta: { headline }, reason: 'snapshot' });
  }
  return article;
}

async function openHistory(app: App, id: string): Promise<void> {
  await go(app, `#/article/${id}/history`);
  await app.page.locator(q('diff-added')).first().waitFor();
  await app.page.evaluate(() => document.fonts.ready);
}

type Box = { x: number; y: number; width: number; height: number };

/** The list, the comparison bar, the diff and the page they share (null: not shown). */
async function measure(page: Page) {
  const parts = { list: q('revisions'), compare: '.compare-bar', diff: q('diff'), pane: q('history'), fold: q('fold-revisions') };
  const found = await page.evaluate((selectors) => {
    const boxes: Record<string, Box | null> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const el = document.querySelector<HTMLElement>(selector);
      const r = el && el.getClientRects().length > 0 ? el.getBoundingClientRect() : undefined;
      boxes[name] = r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }
    const pane = document.querySelector<HTMLElement>(selectors.pane)!;
    const list = document.querySelector<HTMLElement>(selectors.list)!;
    return { boxes, paneOverflows: pane.scrollWidth > pane.clientWidth, listScrolls: list.scrollHeight > list.clientHeight };
  }, parts);
  return { ...(found.boxes as Record<keyof typeof parts, Box | null>), paneOverflows: found.paneOverflows, listScrolls: found.listScrolls };
}

const bottom = (b: Box) => b.y + b.height;
const right = (b: Box) => b.x + b.width;

test('on half a wide screen (960×1040) the diff has the page’s width, the list above it scrolls a few revisions high and folds away by keyboard, remembered', async () => {
  const app = await startApp(browser(), { viewport: { width: 960, height: 1040 } });
  const { page } = app;
  try {
    const article = await sampleWithRevisions(app);
    await openHistory(app, article.id);
    let m = await measure(page);
    const list = m.list!;
    const diff = m.diff!;
    assert.ok(diff.width >= 520, `diff column ${diff.width} px`);
    assert.ok(Math.abs(list.width - diff.width) < 1, 'the list as wide as the diff, above it');
    assert.ok(bottom(list) <= m.compare!.y && bottom(m.compare!) <= diff.y, 'list, then the comparison, then the diff: nothing overlaps');
    assert.ok(list.height <= 0.34 * 1040 + 1 && m.listScrolls, `thirteen revisions scroll inside the list (${list.height} px high)`);
    assert.equal(m.paneOverflows, false, 'nothing runs out of the page sideways');

    // Every revision a Tab away: from the fold button into the list, and the list scrolls
    // to the last one.
    const fold = page.locator(q('fold-revisions'));
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    assert.ok(await tabTo(page, q('fold-revisions')), 'the fold button is in the Tab order');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-qalam')), 'open-revision');
    assert.ok(await tabTo(page, `${q('revision')}:last-child ${q('restore-revision')}`, 40), 'the oldest revision’s Restore reached by Tab');
    const last = (await page.locator(`${q('revision')}:last-child`).boundingBox())!;
    assert.ok(last.y >= list.y - 0.5 && bottom(last) <= bottom(list) + 0.5, 'the list scrolled to the focused revision');

    // Folded with the keyboard: the diff moves up to just under the list's button.
    await fold.focus();
    await page.keyboard.press('Enter');
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    m = await measure(page);
    assert.equal(m.list, null, 'the list folded away');
    assert.ok(m.diff!.y < diff.y - list.height + 1, 'the diff moved up by the list’s height');

    await page.reload();
    await page.locator(q('diff-added')).first().waitFor();
    assert.equal(await fold.getAttribute('aria-expanded'), 'false', 'still folded after a reload');
    assert.equal((await measure(page)).list, null);

    // English: the same, mirrored; the diff keeps its width.
    await page.locator(q('toggle-language')).click();
    await page.getByRole('button', { name: /^Revision list \(13\)$/ }).click();
    m = await measure(page);
    assert.ok(m.list && m.diff!.width >= 520 && bottom(m.list) <= m.compare!.y, 'unfolded again in English, above the diff');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('on a wide desk (1440) the list stands beside the diff as before, whatever was folded on a narrow window', async () => {
  const app = await startApp(browser(), { viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    const article = await sampleWithRevisions(app);
    await page.evaluate(() => localStorage.setItem('qalam.history.folded', 'true'));
    await openHistory(app, article.id);
    const m = await measure(page);
    // The pane: 1440 − the library's 272 px, less 1.5rem each side; the list 19rem at its
    // right (Arabic), 1.5rem, then the diff.
    assert.equal(m.fold, null, 'no fold button beside the diff');
    assert.equal(m.list!.width, 304);
    assert.equal(Math.round(right(m.list!)), 1440 - 272 - 24);
    assert.equal(Math.round(m.diff!.width), 1168 - 48 - 304 - 24);
    assert.ok(right(m.diff!) <= m.list!.x - 23.5, 'the diff beside the list, not under it');
    assert.equal(m.listScrolls, false, 'the whole list shown, the page scrolls');
    assert.equal(m.paneOverflows, false);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
