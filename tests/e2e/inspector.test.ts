// The inspector: metadata fields saved through autosave, tags with completion, unique
// slugs, clearing target and deadline, the ready warnings, the status history, and
// validation messages in place (including content the store refuses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Handlers } from '../../electron/common/contract';
import type { Article } from '../../electron/common/document/types';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { EditorPage } from './support/pages';
import { createArticle, go, tabTo, unnamedControls } from './library-support';

const browser = useBrowser();

const get = (app: App, id: string) => callApi<Article>(app, 'articles.get', { id });

async function openArticle(app: App, id: string): Promise<EditorPage> {
  await go(app, `#/article/${id}`);
  const editor = new EditorPage(app.page);
  await app.page.locator(q('inspector')).waitFor();
  return editor;
}

test('byline, section, tags with completion and a slug made from the Arabic headline are saved', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { headline: 'أخرى', tags: ['الانتخابات', 'البرلمان'] });
    const a = await createArticle(app, { headline: 'مجلسُ النوّاب يُقرّ موازنة ٢٠٢٦' });
    const editor = await openArticle(app, a.id);
    const page = app.page;
    await page.locator(q('section')).selectOption('اقتصاد');
    await page.locator(q('byline')).fill('فاطمة الزهراء');
    // Completion offers tags the library already uses.
    assert.deepEqual(await page.locator('#qalam-known-tags option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), ['الانتخابات', 'البرلمان']);
    await page.locator(q('tag-input')).fill('البرلمان');
    await page.keyboard.press('Enter');
    await page.locator(q('tag-input')).fill('موازنة،');
    await page.locator(q('tag-chip')).nth(1).waitFor();
    await page.locator(q('slug-from-headline')).click();
    assert.equal(await page.locator(q('slug')).inputValue(), 'مجلس-النواب-يقر-موازنة-2026');
    await editor.waitSaved();
    const saved = await get(app, a.id);
    assert.equal(saved.meta.section, 'اقتصاد');
    assert.equal(saved.meta.byline, 'فاطمة الزهراء');
    assert.deepEqual(saved.meta.tags, ['البرلمان', 'موازنة']);
    assert.equal(saved.meta.slug, 'مجلس-النواب-يقر-موازنة-2026');
    // A chip's remove button is named for its tag.
    await page.getByRole('button', { name: 'إزالة الوسم «البرلمان»' }).click();
    await editor.waitSaved();
    assert.deepEqual((await get(app, a.id)).meta.tags, ['موازنة']);
  } finally {
    await app.close();
  }
});

test('a slug another article uses is suffixed by the store and the field shows it', async () => {
  const app = await startApp(browser());
  try {
    const first = await createArticle(app, { headline: 'الأول', slug: 'قمة-الرياض' });
    const second = await createArticle(app, { headline: 'الثاني' });
    const editor = await openArticle(app, second.id);
    await app.page.locator(q('slug')).fill('قمة-الرياض');
    await editor.waitSaved();
    assert.equal((await get(app, second.id)).meta.slug, 'قمة-الرياض-2');
    assert.equal((await get(app, first.id)).meta.slug, 'قمة-الرياض');
    await app.page.waitForFunction(() => (document.querySelector('[data-qalam="slug"]') as HTMLInputElement).value === 'قمة-الرياض-2');
    // Reopened, the field says what was stored.
    await openArticle(app, second.id);
    assert.equal(await app.page.locator(q('slug')).inputValue(), 'قمة-الرياض-2');
  } finally {
    await app.close();
  }
});

test('target words and deadline can be set and cleared, and clearing is stored', async () => {
  const app = await startApp(browser());
  try {
    const a = await createArticle(app, { headline: 'موعد' });
    const editor = await openArticle(app, a.id);
    await app.page.locator(q('target-words')).fill('٦٠٠');
    await app.page.locator(q('deadline-day')).fill('١');
    await app.page.locator(q('deadline-month')).selectOption({ label: 'ديسمبر' });
    await app.page.locator(q('deadline-year')).fill('٢٠٢٦');
    await app.page.locator(q('deadline-hour')).fill('18');
    await app.page.locator(q('deadline-minute')).fill('30');
    await editor.waitSaved();
    let saved = await get(app, a.id);
    assert.equal(saved.meta.targetWords, 600);
    assert.equal(saved.meta.deadline, await app.page.evaluate(() => new Date(2026, 11, 1, 18, 30).toISOString()));
    await app.page.locator(q('target-words')).fill('');
    await app.page.locator(q('deadline-clear')).click();
    await editor.waitSaved();
    saved = await get(app, a.id);
    assert.equal(saved.meta.targetWords, undefined);
    assert.equal(saved.meta.deadline, undefined);
    await openArticle(app, a.id);
    assert.equal(await app.page.locator(q('target-words')).inputValue(), '');
    assert.equal(await app.page.locator(q('deadline-day')).inputValue(), '');
    assert.equal(await app.page.locator(q('deadline-month')).inputValue(), '');
  } finally {
    await app.close();
  }
});

test('marking ready warns about what is missing, and the status change is listed with who and when', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { author: 'سامر الخطيب' });
    const a = await callApi<Article>(app, 'articles.create', {
      meta: { headline: '', targetWords: 100 },
      body: [
        { type: 'paragraph', children: [{ text: 'نص قصير جدًا.' }] },
        { type: 'figure', asset: 'a'.repeat(64), alt: '', children: [{ text: '' }] },
      ],
    });
    const editor = await openArticle(app, a.id);
    assert.equal(await app.page.locator(q('ready-warnings')).count(), 0, 'no warnings before ready');
    await app.page.locator(q('status')).selectOption('ready');
    const kinds = await app.page.locator(q('ready-warning')).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    assert.deepEqual(kinds, ['noHeadline', 'noStandfirst', 'emptyCaption', 'emptyAlt', 'underTarget']);
    assert.match(await app.page.locator(q('ready-warnings')).innerText(), /الصورة ١ بلا تعليق/);
    await editor.waitSaved();
    // A warning, not a block: the status is stored.
    assert.equal((await get(app, a.id)).meta.status, 'ready');
    const change = app.page.locator(q('status-change')).first();
    await change.waitFor({ state: 'attached' });
    await app.page.locator(`${q('status-history')} summary`).click();
    assert.match(await change.innerText(), /مسودة ← جاهز/);
    assert.match(await change.innerText(), /سامر الخطيب/);
    // Filling what was missing removes those warnings.
    await editor.typeInto(editor.headline, 'عنوان الخبر');
    await editor.typeInto(editor.standfirst, 'مقدمة الخبر');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-qalam="ready-warning"]').length === 3);
  } finally {
    await app.close();
  }
});

test('limits are explained in place: a bad slug or a long byline is held back, a refused headline is not retried', async () => {
  let saves = 0;
  const app = await startApp(browser(), {
    wrapHandlers: (h: Handlers) => ({
      ...h,
      'articles.save': (r) => {
        saves++;
        return h['articles.save'](r);
      },
    }),
  });
  try {
    const a = await createArticle(app, { headline: 'عنوان' });
    const editor = await openArticle(app, a.id);
    await app.page.locator(q('slug')).fill('غزة؟');
    assert.equal(await app.page.locator('#qalam-error-slug').innerText(), 'المُعرّف يقبل الحروف والأرقام والشرطة (-) فقط.');
    assert.equal(await app.page.locator(q('slug')).getAttribute('aria-invalid'), 'true');
    await app.page.locator(q('byline')).fill('ب'.repeat(501));
    assert.match(await app.page.locator('#qalam-error-byline').innerText(), /اسم الكاتب أطول من المسموح: الحد ٥٠٠ حرف/);
    await app.page.locator(q('slug')).fill('غزة');
    await editor.waitSaved();
    let saved = await get(app, a.id);
    assert.equal(saved.meta.slug, 'غزة');
    assert.equal(saved.meta.byline, '');

    // A 1,001-character headline: the store refuses it; the app says what to fix and waits.
    await app.page.locator(q('headline')).fill('ع'.repeat(1001));
    const refused = app.page.locator(q('save-refused'));
    await refused.waitFor();
    assert.match(await refused.innerText(), /العنوان أطول من المسموح: الحد ١٬٠٠٠ حرف/);
    const after = saves;
    await app.page.waitForTimeout(3500); // longer than the first two retry pauses
    assert.equal(saves, after, 'no retry while the content is unchanged');
    await app.page.locator(q('headline')).fill('عنوان مقبول');
    await editor.waitSaved();
    await refused.waitFor({ state: 'detached' });
    saved = await get(app, a.id);
    assert.equal(saved.meta.headline, 'عنوان مقبول');
  } finally {
    await app.close();
  }
});

test('every inspector control has a name, in Arabic and in English, and Tab reaches them', async () => {
  const app = await startApp(browser());
  try {
    const a = await createArticle(app, { headline: 'عنوان', tags: ['وسم'], status: 'ready' });
    await openArticle(app, a.id);
    assert.deepEqual(await unnamedControls(app.page, q('inspector')), []);
    await app.page.locator(q('headline')).click();
    for (const target of ['status', 'section', 'byline', 'tag-input', 'slug', 'target-words', 'deadline-day', 'deadline-month', 'deadline-year', 'deadline-hour', 'deadline-minute', 'open-history']) {
      assert.ok(await tabTo(app.page, q(target)), `Tab reaches ${target}`);
    }
    await callApi(app, 'settings.set', { uiLanguage: 'en' });
    await openArticle(app, a.id);
    await app.page.locator(q('inspector'), { hasText: 'Article details' }).waitFor();
    assert.deepEqual(await unnamedControls(app.page, q('inspector')), []);
    assert.equal(await app.page.getByRole('button', { name: 'Remove tag “وسم”' }).count(), 1);
  } finally {
    await app.close();
  }
});
