// Screenshots of the library (search with marks), the inspector with ready warnings,
// the history with a diff, and the settings page, Arabic UI, light and dark:
//   tsx tests/e2e/library-shoot.ts [OUT_DIR]      (default /tmp/qalam-shots-4)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp, type App } from './support/app';
import { importSampleArticle } from './support/seed';

const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-shots-4');
await mkdir(outDir, { recursive: true });

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

async function seed(app: App): Promise<Article> {
  await callApi(app, 'settings.set', { author: 'فاطمة الزهراء', deviceName: 'مكتب التحرير ٢' });
  const article = await importSampleArticle(app);
  await callApi(app, 'articles.save', {
    id: article.id,
    meta: { kicker: 'دولي', section: 'دولي', byline: 'فاطمة الزهراء', tags: ['ليبيا', 'فرنسا'], targetWords: 600, standfirst: '', slug: 'صدام-حفتر-في-الإليزيه', deadline: new Date(Date.now() + 3 * 3600_000).toISOString() },
    reason: 'snapshot',
  });
  const edited = [...article.body];
  edited[0] = para(
    'صدام حفتر يزور العاصمة الفرنسية باريس في زيارة رسمية ضمن تحركات دبلوماسية مكثفة تهدف إلى مناقشة الملفات الأمنية العالقة في المنطقة، حيث استقبل مسؤولو قصر الإليزيه نائب القائد العام للقوات المسلحة.',
  );
  await callApi(app, 'articles.save', { id: article.id, body: edited, reason: 'snapshot' });
  await callApi(app, 'articles.save', { id: article.id, meta: { status: 'ready' } });
  const others = [
    { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', section: 'اقتصاد', status: 'editing', byline: 'سامر الخطيب', tags: ['البنوك'] },
    { kicker: 'رياضة', headline: 'المنتخب الليبي يستعد لمواجهة تونس في التصفيات', section: 'رياضة', status: 'draft', byline: 'عمر بن علي', tags: ['ليبيا'] },
    { kicker: '', headline: 'معرض طرابلس للكتاب يفتح أبوابه بمشاركة ٤٠ دار نشر', section: 'ثقافة', status: 'published', byline: 'ليلى منصور', tags: [] },
  ];
  for (const meta of others) {
    await callApi(app, 'articles.create', { meta, body: [para(`${meta.headline}. وقالت مصادر مطلعة إن الاستعدادات في ليبيا تسير وفق الخطة المعلنة.`)] });
  }
  return article;
}

const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp(browser, { colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    try {
      const article = await seed(app);
      const origin = new URL(app.url).origin;
      const { page } = app;
      // Library with search results.
      await page.goto(`${origin}/#/`);
      await page.reload();
      await page.locator('[data-qalam="library-item"]').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.locator('[data-qalam="library"]').screenshot({ path: path.join(outDir, `library-${scheme}.png`) });
      await page.locator('[data-qalam="search"]').fill('حفتر');
      await page.locator('[data-qalam="search-hit"]').first().waitFor();
      await page.screenshot({ path: path.join(outDir, `library-search-${scheme}.png`) });
      // Inspector with ready warnings.
      await page.locator('[data-qalam="search"]').fill('');
      await page.goto(`${origin}/#/article/${article.id}`);
      await page.locator('[data-qalam="ready-warnings"]').waitFor();
      await page.screenshot({ path: path.join(outDir, `inspector-ready-${scheme}.png`) });
      await page.locator('[data-qalam="inspector"]').screenshot({ path: path.join(outDir, `inspector-panel-${scheme}.png`) });
      if (scheme === 'light') {
        await callApi(app, 'settings.set', { uiLanguage: 'en' });
        await page.reload();
        await page.locator('[data-qalam="ready-warnings"]').waitFor();
        await page.screenshot({ path: path.join(outDir, 'inspector-english-light.png') });
        await callApi(app, 'settings.set', { uiLanguage: 'ar' });
        await page.reload();
      }
      // History with a diff between the import and the edit.
      await page.goto(`${origin}/#/article/${article.id}/history`);
      await page.locator('[data-qalam="revision"]').first().waitFor();
      const revisions = page.locator('[data-qalam="revision"]');
      const count = await revisions.count();
      const from = await revisions.nth(count - 1).getAttribute('data-id');
      const to = await revisions.nth(1).getAttribute('data-id');
      await page.locator('[data-qalam="compare-from"]').selectOption(from!);
      await page.locator('[data-qalam="compare-to"]').selectOption(to!);
      await page.locator('[data-qalam="diff-added"]').first().waitFor();
      await page.screenshot({ path: path.join(outDir, `history-diff-${scheme}.png`) });
      await page.locator('[data-qalam="open-revision"]').nth(count - 1).click();
      await page.locator('[data-qalam="revision-view"]').waitFor();
      await page.screenshot({ path: path.join(outDir, `history-view-${scheme}.png`) });
      // Settings.
      await callApi(app, 'library.backup');
      await page.goto(`${origin}/#/settings`);
      await page.locator('[data-qalam="backup-row"]').first().waitFor();
      await page.screenshot({ path: path.join(outDir, `settings-${scheme}.png`) });
      await page.locator('[data-qalam="backups"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `settings-backups-${scheme}.png`) });
      if (app.problems.length) console.error(app.problems.join('\n'));
      console.log(`${scheme}: done`);
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}
