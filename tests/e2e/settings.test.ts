// Settings: language, digits, editor face and size, author and device, sections, and
// backups (now, listed, restored after confirming).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { ArticleSummary } from '../../electron/common/contract';
import type { Settings } from '../../electron/common/settings';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { createArticle, go, tabTo, unnamedControls } from './library-support';

const browser = useBrowser();

const settingsOf = (app: App) => callApi<Settings>(app, 'settings.get');

/** Settings are saved as they change (one request per change): read until they land. */
async function storedWhen(app: App, done: (s: Settings) => boolean): Promise<Settings> {
  let stored = await settingsOf(app);
  for (let i = 0; i < 100 && !done(stored); i++) {
    await new Promise((r) => setTimeout(r, 50));
    stored = await settingsOf(app);
  }
  return stored;
}

async function openSettings(app: App): Promise<void> {
  await go(app, '#/settings');
  await app.page.locator(q('settings')).waitFor();
}

test('language, digits, font and size apply at once and are stored', async () => {
  const app = await startApp(browser());
  try {
    await createArticle(app, { headline: 'مقال' }, 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا');
    await openSettings(app);
    const words = app.page.locator(q('item-words')).first();
    // Headline and body words, as the status bar counts them: 1 + 13.
    assert.equal(await words.innerText(), '١٤ كلمة');
    await app.page.locator(q('digits')).selectOption('latn');
    await app.page.waitForFunction(() => document.querySelector('[data-qalam="item-words"]')?.textContent === '14 كلمة');
    // The fonts by the names the export dialog gives them.
    assert.deepEqual(await app.page.locator(`${q('editor-font')} option`).allInnerTexts(), ['الأميري', 'نوتو نسخ']);
    await app.page.locator(q('editor-font')).selectOption('Noto Naskh Arabic');
    await app.page.locator(q('editor-font-size')).selectOption('24');
    const vars = await app.page.evaluate(() => [
      document.documentElement.style.getPropertyValue('--article-font'),
      document.documentElement.style.getPropertyValue('--article-size'),
    ]);
    assert.deepEqual(vars, ["'Noto Naskh Arabic'", '24px']);
    await app.page.locator(q('ui-language')).selectOption('en');
    await app.page.locator(q('settings'), { hasText: 'Interface language' }).waitFor();
    assert.equal(await app.page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`), 'en ltr');
    const stored = await storedWhen(app, (s) => s.uiLanguage === 'en' && s.editorFontSize === 24);
    assert.equal(stored.uiLanguage, 'en');
    assert.equal(stored.digits, 'latn');
    assert.equal(stored.editorFont, 'Noto Naskh Arabic');
    assert.equal(stored.editorFontSize, 24);
    assert.deepEqual(await unnamedControls(app.page, q('settings')), [], 'named in English too');
  } finally {
    await app.close();
  }
});

test('author and device name are stored; both sign the next revision', async () => {
  const app = await startApp(browser());
  try {
    await openSettings(app);
    await app.page.locator(q('author')).fill('عمر بن علي');
    // One field names the device: the sync section's, saved with its button.
    const sync = app.page.locator(q('settings-sync'));
    // A name past the limit the service keeps is cut at the field, not refused on save.
    await sync.locator(q('sync-device')).fill('حاسوب '.repeat(50));
    assert.equal((await sync.locator(q('sync-device')).inputValue()).length, 200);
    await sync.locator(q('sync-device')).fill('حاسوب القسم الرياضي');
    await sync.locator(q('sync-save')).click();
    await sync.locator(q('sync-message'), { hasText: 'حُفظت الإعدادات' }).waitFor();
    const stored = await storedWhen(app, (s) => s.deviceName === 'حاسوب القسم الرياضي');
    assert.equal(stored.author, 'عمر بن علي');
    assert.equal(stored.deviceName, 'حاسوب القسم الرياضي');
    const a = await createArticle(app, { headline: 'توقيع' });
    await go(app, `#/article/${a.id}/history`);
    // Both names, as set when the revision was made (never the device id).
    assert.equal(await app.page.locator(q('revision-who')).first().innerText(), 'عمر بن علي على حاسوب القسم الرياضي');
  } finally {
    await app.close();
  }
});

test('the device name has one field, in the sync section; the editor section points to it', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { deviceName: 'مكتب الأخبار' });
    await openSettings(app);
    const sync = app.page.locator(q('settings-sync'));
    await sync.locator(q('sync-device')).waitFor();
    // Every text field on the page showing the device name: the sync form's alone.
    const showing = await app.page.locator(`${q('settings')} input`).evaluateAll(
      (inputs) => inputs.filter((i) => (i as HTMLInputElement).value === 'مكتب الأخبار').map((i) => i.getAttribute('data-qalam')),
    );
    assert.deepEqual(showing, ['sync-device']);
    const pointer = app.page.locator(q('device-name-pointer'));
    assert.match(await pointer.innerText(), /اسم هذا الجهاز يُضبط في «المزامنة عبر المجلد المشترك» أدناه، ويُحفظ بزر «حفظ الإعدادات» هناك/);
    await pointer.getByRole('button', { name: 'انتقل إليه' }).click();
    assert.equal(await sync.locator(q('sync-device')).evaluate((el) => el === document.activeElement), true);
  } finally {
    await app.close();
  }
});

test('sections can be added, reordered and removed, and the inspector offers them in that order', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'settings.set', { sections: ['سياسة', 'اقتصاد', 'رياضة'] });
    await openSettings(app);
    await app.page.locator(q('new-section')).fill('علوم وتقنية');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('button', { name: 'نقل «علوم وتقنية» إلى الأعلى' }).click();
    await app.page.getByRole('button', { name: 'إزالة «اقتصاد»' }).click();
    await app.page.locator(q('new-section')).fill('سياسة');
    await app.page.locator(q('add-section')).click();
    await app.page.locator(`${q('sections')} [role="alert"]`, { hasText: 'هذا القسم موجود.' }).waitFor();
    const rows = () => app.page.locator(`${q('section-row')} > span:first-child`).allInnerTexts();
    assert.deepEqual(await rows(), ['سياسة', 'علوم وتقنية', 'رياضة']);
    const stored = await storedWhen(app, (s) => s.sections.length === 3);
    assert.deepEqual(stored.sections, ['سياسة', 'علوم وتقنية', 'رياضة']);
    const a = await createArticle(app, { headline: 'أقسام' });
    await go(app, `#/article/${a.id}`);
    await app.page.locator(`${q('section')} option`, { hasText: 'علوم وتقنية' }).waitFor({ state: 'attached' });
    const options = await app.page.locator(`${q('section')} option`).allInnerTexts();
    assert.deepEqual(options.slice(1), ['سياسة', 'علوم وتقنية', 'رياضة']);
  } finally {
    await app.close();
  }
});

test('back up now, list the backup, and restore it after confirming', async () => {
  const app = await startApp(browser());
  try {
    const folder = path.join(path.dirname(app.dbPath), 'نسخ احتياطية');
    const kept = await createArticle(app, { headline: 'قبل النسخة الاحتياطية' });
    await openSettings(app);
    await app.page.locator(q('backup-folder')).fill(folder);
    await app.page.locator(q('backup-every')).selectOption('6');
    const stored = await storedWhen(app, (s) => s.backupFolder === folder && s.backupEveryHours === 6);
    assert.equal(stored.backupFolder, folder);
    assert.equal(stored.backupEveryHours, 6);
    await app.page.locator(q('backup-now')).click();
    await app.page.locator(q('backup-message'), { hasText: 'أُنشئت نسخة احتياطية' }).waitFor();
    const row = app.page.locator(q('backup-row')).first();
    await row.waitFor();
    assert.equal(path.dirname((await row.getAttribute('data-path'))!), folder);

    const later = await createArticle(app, { headline: 'بعد النسخة الاحتياطية' });
    await row.locator(q('restore-backup')).click();
    assert.match(await row.locator(q('restore-backup-confirm')).innerText(), /تُحفظ المكتبة الحالية جانبًا أولًا/);
    await row.locator(q('restore-backup-yes')).click();
    await app.page.waitForURL(/#\/$/);
    await app.page.locator(`[data-qalam="library-item"][data-id="${kept.id}"]`).waitFor();
    const ids = (await callApi<ArticleSummary[]>(app, 'articles.list', {})).map((a) => a.id);
    assert.ok(ids.includes(kept.id));
    assert.ok(!ids.includes(later.id), 'the library is as it was at the backup');
  } finally {
    await app.close();
  }
});

test('every settings control has an Arabic name and Tab reaches the sections and backups', async () => {
  const app = await startApp(browser());
  try {
    await openSettings(app);
    assert.deepEqual(await unnamedControls(app.page, q('settings')), []);
    await app.page.locator(q('ui-language')).focus();
    for (const target of ['digits', 'editor-font-size', 'author', 'new-section', 'backup-folder', 'backup-now']) {
      assert.ok(await tabTo(app.page, q(target)), `Tab reaches ${target}`);
    }
  } finally {
    await app.close();
  }
});

test('the sync interval is shown in the digits the editor chose, and Arabic-Indic digits typed there are saved', async () => {
  const app = await startApp(browser());
  try {
    await callApi(app, 'sync.configure', { intervalSeconds: 3600 });
    await openSettings(app);
    const interval = app.page.locator(`${q('settings-sync')} ${q('sync-interval')}`);
    assert.equal(await interval.inputValue(), '٣٦٠٠');
    await interval.fill('٩٠');
    await app.page.locator(`${q('settings-sync')} ${q('sync-save')}`).click();
    await app.page.locator(`${q('settings-sync')} ${q('sync-message')}`).waitFor();
    assert.equal((await callApi<{ intervalSeconds: number }>(app, 'sync.status')).intervalSeconds, 90);
    assert.equal(await interval.inputValue(), '٩٠');
  } finally {
    await app.close();
  }
});
