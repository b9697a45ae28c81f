// The library: the list and what each row says, sort and filters, search as you type
// with marks and keyboard, new/duplicate/trash/restore/empty trash, and opening files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import type { ArticleSummary, Handlers } from '../../electron/common/contract';
import { callApi, startApp, useBrowser } from './support/app';
import { createArticle, go, tabTo, unnamedControls } from './library-support';

const browser = useBrowser();

const item = '[data-qalam="library-item"]';

test('each row shows kicker, headline, status, section, byline, words and the last change in Arabic', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة', status: 'editing', section: 'اقتصاد', byline: 'سامر الخطيب' }, 'قرر البنك المركزي اليوم تثبيت سعر الفائدة للمرة الثالثة على التوالي.');
    // Five minutes and a little later in the page's clock.
    await app.page.clock.setFixedTime(new Date(Date.now() + 5 * 60_000 + 20_000));
    await go(app, '#/');
    const row = app.page.locator(item).first();
    await row.waitFor();
    assert.equal(await row.locator('.kicker').innerText(), 'اقتصاد');
    assert.equal(await row.locator('.headline').innerText(), 'البنك المركزي يثبّت سعر الفائدة');
    assert.equal(await row.locator('[data-qalam="item-status"]').innerText(), 'قيد التحرير');
    assert.equal(await row.locator('[data-qalam="item-section"]').innerText(), 'اقتصاد');
    assert.equal(await row.locator('[data-qalam="item-byline"]').innerText(), 'سامر الخطيب');
    // Kicker, headline and body, as the status bar counts them: 1 + 5 + 11.
    assert.equal(await row.locator('[data-qalam="item-words"]').innerText(), '١٧ كلمة');
    assert.equal(await row.locator('[data-qalam="item-changed"]').innerText(), 'قبل ٥ دقائق');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a row whose facts wrap starts each line with a fact, not with a separator dot', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { headline: 'صدام حفتر يجري مباحثات في الإليزيه', status: 'editing', section: 'دولي', byline: 'فاطمة الزهراء', deadline: new Date(Date.now() + 3 * 3600_000).toISOString() }, 'نص قصير عن المباحثات.');
    await go(app, '#/');
    await app.page.locator(item).first().waitFor();
    // Each fact hangs its dot before it (to the right); which dots are inside the row's
    // box (seen) and which are past its start edge (clipped), line by line.
    const lines = await app.page.locator(`${item} .item-meta`).first().evaluate((meta) => {
      const box = meta.getBoundingClientRect();
      const clipped = getComputedStyle(meta).overflowX === 'clip';
      const out: string[][] = [];
      let top = -1;
      for (const fact of meta.children) {
        const r = fact.getBoundingClientRect();
        const before = getComputedStyle(fact, '::before');
        const dot = before.content === 'none' || before.content === 'normal' ? undefined : parseFloat(before.width) || 0;
        if (Math.abs(r.top - top) > 2) out.push([]);
        top = r.top;
        const seen = dot !== undefined && (!clipped || r.right + dot / 2 <= box.right);
        out[out.length - 1]!.push(seen ? `· ${fact.textContent}` : `${fact.textContent}`);
      }
      return out.map((line) => line.join(' '));
    });
    assert.ok(lines.length > 1, `the facts wrap in the library's width: ${JSON.stringify(lines)}`);
    for (const line of lines) assert.doesNotMatch(line, /^·/, `a line starts with a dot: ${JSON.stringify(lines)}`);
    assert.match(lines.join(' | '), / · /, 'facts on one line are still separated');
  } finally {
    await app.close();
  }
});

test('sort by headline or deadline; filter by status, section and tag', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { headline: 'ياسمين الشام', status: 'draft', section: 'ثقافة', tags: ['دمشق'], deadline: '2026-12-03T10:00:00.000Z' });
    await createArticle(app, { headline: 'أسواق النفط', status: 'ready', section: 'اقتصاد', tags: ['طاقة'], deadline: '2026-12-01T10:00:00.000Z' });
    await createArticle(app, { headline: 'بطولة الدوري', status: 'ready', section: 'رياضة', tags: ['طاقة', 'كرة'] });
    await go(app, '#/');
    const headlines = () => app.page.locator(`${item} .headline`).allInnerTexts();
    await app.page.locator(item).nth(2).waitFor();
    assert.deepEqual(await headlines(), ['بطولة الدوري', 'أسواق النفط', 'ياسمين الشام'], 'newest change first');
    await app.page.locator('[data-qalam="sort"]').selectOption('headline');
    await app.page.waitForFunction(() => document.querySelector('[data-qalam="library-item"] .headline')?.textContent === 'أسواق النفط');
    assert.deepEqual(await headlines(), ['أسواق النفط', 'بطولة الدوري', 'ياسمين الشام']);
    await app.page.locator('[data-qalam="sort"]').selectOption('deadline');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-qalam="library-item"] .headline')[1]?.textContent === 'ياسمين الشام');
    assert.deepEqual(await headlines(), ['أسواق النفط', 'ياسمين الشام', 'بطولة الدوري'], 'nearest deadline first, none last');

    const count = async (n: number) => {
      await app.page.waitForFunction((k) => document.querySelectorAll('[data-qalam="library-item"]').length === k, n);
      return headlines();
    };
    await app.page.locator('[data-qalam="filter-status"]').selectOption('ready');
    assert.deepEqual((await count(2)).sort(), ['أسواق النفط', 'بطولة الدوري'].sort());
    await app.page.locator('[data-qalam="filter-section"]').selectOption('رياضة');
    assert.deepEqual(await count(1), ['بطولة الدوري']);
    await app.page.locator('[data-qalam="filter-status"]').selectOption('');
    await app.page.locator('[data-qalam="filter-section"]').selectOption('');
    await app.page.locator('[data-qalam="filter-tag"]').selectOption('طاقة');
    assert.deepEqual((await count(2)).sort(), ['أسواق النفط', 'بطولة الدوري'].sort());
  } finally {
    await app.close();
  }
});

test('search as you type: Arabic-normalized matches marked, arrows and Enter open, Escape clears', async () => {
  const app = await startApp(browser());
  try {
    const hit = await createArticle(app, { headline: 'زيارة رسمية' }, 'استقبل الرئيسُ الوفدَ في القصر الجمهوري صباح اليوم.');
    await createArticle(app, { headline: 'خبر آخر' }, 'لا شيء هنا عن ذلك.');
    const inHeadline = await createArticle(app, { headline: 'الرئيسُ يستقبل الوفد' }, 'بلا تفاصيل.');
    await go(app, '#/');
    const search = app.page.locator('[data-qalam="search"]');
    assert.equal(await search.getAttribute('type'), 'search');
    assert.equal(await search.getAttribute('aria-label'), 'البحث في المكتبة');
    await search.click();
    // Typed letter by letter, without the tashkeel the text has.
    await app.page.keyboard.type('الرئيس');
    const hits = app.page.locator('[data-qalam="search-hit"]');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-qalam="search-hit"]').length === 2);
    // The headline match ranks first, its word marked in the headline.
    assert.equal(await hits.first().getAttribute('data-id'), inHeadline.id);
    assert.deepEqual(await hits.first().locator('[data-qalam="hit-headline"] mark').allInnerTexts(), ['الرئيسُ']);
    assert.equal(await hits.nth(1).getAttribute('data-id'), hit.id);
    assert.deepEqual(await hits.nth(1).locator('[data-qalam="snippet"] mark').allInnerTexts(), ['الرئيسُ']);
    // The snippet is text: no element other than <mark> came from the article.
    assert.deepEqual(await hits.nth(1).locator('[data-qalam="snippet"] *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))].sort()), ['MARK']);
    assert.match(await hits.nth(1).locator('[data-qalam="snippet"]').innerText(), /استقبل الرئيسُ الوفدَ في القصر/);
    assert.equal(await app.page.locator('[data-qalam="search-count"]').innerText(), 'النتائج: ٢');

    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('data-id')), hit.id);
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(new RegExp(`#/article/${hit.id}$`));

    await search.click();
    await app.page.keyboard.press('Escape');
    assert.equal(await search.inputValue(), '');
    await app.page.locator(item).first().waitFor();
    await search.fill('كلمةغيرموجودة');
    // Nothing found says so, with the words searched for and what to try, not "النتائج: ٠".
    await app.page.waitForFunction(() => document.querySelector('[data-qalam="search-count"]')?.textContent === 'لا مقال فيه «كلمةغيرموجودة». جرّب كلمة أخرى أو كلمات أقلّ.');
  } finally {
    await app.close();
  }
});

test('a slow answer to an earlier query never replaces the answer to the latest one', async () => {
  const asked: string[] = [];
  const app = await startApp(browser(), {
    wrapHandlers: (h: Handlers) => ({
      ...h,
      'articles.search': async (r) => {
        asked.push(r.query);
        // The first query's answer comes late, after the editor has typed on.
        if (r.query === 'قمة') await new Promise((resolve) => setTimeout(resolve, 800));
        return h['articles.search'](r);
      },
    }),
  });
  try {
    await createArticle(app, { headline: 'قمة الرياض' }, 'انعقدت قمة الرياض اليوم.');
    const lebanon = await createArticle(app, { headline: 'قمة لبنان' }, 'قمة بيروت الاقتصادية.');
    await go(app, '#/');
    const search = app.page.locator('[data-qalam="search"]');
    await search.fill('قمة');
    for (const typed of ['قمة ب', 'قمة بي', 'قمة بير', 'قمة بيروت']) await search.fill(typed);
    const count = app.page.locator('[data-qalam="search-count"][data-query="قمة بيروت"]');
    await count.waitFor();
    // Wait past the slow answer: the list still shows the newest query's hits.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await count.count(), 1);
    assert.deepEqual(await app.page.locator('[data-qalam="search-hit"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), [lebanon.id]);
    // Keystrokes made while a search was in flight were coalesced into one request.
    assert.deepEqual(asked, ['قمة', 'قمة بيروت']);
  } finally {
    await app.close();
  }
});

test('new, duplicate, move to trash, restore, and empty the trash after confirming', async () => {
  const app = await startApp(browser());
  try {
    const a = await createArticle(app, { headline: 'مقال للنسخ' });
    await go(app, '#/');
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor();
    // «تكرار»: «نسخ» is Copy in the Edit menu and the context menu, not a second article.
    const duplicate = app.page.getByRole('button', { name: 'تكرار «مقال للنسخ»' });
    assert.equal(await duplicate.innerText(), 'تكرار');
    await duplicate.click();
    await app.page.waitForURL(/#\/article\//);
    await app.page.locator(`${item} .headline`, { hasText: 'مقال للنسخ (نسخة)' }).waitFor();

    await app.page.getByRole('button', { name: 'حذف «مقال للنسخ» (نقل إلى المهملات)' }).click();
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor({ state: 'detached' });
    await app.page.locator('[data-qalam="show-trash"]').click();
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor();
    await app.page.getByRole('button', { name: 'استعادة «مقال للنسخ» من المهملات' }).click();
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor({ state: 'detached' });
    const back = await callApi<ArticleSummary[]>(app, 'articles.list', {});
    assert.ok(back.some((s) => s.id === a.id), 'restored to the library');

    await callApi(app, 'articles.trash', { id: a.id });
    await app.page.locator('[data-qalam="show-trash"]').click();
    await app.page.locator('[data-qalam="show-trash"]').click();
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor();
    await app.page.locator('[data-qalam="empty-trash"]').click();
    // Asked first, with focus on the safe answer; cancelling keeps the trash.
    assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('data-qalam')), 'empty-trash-cancel');
    await app.page.keyboard.press('Enter');
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor();
    await app.page.locator('[data-qalam="empty-trash"]').click();
    await app.page.locator('[data-qalam="empty-trash-yes"]').click();
    await app.page.locator(`${item}[data-id="${a.id}"]`).waitFor({ state: 'detached' });
    assert.deepEqual(await callApi<ArticleSummary[]>(app, 'articles.list', { trashed: true }), []);

    await app.page.locator('[data-qalam="show-trash"]').click();
    await app.page.locator('[data-qalam="new-article"]').click();
    await app.page.locator('[data-qalam="headline"]').waitFor();
  } finally {
    await app.close();
  }
});

test('open a .docx by the picker and a .txt by dropping it on the library; a bad file says why in Arabic', async () => {
  const app = await startApp(browser());
  try {
    await go(app, '#/');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('عنوان من وورد'), new Paragraph('فقرة أولى من ملف وورد.')] }] }));
    await app.page.locator('[data-qalam="file-input"]').setInputFiles({ name: 'تقرير.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await app.page.waitForURL(/#\/article\//);
    await app.page.locator(`${item} .headline`, { hasText: 'عنوان من وورد' }).waitFor();

    await app.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['خبر من ملف نصي\n\nفقرة الخبر الأولى.'], 'خبر.txt', { type: 'text/plain' }));
      const nav = document.querySelector('[data-qalam="library"]')!;
      nav.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      nav.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await app.page.locator(`${item} .headline`, { hasText: 'خبر من ملف نصي' }).waitFor();
    await app.page.locator('[data-qalam="headline"]').filter({ hasText: '' }).waitFor();
    assert.equal(await app.page.locator('[data-qalam="headline"]').inputValue(), 'خبر من ملف نصي');

    await app.page.locator('[data-qalam="file-input"]').setInputFiles({ name: 'صورة.bmp', mimeType: 'image/bmp', buffer: Buffer.from('BM') });
    const error = app.page.locator('[data-qalam="library-error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /نوع الملف غير مدعوم/);
  } finally {
    await app.close();
  }
});

test('every library control has an Arabic name and is reachable with Tab', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { headline: 'مقال' });
    await go(app, '#/');
    await app.page.locator(item).first().waitFor();
    assert.deepEqual(await unnamedControls(app.page, '[data-qalam="library"]'), []);
    await app.page.locator('[data-qalam="show-trash"]').click();
    assert.deepEqual(await unnamedControls(app.page, '[data-qalam="library"]'), []);
    await app.page.locator('[data-qalam="show-trash"]').click();
    await app.page.locator('body').click();
    for (const target of ['[data-qalam="search"]', '[data-qalam="sort"]', '[data-qalam="filter-tag"]', '[data-qalam="show-trash"]', '[data-qalam="duplicate"]', '[data-qalam="trash"]']) {
      assert.ok(await tabTo(app.page, target), `Tab reaches ${target}`);
    }
    // In English, the names are English.
    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await go(app, '#/');
    await app.page.locator(item).first().waitFor();
    assert.equal(await app.page.locator('[data-qalam="search"]').getAttribute('aria-label'), 'Search the library');
    assert.equal(await app.page.getByRole('button', { name: 'Delete “مقال” (move to the trash)' }).count(), 1);
    assert.deepEqual(await unnamedControls(app.page, '[data-qalam="library"]'), []);
  } finally {
    await app.close();
  }
});
