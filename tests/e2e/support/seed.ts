// The sample article (tests/fixtures/article-ar.txt) imported as a user imports it, and
// the desk the screenshot scripts show: that article with a section, byline and target
// length, beside a second article that is ready.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleMeta, Block } from '../../../electron/common/document/types';
import { callApi, type App } from './app';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The sample article, imported through the contract (import.file) as the page does. */
export async function importSampleArticle(app: App): Promise<Article> {
  const data = (await readFile(path.join(ROOT, 'tests/fixtures/article-ar.txt'))).toString('base64');
  return callApi<Article>(app, 'import.file', { name: 'article-ar.txt', data });
}

export async function seedSampleDesk(app: App, meta: Partial<ArticleMeta> = {}): Promise<Article> {
  const article = await importSampleArticle(app);
  await callApi(app, 'articles.save', { id: article.id, meta: { targetWords: 600, section: 'دولي', byline: 'فاطمة الزهراء', ...meta } });
  await callApi(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', status: 'ready' } });
  return article;
}

/** A new article holding `body` (and `meta`), open on its page in the UI language
 * `lang` (the app's default when none), its first paragraph on the page and the fonts
 * loaded: where the article page's tests and screenshot scripts start. */
export async function openNewArticle(app: App, { meta = {}, body, lang }: { meta?: Partial<ArticleMeta>; body: Block[]; lang?: 'ar' | 'en' }): Promise<Article> {
  if (lang) await callApi(app, 'settings.set', { uiLanguage: lang });
  const article = await callApi<Article>(app, 'articles.create', { meta, body });
  await app.page.goto(`${new URL(app.url).origin}/#/article/${article.id}`);
  await app.page.reload();
  await app.page.locator('[data-qalam="body"] p').first().waitFor();
  await app.page.evaluate(() => document.fonts.ready);
  return article;
}
