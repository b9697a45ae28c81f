// «تنقيح النص» and context slips as an editor sees them on the article page: the tidy's
// report sits under the toolbar and hides no text; a second tidy with the same result is
// announced again (the live region is emptied, then filled); the editor's right-click
// menu tidies, the selection alone when there is one; the slip's menu opens toward the
// way the UI reads, stays inside the window, and says why in a sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RevisionSummary } from '../../electron/common/contract';
import type { Article, Block } from '../../electron/common/document/types';
import { until } from '../support/until';
import { callApi, startApp, useBrowser, type App } from './support/app';
import { shownTexts } from './support/text';
import { openNewArticle } from './support/seed';

const WIRE = [
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها نظيره الفرنسي .' }] },
  { type: 'paragraph', children: [{ text: 'وقال ان الزيارة تأتي في إطار "تعزيز التعاون" بين البلدين ،وإن التفاصيل ستعلن لاحقا ؟؟' }] },
  { type: 'paragraph', children: [{ text: 'ووصف المراقبون الخطوة بأنها مهمـــة جدًا لمستقبل العلاقات.' }] },
] as unknown as Block[];
const TIDIED_FIRST = 'أعلنت وزارة الخارجية، اليوم الأحد، أن الوزير سيزور باريس الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها نظيره الفرنسي.';
const CLEAN = [{ type: 'paragraph', children: [{ text: 'وأكد المتحدث أن الحوار مستمر، وأن الجولة المقبلة ستعقد في باريس.' }] }] as unknown as Block[];

const browser = useBrowser();

/** The article page at `size` in the UI language `lang`, holding `body`. */
async function withArticle(
  body: Block[],
  options: { lang?: 'ar' | 'en'; size?: { width: number; height: number }; colorScheme?: 'light' | 'dark' },
  run: (page: Page, app: App) => Promise<void>,
): Promise<void> {
  const app = await startApp(browser(), { viewport: options.size ?? { width: 960, height: 1040 }, colorScheme: options.colorScheme ?? 'light' });
  try {
    await openNewArticle(app, { body, ...(options.lang ? { lang: options.lang } : {}) });
    await run(app.page, app);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
}

const noticeText = (page: Page) => page.locator('[data-qalam="editor-notice"]').textContent();
const waitNotice = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-qalam="editor-notice"]')?.textContent === t, text);
/** Until the notice reports fixes (how a fix is counted is typography.ts's business). */
const waitTidied = (page: Page, prefix: string) =>
  page.waitForFunction((p) => document.querySelector('[data-qalam="editor-notice"]')?.textContent?.startsWith(p), prefix);
const menuCommand = (page: Page, command: string) =>
  page.evaluate((c) => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: c })), command);
const texts = (page: Page) => shownTexts(page.locator('[data-qalam="body"]'), 'p');

for (const [lang, size] of [
  ['ar', { width: 960, height: 1040 }],
  ['en', { width: 1366, height: 768 }],
] as const) {
  test(`${lang} ${size.width}px: the tidy's report sits under the toolbar and covers no line of the article`, async () => {
    await withArticle(WIRE, { lang, size }, async (page) => {
      await page.locator('[data-qalam="body"] p').first().click();
      await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
      await waitTidied(page, lang === 'ar' ? 'نُقّح النص: ' : 'Text tidied: ');
      const { notice, toolbar, lines } = await page.evaluate(() => {
        const [notice, toolbar, ...lines] = [
          document.querySelector('[data-qalam="editor-notice"]')!,
          document.querySelector('.editor-toolbar')!,
          ...document.querySelectorAll('[data-qalam="body"] p'),
        ].map((el) => el.getBoundingClientRect().toJSON() as { top: number; bottom: number; left: number; right: number });
        return { notice: notice!, toolbar: toolbar!, lines };
      });
      assert.ok(notice.bottom - notice.top > 10, 'the report is shown');
      assert.ok(notice.top >= toolbar.bottom - 1, 'under the toolbar');
      // In the UI's language and direction, not the Arabic article's it sits in.
      const shown = page.locator('[data-qalam="editor-notice"]');
      assert.equal(await shown.getAttribute('lang'), lang);
      assert.equal(await shown.evaluate((el) => getComputedStyle(el).direction), lang === 'ar' ? 'rtl' : 'ltr');
      for (const line of lines) {
        const overlaps = line.top < notice.bottom && notice.top < line.bottom && line.left < notice.right && notice.left < line.right;
        assert.equal(overlaps, false, `the report covers a paragraph: ${JSON.stringify({ notice, line })}`);
      }
      // The next key takes it away, and the text comes back up under the toolbar.
      await page.keyboard.press('End');
      assert.equal(await noticeText(page), '');
      const empty = await page.locator('[data-qalam="editor-notice"]').evaluate((el) => el.getBoundingClientRect().height);
      assert.equal(empty, 0);
    });
  });
}

test('tidying a clean article twice says so twice: the notice is emptied, then set again', async () => {
  await withArticle(CLEAN, {}, async (page) => {
    await page.locator('[data-qalam="body"] p').first().click();
    // Every text the notice shows, as it changes (what a screen reader is told).
    await page.evaluate(() => {
      const notice = document.querySelector('[data-qalam="editor-notice"]')!;
      const seen: string[] = [];
      (window as unknown as { noticeSeen: string[] }).noticeSeen = seen;
      new MutationObserver(() => seen.push(notice.textContent ?? '')).observe(notice, { childList: true, characterData: true, subtree: true });
    });
    const none = 'لا يحتاج النص إلى تنقيح';
    await menuCommand(page, 'tidy-text');
    await waitNotice(page, none);
    await menuCommand(page, 'tidy-text');
    await page.waitForFunction(() => (window as unknown as { noticeSeen: string[] }).noticeSeen.length >= 3);
    await waitNotice(page, none);
    const seen = await page.evaluate(() => (window as unknown as { noticeSeen: string[] }).noticeSeen);
    assert.deepEqual(seen, [none, '', none]);
  });
});

test('the right-click menu tidies the whole article, or only the selection under the pointer', async () => {
  await withArticle(WIRE, {}, async (page) => {
    const menu = page.locator('.editor-context-menu');
    // With a selection: the first paragraph alone (all its lines).
    const first = page.locator('[data-qalam="body"] p').first();
    await first.click();
    await first.evaluate((p) => window.getSelection()!.selectAllChildren(p));
    await page.waitForFunction(() => window.getSelection()?.toString().endsWith('.'));
    await first.click({ button: 'right', position: { x: 20, y: 15 } });
    const tidy = menu.locator('[data-command="tidy-text"]');
    assert.equal(await tidy.textContent(), 'تنقيح النص');
    // After the spelling fixes (none here) and Cut / Copy / Paste / Select all, before the formatting commands.
    const commands = await menu.locator('[role="menuitem"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-command')));
    assert.deepEqual(commands.slice(0, 6), ['cut', 'copy', 'paste', 'select-all', 'tidy-text', 'bold']);
    await tidy.click();
    assert.equal(await menu.count(), 0, 'the menu closes');
    await waitTidied(page, 'نُقّح النص المحدَّد: ');
    const after = await texts(page);
    assert.equal(after[0], TIDIED_FIRST);
    assert.equal(after[1], 'وقال ان الزيارة تأتي في إطار "تعزيز التعاون" بين البلدين ،وإن التفاصيل ستعلن لاحقا ؟؟');

    // Without one: the rest of the article.
    await page.locator('[data-qalam="body"] p').nth(2).click();
    await page.keyboard.press('End');
    await waitNotice(page, '');
    await page.locator('[data-qalam="body"] p').nth(2).click({ button: 'right' });
    await menu.locator('[data-command="tidy-text"]').click();
    await waitTidied(page, 'نُقّح النص: ');
    assert.deepEqual((await texts(page)).slice(1), [
      'وقال ان الزيارة تأتي في إطار «تعزيز التعاون» بين البلدين، وإن التفاصيل ستعلن لاحقا؟',
      'ووصف المراقبون الخطوة بأنها مهمة جدًا لمستقبل العلاقات.',
    ]);
  });
});

test('a tidy first keeps the article as it was as a revision, so the history shows what it changed; a clean one keeps none', async () => {
  await withArticle(WIRE, {}, async (page, app) => {
    const { id } = await callApi<{ id: string }>(app, 'articles.create', { body: CLEAN });
    const revisionsOf = (articleId: string) => callApi<RevisionSummary[]>(app, 'revisions.list', { id: articleId });
    const articleId = await page.locator('[data-qalam="article"]').getAttribute('data-id');
    const before = (await revisionsOf(articleId!)).length;
    await page.locator('[data-qalam="body"] p').first().click();
    await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
    await waitTidied(page, 'نُقّح النص: ');
    const kept = (await revisionsOf(articleId!)).filter((r) => r.kind === 'snapshot');
    assert.equal(kept.length, 1, 'one revision kept before the tidy');
    assert.ok((await revisionsOf(articleId!)).length > before);
    const old = await callApi<Article>(app, 'revisions.get', { id: articleId, revision: kept[0]!.id });
    assert.deepEqual(old.body, WIRE, 'the kept revision is the text as it was');
    // And the tidied text is what gets saved after it.
    await until('the tidy saved', async () => JSON.stringify((await callApi<Article>(app, 'articles.get', { id: articleId })).body[0]).includes(TIDIED_FIRST));

    // A clean article: nothing to tidy, nothing kept.
    await page.goto(`${new URL(app.url).origin}/#/article/${id}`);
    await page.locator('[data-qalam="body"] p').first().click();
    const cleanBefore = await revisionsOf(id);
    await page.locator('.editor-toolbar [data-command="tidy-text"]').click();
    await waitNotice(page, 'لا يحتاج النص إلى تنقيح');
    assert.deepEqual(await revisionsOf(id), cleanBefore);
  });
});

test('in a low window the right-click menu fits inside it and scrolls to its last item', async () => {
  await withArticle(WIRE, { size: { width: 1366, height: 420 } }, async (page) => {
    await page.locator('[data-qalam="body"] p').nth(1).click({ button: 'right' });
    const menu = page.locator('.editor-context-menu');
    await menu.waitFor();
    const box = await menu.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrolls: el.scrollHeight > el.clientHeight };
    });
    assert.ok(box.top >= 0 && box.bottom <= 420, `the menu within the window: ${JSON.stringify(box)}`);
    assert.ok(box.scrolls, 'taller than the window, so it scrolls');
    // The arrows reach the last item, and it is brought into view.
    await page.keyboard.press('ArrowUp');
    const last = menu.locator('[role="menuitem"]').last();
    assert.equal(await last.evaluate((el) => el === document.activeElement), true);
    const lastBox = await last.evaluate((el) => el.getBoundingClientRect().bottom);
    assert.ok(lastBox <= 420, `the last item is in view (${lastBox})`);
  });
});

for (const [lang, why] of [
  ['ar', 'بعد «وقال» تُكتب:'],
  ['en', 'After “وقال”, write:'],
] as const) {
  test(`${lang}: the slip's menu opens toward the way the UI reads, inside the window, saying why in a sentence`, async () => {
    await withArticle(WIRE, { lang }, async (page) => {
      const slip = page.locator('[data-qalam="body"] [data-spelling="context"]').first();
      await slip.waitFor();
      const word = (await slip.boundingBox())!;
      const x = word.x + word.width / 2;
      await page.mouse.click(x, word.y + word.height / 2, { button: 'right' });
      const menu = page.locator('.editor-context-menu');
      const fix = menu.locator('[data-suggestion="إن"]');
      await fix.waitFor();
      assert.equal(await menu.locator('.spelling-why').textContent(), why);
      assert.equal(await fix.getAttribute('aria-describedby'), await menu.locator('.spelling-why').getAttribute('id'));
      const box = (await menu.boundingBox())!;
      const view = page.viewportSize()!;
      assert.ok(box.x >= 0 && box.x + box.width <= view.width, `inside the window: ${JSON.stringify(box)}`);
      // In Arabic the menu grows leftward from the pointer; in English it would grow
      // rightward, but the slip is near the window's right edge: it opens leftward too,
      // rather than running off the window or moving back in over the word.
      assert.ok(Math.abs(box.x + box.width - x) <= 1, `its right edge at the pointer: ${box.x + box.width} vs ${x}`);
      const fixBox = (await fix.boundingBox())!;
      assert.ok(fixBox.x >= 0 && fixBox.x + fixBox.width <= view.width, 'the correction can be seen');
      // «إن» lines up with the items under it: at their start, in English the left.
      const fixWord = (await fix.locator('bdi').boundingBox())!;
      const ignoreWord = (await menu.locator('[data-command="spelling-ignore"]').boundingBox())!;
      if (lang === 'en') assert.ok(fixWord.x - fixBox.x < fixBox.width / 2, 'at the left, as the menu reads');
      else assert.ok(fixBox.x + fixBox.width - (fixWord.x + fixWord.width) < fixBox.width / 2, 'at the right, as the menu reads');
      assert.equal(Math.round(fixBox.x), Math.round(ignoreWord.x));
    });
  });
}

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the slip's double underline stands out from the sheet (3:1 and more)`, async () => {
    await withArticle(WIRE, { colorScheme }, async (page) => {
      const slip = page.locator('[data-qalam="body"] [data-spelling="context"]').first();
      await slip.waitFor();
      const { line, sheet } = await slip.evaluate((el) => {
        let under: Element | null = el;
        while (under && getComputedStyle(under).backgroundColor.replace(/\s/g, '').match(/^(transparent|rgba\(0,0,0,0\))$/)) under = under.parentElement;
        return { line: getComputedStyle(el).textDecorationColor, sheet: getComputedStyle(under ?? document.body).backgroundColor };
      });
      const ratio = contrast(line, sheet);
      assert.ok(ratio >= 3, `${line} on ${sheet}: ${ratio.toFixed(2)}:1`);
    });
  });
}
