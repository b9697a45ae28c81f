// Screenshots of sync in the app for a person to look at (issue 7): the status in the
// status bar, the library with a conflict badge and presence, the sync panel and its
// log, the conflict view and the merged editor — Arabic, light and dark.
//   tsx tests/e2e/sync-shoot.ts [OUT_DIR]      (default /tmp/qalam-shots-7)
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, launchBrowser, startApp } from './support/app';
import { SyncPage } from './sync-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? '/tmp/qalam-shots-7');
await mkdir(outDir, { recursive: true });

/** The article with a few words of one paragraph changed. */
function edit(article: Article, paragraph: number, from: RegExp, to: string): Block[] {
  let seen = -1;
  return article.body.map((block) => {
    if (block.type !== 'paragraph') return block;
    seen += 1;
    if (seen !== paragraph) return block;
    return { ...block, children: block.children.map((c) => ('text' in c ? { ...c, text: c.text.replace(from, to) } : c)) } as Block;
  });
}

const browser = await launchBrowser();
try {
  for (const scheme of (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[]) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-sync-shoot-'));
    const share = path.join(dir, 'share');
    await mkdir(share);
    const a = await startApp(browser, { colorScheme: scheme });
    const b = await startApp(browser, { colorScheme: scheme });
    try {
      await callApi(a, 'settings.set', { author: 'فاطمة الزهراء' });
      await callApi(b, 'settings.set', { author: 'خالد' });
      await callApi(a, 'sync.configure', { shareFolder: share, deviceName: 'DESK-3', intervalSeconds: 3600, enabled: true });
      await callApi(b, 'sync.configure', { shareFolder: share, deviceName: 'DESK-7', intervalSeconds: 3600, enabled: true });
      const data = (await readFile(path.join(ROOT, 'tests/fixtures/article-ar.txt'))).toString('base64');
      const article = await callApi<Article>(a, 'import.file', { name: 'article-ar.txt', data });
      await callApi(a, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', status: 'ready' } });
      await callApi(a, 'sync.now', {});
      await callApi(b, 'sync.now', {});
      // Both desks change the same paragraph, differently.
      const first = article.body.findIndex((x) => x.type === 'paragraph');
      const words = JSON.stringify(article.body[first]).match(/[\u0600-\u06FF]{4,}/g) ?? [];
      const target = new RegExp(words[3] ?? 'في');
      await callApi(a, 'articles.save', { id: article.id, body: edit(article, 0, target, 'بحسب مصادر رسمية'), reason: 'snapshot' });
      await callApi(b, 'articles.save', { id: article.id, body: edit(article, 0, target, 'وفق ما أعلنته الوزارة أمس'), reason: 'snapshot' });
      await callApi(a, 'sync.now', {});
      await callApi(b, 'sync.now', {});
      await callApi(a, 'sync.now', {});

      // A has the article open; B sees that in its library and above the article.
      await a.page.goto(`${new URL(a.url).origin}/#/article/${article.id}`);
      await a.page.reload();
      await a.page.locator('[data-qalam="body"]').waitFor();
      await new Promise((r) => setTimeout(r, 500));
      await callApi(b, 'sync.now', {});
      await b.page.goto(`${new URL(b.url).origin}/#/article/${article.id}`);
      await b.page.reload();
      await b.page.locator('[data-qalam="body"]').waitFor();
      await b.page.locator('[data-qalam="conflict-notice"]').waitFor();
      await b.page.locator('[data-qalam="library-item"] [data-qalam="presence"]').first().waitFor();
      await b.page.evaluate(() => document.fonts.ready);
      await b.page.screenshot({ path: path.join(outDir, `app-conflict-${scheme}.png`) });
      await b.page.locator('[data-qalam="statusbar"]').screenshot({ path: path.join(outDir, `statusbar-conflict-${scheme}.png`) });

      const sync = new SyncPage(b.page);
      await sync.openPanel();
      await b.page.screenshot({ path: path.join(outDir, `panel-${scheme}.png`) });
      await sync.closePanel();
      if (scheme === 'light') {
        // The English UI mirrors the chrome; the article's words stay right to left.
        await b.page.locator('[data-qalam="toggle-language"]').click();
        await b.page.locator('[data-qalam="sync-status"]', { hasText: '1 conflict' }).waitFor();
        await b.page.locator('[data-qalam="show-conflict"]').click();
        await sync.conflictView.waitFor();
        await b.page.screenshot({ path: path.join(outDir, 'conflict-english-light.png') });
        await b.page.keyboard.press('Escape');
        await b.page.locator('[data-qalam="toggle-language"]').click();
        await b.page.locator('[data-qalam="sync-status"]', { hasText: 'تعارض واحد' }).waitFor();
      }

      await b.page.locator('[data-qalam="show-conflict"]').click();
      await sync.conflictView.waitFor();
      await b.page.screenshot({ path: path.join(outDir, `conflict-${scheme}.png`) });
      await sync.conflictView.locator('[data-qalam="edit-merged"]').click();
      await sync.conflictView.locator('[data-qalam="merge-view"]').waitFor();
      await b.page.screenshot({ path: path.join(outDir, `merged-${scheme}.png`) });
      await b.page.keyboard.press('Escape');

      // The share gone: the status says so.
      await callApi(a, 'sync.configure', { enabled: false });
      await rm(share, { recursive: true, force: true, maxRetries: 5 });
      await callApi(b, 'sync.now', {});
      await b.page.locator('[data-qalam="sync-status"][data-tone="error"]').waitFor();
      await b.page.locator('[data-qalam="statusbar"]').screenshot({ path: path.join(outDir, `statusbar-unreachable-${scheme}.png`) });
      await sync.openPanel();
      await b.page.screenshot({ path: path.join(outDir, `panel-unreachable-${scheme}.png`) });
      await sync.closePanel();
      // The status stays visible on the settings page too.
      await b.page.goto(`${new URL(b.url).origin}/#/settings`);
      await b.page.locator('[data-qalam="settings"]').waitFor();
      await b.page.locator('[data-qalam="sync-status"]').waitFor();
      await b.page.screenshot({ path: path.join(outDir, `settings-page-${scheme}.png`) });
      console.log(`${scheme}: done`);
    } finally {
      await a.close();
      await b.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
