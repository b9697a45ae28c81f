// The desk the screenshot scripts show: the sample article imported, with a section,
// byline and target length, beside a second article that is ready.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleMeta } from '../../../electron/common/document/types';
import { callApi, type App } from './app';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function seedSampleDesk(app: App, meta: Partial<ArticleMeta> = {}): Promise<Article> {
  const data = (await readFile(path.join(ROOT, 'tests/fixtures/article-ar.txt'))).toString('base64');
  const article = await callApi<Article>(app, 'import.file', { name: 'article-ar.txt', data });
  await callApi(app, 'articles.save', { id: article.id, meta: { targetWords: 600, section: 'دولي', byline: 'فاطمة الزهراء', ...meta } });
  await callApi(app, 'articles.create', { meta: { kicker: 'اقتصاد', headline: 'البنك المركزي يثبّت سعر الفائدة للمرة الثالثة', status: 'ready' } });
  return article;
}
