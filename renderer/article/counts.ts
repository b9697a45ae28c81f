// The status bar's counts, worked out block by block and remembered per block. Slate
// replaces only the blocks an edit touches (the others keep their identity), so a recount
// after typing costs one paragraph, not the article: on 20,000 paragraphs a full count
// takes about half a second even with the fast character count. The sum is exactly
// countText(articleCountableText(article)): words never cross the blank line between
// parts, and line breaks are not characters.
import { countCharacters, countWords, readingMinutes, type TextCounts } from '../../electron/common/arabic/count';
import type { Article, Block } from '../../electron/common/document/types';
import { blockCountableText } from '../../electron/common/serialize/text';

type Sums = Omit<TextCounts, 'readingMinutes'>;

const NONE: Sums = { words: 0, characters: 0, charactersNoSpaces: 0 };
const byBlock = new WeakMap<Block, Sums>();

function countPart(text: string): Sums {
  return { words: countWords(text), ...countCharacters(text) };
}

function countBlock(block: Block): Sums {
  let sums = byBlock.get(block);
  if (!sums) {
    const text = blockCountableText(block);
    sums = text.trim() === '' ? NONE : countPart(text);
    byBlock.set(block, sums);
  }
  return sums;
}

export function countArticle(article: Pick<Article, 'meta' | 'body'>): TextCounts {
  const total = { words: 0, characters: 0, charactersNoSpaces: 0 };
  const add = (s: Sums) => {
    total.words += s.words;
    total.characters += s.characters;
    total.charactersNoSpaces += s.charactersNoSpaces;
  };
  const { kicker, headline, standfirst } = article.meta;
  for (const part of [kicker, headline, standfirst]) if (part) add(countPart(part));
  for (const block of article.body) add(countBlock(block));
  return { ...total, readingMinutes: readingMinutes(total.words) };
}
