// One word count everywhere: the library row and the history count kicker, headline,
// standfirst and body as the status bar does, and list numbers and dividers are never
// words (common/serialize/text.ts articleCountableText). Rows saved before that rule
// kept their old count until their next save; this counts every article again, the
// trash included, so the list never disagrees with the status bar.
import type { Database } from 'better-sqlite3';
import { countWords } from '../../../common/arabic/count';
import type { ArticleMeta, Block } from '../../../common/document/types';
import { articleCountableText } from '../../../common/serialize/text';
import { eachArticle } from './each-article';
import type { Migration } from './index';

export const recountWords: Migration = {
  name: 'recount-words',
  reworksArticles: true,
  cost: 1,
  up(db: Database, reworked) {
    const update = db.prepare('UPDATE articles SET words = ? WHERE num = ?');
    eachArticle<{ num: number; meta: string; body: string; words: number }>(db, 'meta, body, words', '', (row) => {
      const words = countWords(articleCountableText({ meta: JSON.parse(row.meta) as ArticleMeta, body: JSON.parse(row.body) as Block[] }));
      if (words !== row.words) update.run(words, row.num);
    }, reworked);
  },
};
