// The text two revisions are compared on: the header fields, then the body as plain text.
import type { Article } from '../../electron/common/document/types';
import { blocksToText } from '../../electron/common/serialize/text';

export function revisionText(article: Pick<Article, 'meta' | 'body'>): string {
  const { kicker, headline, standfirst } = article.meta;
  return [kicker, headline, standfirst].filter((s) => s.trim() !== '').join('\n') + '\n\n' + blocksToText(article.body);
}
