// History: the revision list (time, who, kind, word change, status changes), any
// revision read-only, a right-to-left word diff, and restore as a new revision. The
// must-hold rule: restoring an old revision and then the one before leaves every
// revision intact, each still opening with its own words.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { RevisionSummary } from '../../electron/common/contract';
import type { Article } from '../../electron/common/document/types';
import { createServices } from '../../electron/services/index';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { go, para, tabTo, unnamedControls } from './library-support';
import { shownText } from './support/text';

const browser = useBrowser();

const VERSIONS = [
  { headline: 'الحكومة تعلن الموازنة', text: 'أعلنت الحكومة اليوم موازنة العام المقبل.' },
  { headline: 'الحكومة تعلن موازنة ٢٠٢٧', text: 'أعلنت الحكومة اليوم موازنة العام المقبل بعجز أقل من المتوقع وزيادة في الإنفاق على التعليم.' },
  { headline: 'البرلمان يناقش موازنة ٢٠٢٧', text: 'ناقش البرلمان موازنة العام المقبل بعجز أقل من المتوقع.' },
];

/** An article with revisions: create (v0), snapshot (v1), status → ready, snapshot (v2). Oldest first. */
async function articleWithHistory(app: App): Promise<{ id: string; revisions: { id: string; headline: string; text: string }[] }> {
  await callApi(app, 'settings.set', { author: 'ليلى منصور' });
  const a = await callApi<Article>(app, 'articles.create', { meta: { headline: VERSIONS[0]!.headline }, body: [para(VERSIONS[0]!.text)] });
  const revisions = [{ id: a.revision, ...VERSIONS[0]! }];
  const v1 = await callApi<Article>(app, 'articles.save', { id: a.id, meta: { headline: VERSIONS[1]!.headline }, body: [para(VERSIONS[1]!.text)], reason: 'snapshot' });
  revisions.push({ id: v1.revision, ...VERSIONS[1]! });
  const ready = await callApi<Article>(app, 'articles.save', { id: a.id, meta: { status: 'ready' } });
  revisions.push({ id: ready.revision, ...VERSIONS[1]! });
  const v2 = await callApi<Article>(app, 'articles.save', { id: a.id, meta: { headline: VERSIONS[2]!.headline }, body: [para(VERSIONS[2]!.text)], reason: 'snapshot' });
  revisions.push({ id: v2.revision, ...VERSIONS[2]! });
  return { id: a.id, revisions };
}

async function openHistory(app: App, id: string): Promise<void> {
  await go(app, `#/article/${id}/history`);
  await app.page.locator(q('revision')).first().waitFor();
}

test('revisions are listed newest first with kind, author, word change and the status change', async () => {
  const app = await startApp(browser());
  try {
    const { id, revisions } = await articleWithHistory(app);
    await openHistory(app, id);
    const rows = app.page.locator(q('revision'));
    assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), revisions.map((r) => r.id).reverse());
    const kinds = await rows.locator('.kind').allInnerTexts();
    assert.deepEqual(kinds, ['حفظ', 'تغيير الحالة', 'حفظ', 'إنشاء']);
    const changes = await rows.locator(q('word-change')).allInnerTexts();
    // Headline and body words, as the status bar counts them (9, 19, 19, 13).
    assert.deepEqual(changes, ['الكلمات: −٦', 'الكلمات: ٠', 'الكلمات: +١٠', 'الكلمات: ٩']);
    assert.equal(await rows.nth(1).locator(q('revision-status')).innerText(), 'مسودة ← جاهز');
    assert.match(await rows.first().innerText(), /ليلى منصور/);
    // Relative time and the full date with seconds.
    assert.match(await rows.first().innerText(), /الآن/);
    assert.match(await rows.first().locator('.absolute').innerText(), /[٠-٩]{4}.*[٠-٩]{1,2}:[٠-٩]{2}:[٠-٩]{2}/);
    // Every control named, each Open/Restore for its own time; all reachable with Tab.
    assert.deepEqual(await unnamedControls(app.page, q('history')), []);
    assert.match((await rows.nth(1).locator(q('restore-revision')).getAttribute('aria-label'))!, /^استرجاع نسخة [٠-٩]/);
    await app.page.locator(q('back-to-article')).focus();
    for (const target of ['open-revision', 'restore-revision', 'compare-from', 'compare-to']) {
      assert.ok(await tabTo(app.page, q(target)), `Tab reaches ${target}`);
    }
  } finally {
    await app.close();
  }
});

test('an old revision opens read-only with its own words', async () => {
  const app = await startApp(browser());
  try {
    const { id, revisions } = await articleWithHistory(app);
    await openHistory(app, id);
    await app.page.locator(`${q('revision')}[data-id="${revisions[0]!.id}"] ${q('open-revision')}`).click();
    const view = app.page.locator(`${q('revision-view')}[data-revision="${revisions[0]!.id}"]`);
    await view.waitFor();
    assert.equal(await view.locator(q('revision-headline')).innerText(), VERSIONS[0]!.headline);
    const body = view.locator(q('body'));
    await body.waitFor();
    assert.equal((await shownText(body)).trim(), VERSIONS[0]!.text);
    assert.equal(await body.getAttribute('contenteditable'), 'false');
    assert.equal(await view.locator('input:not([type="file"]):not([readonly]), textarea:not([readonly])').count(), 0, 'no editable fields');
  } finally {
    await app.close();
  }
});

test('a word diff between any two revisions, right to left, insertions and deletions marked', async () => {
  const app = await startApp(browser());
  try {
    const { id, revisions } = await articleWithHistory(app);
    await openHistory(app, id);
    await app.page.locator(q('compare-from')).selectOption(revisions[0]!.id);
    await app.page.locator(q('compare-to')).selectOption(revisions[3]!.id);
    const diff = app.page.locator(q('diff'));
    await diff.locator('ins').first().waitFor();
    assert.equal(await diff.locator('.diff-text').getAttribute('dir'), 'rtl');
    const added = (await diff.locator(q('diff-added')).allInnerTexts()).join(' ');
    const removed = (await diff.locator(q('diff-removed')).allInnerTexts()).join(' ');
    assert.match(added, /البرلمان/);
    assert.match(added, /ناقش/);
    assert.match(removed, /الحكومة/);
    assert.match(removed, /أعلنت/);
    // Whole words, never parts of one.
    for (const part of [...added.split(/\s+/), ...removed.split(/\s+/)].filter(Boolean)) {
      const all = `${VERSIONS[0]!.headline} ${VERSIONS[0]!.text} ${VERSIONS[2]!.headline} ${VERSIONS[2]!.text}`.split(/[\s.]+/);
      assert.ok(all.includes(part.replace(/[.]/g, '')) || /^[.٢٠٧]+$/.test(part), `"${part}" is a whole word`);
    }
    // Not colour alone: insertions underlined, deletions struck through.
    assert.match(await diff.locator('ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine), /underline/);
    assert.match(await diff.locator('del').first().evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);
    assert.match(await diff.locator(q('diff-totals')).innerText(), /كلمات مضافة: \+[٠-٩]+/);
    // A word replaced by another stands apart from it, not glued into one word.
    const gaps = await diff.locator('.diff-text').evaluate((text) =>
      [...text.querySelectorAll('del + ins, ins + del')].flatMap((after) => {
        const before = after.previousElementSibling!.getClientRects();
        const next = after.getClientRects();
        const [a, b] = [before[before.length - 1]!, next[0]!];
        return Math.abs(a.top - b.top) < 2 ? [Math.round(a.left - b.right)] : [];
      }),
    );
    assert.ok(gaps.length > 0, 'the two revisions replace a word');
    for (const gap of gaps) assert.ok(gap >= 3, `a replaced word and its replacement are ${gap}px apart`);
  } finally {
    await app.close();
  }
});

test('restore makes a new revision; restoring an old one and then the one before it keeps every revision intact', async () => {
  const app = await startApp(browser());
  try {
    const { id, revisions } = await articleWithHistory(app);
    await openHistory(app, id);
    // Restore v1 (an old revision) from the UI.
    await app.page.locator(`${q('revision')}[data-id="${revisions[1]!.id}"] ${q('restore-revision')}`).click();
    await app.page.locator(q('history-notice')).waitFor();
    await app.page.waitForFunction((n) => document.querySelectorAll('[data-qalam="revision"]').length === n, 5);
    let article = await callApi<Article>(app, 'articles.get', { id });
    assert.equal(article.meta.headline, VERSIONS[1]!.headline);
    assert.equal(await app.page.locator(q('revision')).first().locator('.kind').innerText(), 'استرجاع');
    // Then restore the one before it (v0), also from the UI.
    await app.page.locator(`${q('revision')}[data-id="${revisions[0]!.id}"] ${q('restore-revision')}`).click();
    await app.page.waitForFunction((n) => document.querySelectorAll('[data-qalam="revision"]').length === n, 6);
    article = await callApi<Article>(app, 'articles.get', { id });
    assert.equal(article.meta.headline, VERSIONS[0]!.headline);

    const listed = await callApi<RevisionSummary[]>(app, 'revisions.list', { id });
    const ids = listed.map((r) => r.id);
    for (const r of revisions) assert.ok(ids.includes(r.id), `revision ${r.id.slice(0, 8)} still listed`);
    assert.equal(new Set(ids).size, 6, 'two restore revisions added, nothing replaced');
    // Each original revision still opens, in the UI, with its own words.
    for (const r of revisions) {
      await app.page.locator(`${q('revision')}[data-id="${r.id}"] ${q('open-revision')}`).click();
      const view = app.page.locator(`${q('revision-view')}[data-revision="${r.id}"]`);
      await view.waitFor();
      assert.equal(await view.locator(q('revision-headline')).innerText(), r.headline);
      assert.equal((await shownText(view.locator(q('body')))).trim(), r.text);
    }
    // And the first restore can itself be undone: the v2 state is one restore away.
    await app.page.locator(`${q('revision')}[data-id="${revisions[3]!.id}"] ${q('restore-revision')}`).click();
    await app.page.waitForFunction((n) => document.querySelectorAll('[data-qalam="revision"]').length === n, 7);
    assert.equal((await callApi<Article>(app, 'articles.get', { id })).meta.headline, VERSIONS[2]!.headline);
  } finally {
    await app.close();
  }
});

test('each revision names its author and the device it was made on, as they were named then', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-names-'));
  const share = path.join(dir, 'share');
  await mkdir(share);
  // Another desk, in this process: it names itself DESK-9 for its first revision and
  // then clears the name (as a revision from before names were recorded looks).
  const other = await createServices({ dbPath: path.join(dir, 'other.db') });
  const app = await startApp(browser());
  try {
    await other.handlers['settings.set']({ author: 'سامر حداد', deviceName: 'DESK-9' });
    const article = await other.handlers['articles.create']({ meta: { headline: 'انتخابات البلدية' }, body: [para('بدأ فرز الأصوات.')] });
    await other.handlers['settings.set']({ deviceName: '' });
    await other.handlers['articles.save']({ id: article.id, body: [para('بدأ فرز الأصوات في الدوائر كلها.')], reason: 'snapshot' });
    await other.handlers['sync.configure']({ shareFolder: share, intervalSeconds: 3600, enabled: true });

    // This desk: first with no name of its own, then as DESK-1, then renamed DESK-2.
    await callApi(app, 'settings.set', { author: 'ليلى منصور' });
    await callApi(app, 'sync.configure', { shareFolder: share, intervalSeconds: 3600, enabled: true });
    await callApi(app, 'articles.save', { id: article.id, body: [para('انتهى فرز الأصوات.')], reason: 'snapshot' });
    await callApi(app, 'settings.set', { deviceName: 'DESK-1' });
    await callApi(app, 'articles.save', { id: article.id, meta: { status: 'editing' } });
    await callApi(app, 'settings.set', { deviceName: 'DESK-2' });
    await callApi(app, 'articles.save', { id: article.id, body: [para('أعلنت اللجنة النتائج.')], reason: 'snapshot' });

    await openHistory(app, article.id);
    const rows = app.page.locator(q('revision'));
    await app.page.waitForFunction(() => document.querySelectorAll('[data-qalam="revision"]').length === 5);
    const who = await rows.locator(q('revision-who')).allInnerTexts();
    assert.deepEqual(who, [
      'ليلى منصور على DESK-2',
      'ليلى منصور على DESK-1',
      // Made here before this desk had a name: it takes this desk's name now.
      'ليلى منصور على DESK-2',
      // The other desk's revision with no recorded name, then the one named DESK-9.
      'سامر حداد على جهاز آخر',
      'سامر حداد على DESK-9',
    ]);
    // Never the device id (a ULID), on screen or in the status history.
    assert.doesNotMatch(await app.page.locator(q('revisions')).innerText(), /[0-9A-HJKMNP-TV-Z]{26}/);
    await go(app, `#/article/${article.id}`);
    await app.page.locator(q('status-history')).locator('summary').click();
    assert.deepEqual(await app.page.locator(q('status-change-who')).allInnerTexts(), ['ليلى منصور على DESK-1']);

    // Presence too: the other desk, nameless now, has the article open. Its row says
    // "an unnamed computer" in words, never the device id.
    await other.handlers['sync.editing']({ client: 'window-1', articleId: article.id });
    await other.handlers['sync.now'](undefined);
    await callApi(app, 'sync.now', {});
    await go(app, '#/');
    const presence = app.page.locator(`.library-row:has([data-id="${article.id}"]) [data-qalam="presence"]`);
    await presence.waitFor({ timeout: 20_000 });
    assert.match(await presence.innerText(), /^✎ مفتوح لدى سامر حداد \(جهاز بلا اسم\) منذ [٠-٩]/);
    assert.doesNotMatch((await presence.innerText()) + (await presence.getAttribute('title')), /[0-9A-HJKMNP-TV-Z]{26}/);

    // In English too, and with no names at all this desk says "this computer".
    await callApi(app, 'settings.set', { uiLanguage: 'en', deviceName: '' });
    const fresh = await callApi<Article>(app, 'articles.create', { meta: { headline: 'Draft' }, body: [para('نص')] });
    await openHistory(app, fresh.id);
    assert.equal(await app.page.locator(q('revision-who')).first().innerText(), 'ليلى منصور on this computer');
  } finally {
    await app.close();
    await other.close();
    await rm(dir, { recursive: true, force: true });
  }
});
