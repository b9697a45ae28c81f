// The sample article (tests/fixtures/article-ar.txt) imported as a user imports it, and
// the desk the screenshot scripts show: that article with a section, byline and target
// length, beside a second article that is ready.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleMeta } from '../../../electron/common/document/types';
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
