// The sample article (tests/fixtures/article-ar.txt) as an Article, built here from the
// fixture's known shape: title line (kicker before ".."), standfirst, headings, paragraphs,
// a bulleted list and the table whose cells were flattened when it was copied (rebuilt
// with real cells, so printing exercises a header row).
import { readFileSync } from 'node:fs';
import type { Article, Block, TableRowElement } from '../../../electron/common/document/types';
import { textToArticle } from '../../../electron/common/import/text';

export const SAMPLE_PATH = new URL('../../fixtures/article-ar.txt', import.meta.url);

const TABLE: string[][] = [
  ['محور النقاش', 'التفاصيل الرئيسية'],
  ['الجانب الأمني', 'تنسيق العمليات المشتركة لمراقبة الجنوب الليبي وتأمين الحدود الصحراوية.'],
  ['الدعم السياسي', 'دعم خارطة الطريق الدولية للوصول إلى مرحلة الانتخابات العامة.'],
];

export function tableBlock(rows: string[][], headerRows = 1): Block {
  return {
    type: 'table',
    children: rows.map(
      (cells, i): TableRowElement => ({
        type: 'table-row',
        children: cells.map((text) => ({ type: 'table-cell', ...(i < headerRows ? { header: true } : {}), children: [{ text }] })),
      }),
    ),
  };
}

export function sampleArticle(): Article {
  const chunks = readFileSync(SAMPLE_PATH, 'utf8').split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
  const [title, standfirst, ...rest] = chunks;
  const [kicker, headline] = title!.split(/\.\.\s*/);
  const body: Block[] = [];
  for (const chunk of rest) {
    const lines = chunk.split('\n').map((l) => l.trim());
    if (lines.every((l) => l.startsWith('•'))) {
      body.push({ type: 'bulleted-list', children: lines.map((l) => ({ type: 'list-item', children: [{ text: l.replace(/^•\s*/, '') }] })) });
    } else if (lines[0] === TABLE[0]!.join(' ')) {
      body.push(tableBlock(TABLE));
    } else if (lines.length === 1 && !/[.؛:،]$/.test(lines[0]!) && lines[0]!.split(' ').length <= 12) {
      body.push({ type: 'heading', level: 2, children: [{ text: lines[0]! }] });
    } else {
      body.push({ type: 'paragraph', children: [{ text: lines.join(' ') }] });
    }
  }
  return {
    id: '01JD0000000000000000000000',
    revision: '',
    meta: {
      kicker: kicker!.trim(),
      headline: headline!.trim(),
      standfirst: standfirst!,
      byline: 'فاطمة الزهراء',
      section: 'شؤون دولية',
      tags: ['ليبيا', 'فرنسا', 'صدام حفتر'],
      slug: 'saddam-haftar-elysee',
      status: 'ready',
      language: 'ar',
      createdAt: '2026-11-28T09:00:00.000Z',
      updatedAt: '2026-11-28T18:30:00.000Z',
    },
    body,
  };
}

/** The sample as the text importer reads it (its flattened table stays a paragraph). */
export function importedSample(): Article {
  const imported = textToArticle(readFileSync(SAMPLE_PATH, 'utf8'));
  const base = sampleArticle();
  return { ...base, meta: { ...base.meta, ...imported.meta }, body: imported.body };
}

/** The sample body repeated until it fills about `pages` A4 pages (for long-article tests). */
export function longArticle(pages: number): Article {
  const base = sampleArticle();
  const body: Block[] = [];
  // The sample's body fills about one A4 page at the default size.
  const copies = Math.max(1, Math.round(pages));
  for (let i = 0; i < copies; i++) body.push(...base.body);
  return { ...base, body };
}

/** Every word a reader sees, in reading order: kicker, headline, standfirst, byline, body. */
export function articleWords(article: Article): string[] {
  const texts: string[] = [article.meta.kicker, article.meta.headline, article.meta.standfirst, article.meta.byline];
  const walk = (nodes: readonly unknown[]) => {
    for (const n of nodes as { text?: string; children?: unknown[] }[]) {
      if (typeof n.text === 'string') texts.push(n.text);
      if (n.children) walk(n.children);
    }
  };
  walk(article.body);
  return texts.join(' ').split(/\s+/).filter(Boolean);
}
