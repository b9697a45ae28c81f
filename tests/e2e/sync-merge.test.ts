// Two desks change different paragraphs of the same article, and the same paragraph
// differently. The merge view brings in what only one desk changed by itself, asks only
// about the paragraph both changed, and the merged article keeps its marks and its table.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, type App } from './support/app';
import { SyncPage, twoDesks, type TwoDesks } from './sync-page';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
const bold = (text: string): Block => ({ type: 'paragraph', children: [{ text, bold: true }] });
const table: Block = {
  type: 'table',
  children: [
    { type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'المحور' }] }, { type: 'table-cell', header: true, children: [{ text: 'التفاصيل' }] }] },
    { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'الأمن' }] }, { type: 'table-cell', children: [{ text: 'تنسيق أمني مشترك' }] }] },
  ],
} as Block;

describe('merging a sync conflict block by block, in the app', () => {
  let desks: TwoDesks;
  let a: App;
  let b: App;
  before(async () => {
    desks = await twoDesks();
    ({ a, b } = desks);
  });
  after(async () => desks?.close());

  test('only the paragraph both desks changed needs a choice; "both" keeps both, marks and table intact', async () => {
    const created = await callApi<Article>(a, 'articles.create', {
      meta: { headline: 'حفتر في باريس', section: 'دولي' },
      body: [bold('وصل الوفد الليبي إلى باريس.'), p('بحث الطرفان الملفات الأمنية.'), table, p('انتهت الزيارة.')],
    });
    const id = created.id;
    await callApi(a, 'sync.now', {});
    await callApi(b, 'sync.now', {});
    await callApi<Article>(b, 'articles.get', { id });

    // Desk 1: the opening paragraph (still bold), the second one, and the section.
    await callApi(a, 'articles.save', {
      id,
      reason: 'snapshot',
      meta: { section: 'سياسة' },
      body: [bold('وصل الوفد الليبي إلى باريس صباح الاثنين.'), p('بحث الطرفان الملفات الأمنية والهجرة.'), table, p('انتهت الزيارة.')],
    });
    // Desk 3: the second paragraph differently, the last one, and the headline.
    await callApi(b, 'articles.save', {
      id,
      reason: 'snapshot',
      meta: { headline: 'حفتر في قصر الإليزيه' },
      body: [bold('وصل الوفد الليبي إلى باريس.'), p('بحث الطرفان الملفات الأمنية والطاقة.'), table, p('انتهت الزيارة مساءً.')],
    });
    await callApi(a, 'sync.now', {});
    await callApi(b, 'sync.now', {});
    await callApi(a, 'sync.now', {});

    await b.page.goto(`${new URL(b.url).origin}/#/article/${id}`);
    await b.page.reload();
    await b.page.locator('[data-qalam="conflict-notice"]').waitFor();
    await b.page.locator('[data-qalam="show-conflict"]').click();
    const sync = new SyncPage(b.page);
    await sync.conflictView.waitFor();
    await sync.conflictView.locator('[data-qalam="edit-merged"]').click();
    const merge = sync.conflictView.locator('[data-qalam="merge-view"]');
    await merge.waitFor();

    assert.equal(await merge.getAttribute('data-open'), '1', 'one place to decide, no metadata field');
    assert.match(await merge.locator('[data-qalam="merge-summary"]').innerText(), /غيّرت النسختان كلتاهما موضعًا واحدًا،/);
    const hunk = merge.locator('[data-qalam="merge-hunk"]');
    assert.equal(await hunk.count(), 1);
    assert.match(await hunk.locator('legend').innerText(), /الموضع ١ من ١/);
    assert.match(await hunk.locator('[data-choice="mine"]').innerText(), /والطاقة/);
    assert.match(await hunk.locator('[data-choice="theirs"]').innerText(), /والهجرة/);
    // Mine is chosen until the editor says otherwise; the choice is a plain radio group.
    assert.equal(await hunk.getByRole('radio', { name: 'نسختي', exact: true }).isChecked(), true);
    await hunk.getByRole('radio', { name: /كلتاهما/ }).check();
    await merge.locator('[data-qalam="save-merged"]').click();
    await sync.conflictView.waitFor({ state: 'detached' });

    const expected: Block[] = [
      bold('وصل الوفد الليبي إلى باريس صباح الاثنين.'),
      p('بحث الطرفان الملفات الأمنية والطاقة.'),
      p('بحث الطرفان الملفات الأمنية والهجرة.'),
      table,
      p('انتهت الزيارة مساءً.'),
    ];
    const merged = await callApi<Article>(b, 'articles.get', { id });
    assert.deepEqual(merged.body, expected);
    assert.equal(merged.meta.headline, 'حفتر في قصر الإليزيه');
    assert.equal(merged.meta.section, 'سياسة');
    // The editor shows the merged article.
    await b.page.waitForFunction(() => document.querySelector('[data-qalam="body"]')?.textContent?.includes('والهجرة') ?? false);

    // The other desk settles on the same merged article.
    await callApi(b, 'sync.now', {});
    await callApi(a, 'sync.now', {});
    const there = await callApi<Article>(a, 'articles.get', { id });
    assert.deepEqual(there.body, expected);
    assert.deepEqual(await callApi(a, 'sync.conflicts', { articleId: id }), []);
  });
});
