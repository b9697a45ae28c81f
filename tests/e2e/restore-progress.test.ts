// Restoring a backup an older Qalam made: the settings page shows a window over the page
// that says the library is being prepared, with a percentage in Arabic and a bar, while
// the backup migrates (in the worker, through the real services), and the page reloads
// into the restored library. A backup that cannot be migrated takes the window away and
// says, in Arabic, that the current library was kept.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Handlers, RestoreProgress } from '../../electron/common/contract';
import { writeOldLibrary } from '../unit/store/old-library';
import { callApi, startApp, type App, useBrowser, q } from './support/app';
import { createArticle, go } from './library-support';
import type { ArticleSummary } from '../../electron/common/contract';

const browser = useBrowser();
const ARTICLES = 3_000;
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's rule ids violated inside the restore window. */
async function axeViolations(app: App): Promise<string[]> {
  await app.page.evaluate(AXE);
  return app.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document.querySelector('[data-qalam="restore-progress"]')!, { resultTypes: ['violations'] });
    return result.violations.map((v) => v.id);
  });
}

/** The real handlers, except that the restore's answer waits for `release` and the page
 * keeps being told the last report it would have seen: the window is then looked at at
 * leisure, however fast this machine migrates. */
function holdingRestore() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let last: RestoreProgress = { restoring: false, migration: null };
  const wrap = (handlers: Handlers): Handlers => ({
    ...handlers,
    'library.restoreBackup': async (request) => {
      last = { restoring: true, migration: null };
      try {
        const restored = await handlers['library.restoreBackup'](request);
        await released;
        return restored;
      } finally {
        last = { restoring: false, migration: null };
      }
    },
    'library.restoreProgress': async (request) => {
      const now = await handlers['library.restoreProgress'](request);
      if (now.migration) last = now;
      return last;
    },
  });
  return { wrap, release };
}

/** An old library in the backup folder the settings page lists. */
function oldBackup(app: App, articles: number): string {
  const folder = path.join(path.dirname(app.dbPath), 'backups');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'qalam-20260101T090000000Z.db');
  writeOldLibrary(file, articles);
  return file;
}

async function restoreFirstBackup(app: App): Promise<void> {
  await go(app, '#/settings');
  const row = app.page.locator(q('backup-row')).first();
  await row.locator(q('restore-backup')).click();
  await row.locator(q('restore-backup-yes')).click();
}

test('an old backup: a window says the library is being prepared, with an Arabic percentage, then the restored library', async () => {
  const hold = holdingRestore();
  const app = await startApp(browser(), { wrapHandlers: hold.wrap });
  try {
    const today = await createArticle(app, { headline: 'مقال اليوم' });
    oldBackup(app, ARTICLES);
    await restoreFirstBackup(app);

    const window = app.page.locator(q('restore-progress'));
    await window.waitFor();
    assert.equal(await window.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal')), true, 'modal: the page behind is out of reach');
    assert.equal(await window.locator('h2').innerText(), 'استعادة النسخة الاحتياطية');
    const line = window.locator(q('restore-progress-line'));
    // Past the first report (0%): the page has been told how far the migration is.
    await app.page.waitForFunction(() => / [١-٩][٠-٩]*٪$/.test(document.querySelector('[data-qalam="restore-progress-line"]')?.textContent ?? ''));
    assert.match(await line.innerText(), /^(نجهّز مكتبتك لبحث أدقّ…|نعيد عدّ كلمات المقالات…) [١-٩][٠-٩]*٪$/);
    const bar = await window.locator('progress').evaluate((p) => (p as HTMLProgressElement).position);
    assert.ok(bar > 0 && bar <= 1, `the bar shows the share done (${bar})`);
    assert.match(await window.innerText(), /تبقى مكتبتك الحالية كما هي حتى ينتهي هذا/);
    assert.deepEqual(await axeViolations(app), [], 'named, labelled, enough contrast');
    await app.page.keyboard.press('Escape');
    assert.equal(await window.isVisible(), true, 'Escape does not take it away: a restore cannot be called back');

    hold.release();
    await app.page.waitForURL(/#\/$/);
    await app.page.locator(q('library-item')).first().waitFor();
    assert.equal(await app.page.locator(q('restore-progress')).count(), 0);
    const ids = (await callApi<ArticleSummary[]>(app, 'articles.list', { limit: 10_000 })).map((a) => a.id);
    assert.equal(ids.length, ARTICLES - ARTICLES / 100, 'every live article of the backup');
    assert.ok(!ids.includes(today.id), 'the library is the backup now (today’s article is in the safety copy)');
  } finally {
    await app.close();
  }
});

test('an old backup that cannot be migrated: the window goes, the error says the library was kept, and it was', async () => {
  const app = await startApp(browser());
  try {
    const today = await createArticle(app, { headline: 'مقال اليوم' });
    const backup = oldBackup(app, 1_200);
    const broken = new Database(backup);
    broken.prepare("UPDATE articles SET meta = 'not json' WHERE num = 700").run();
    broken.close();
    await restoreFirstBackup(app);

    const message = app.page.locator(q('backup-message'));
    await message.waitFor();
    assert.match(await message.innerText(), /تعذّر تجهيز النسخة الاحتياطية لهذا الإصدار من قلم؛ بقيت مكتبتك الحالية كما كانت/);
    assert.equal(await message.getAttribute('role'), 'alert');
    assert.equal(await app.page.locator(q('restore-progress')).count(), 0);
    const ids = (await callApi<ArticleSummary[]>(app, 'articles.list', {})).map((a) => a.id);
    assert.deepEqual(ids, [today.id]);
  } finally {
    await app.close();
  }
});
