// Articles built to land headings, figures and table rows at awkward places on the page,
// and the checks that read the printed pages back.
import type { Article, Block } from '../../../electron/common/document/types';
import { normalizeForSearch } from '../../../electron/common/arabic/normalize';
import { sampleArticle, tableBlock } from './sample-article';
import { solidPng } from './png';

const SENTENCE = 'وأكد المسؤولون أن التنسيق بين المؤسسات الوطنية يمضي وفق جدول زمني واضح يراعي أولويات المرحلة المقبلة. ';

/** Deterministic lengths that vary enough for some blocks to meet a page foot. */
const lengths = (n: number) => Array.from({ length: n }, (_, i) => 1 + ((i * 7 + 3) % 6));

function withBody(body: Block[]): Article {
  return { ...sampleArticle(), body };
}

export const headingText = (i: number) => `محور فرعي عنوانه ${i + 1}`;

export function headingsArticle(sections = 36): Article {
  const body: Block[] = [];
  lengths(sections).forEach((n, i) => {
    body.push({ type: 'heading', level: i % 3 === 2 ? 3 : 2, children: [{ text: headingText(i) }] });
    body.push({ type: 'paragraph', children: [{ text: SENTENCE.repeat(n) }] });
  });
  return withBody(body);
}

const norm = (s: string) => normalizeForSearch(s).replace(/\s+/g, ' ').trim();

/** The body lines of a page: without the running head (first page excepted) and folio. */
function bodyLines(page: string): string[] {
  return page
    .split('\n')
    .map(norm)
    .filter((l) => l && !/^صفحه \d+ ?من \d+$/.test(l) && !/^\d+ ?من \d+ ?صفحه$/.test(l));
}

/** Pages whose last body line is a heading: a heading stranded at the page foot. */
export function strandedHeadings(pages: readonly string[], headings: readonly string[]): number[] {
  const set = new Set(headings.map(norm));
  return pages.flatMap((page, i) => {
    const lines = bodyLines(page);
    return i < pages.length - 1 && set.has(lines.at(-1) ?? '') ? [i + 1] : [];
  });
}

export const rowText = (i: number) => `بند متابعة رقمه ${i + 1}`;
export const TABLE_HEAD = ['محور النقاش', 'التفاصيل الرئيسية'];

export function longTableArticle(rows = 70): Article {
  const cells = [TABLE_HEAD, ...Array.from({ length: rows }, (_, i) => [rowText(i), SENTENCE.trim()])];
  return withBody([{ type: 'paragraph', children: [{ text: SENTENCE.repeat(3) }] }, tableBlock(cells)]);
}

export const captionText = (i: number) => `تعليق الصورة ذات الرقم ${i + 1}`;

/** Figures between paragraphs of varying length; each image a different colour. */
export function figuresArticle(count = 8): { article: Article; assets: Map<string, Uint8Array> } {
  const assets = new Map<string, Uint8Array>();
  const body: Block[] = [];
  lengths(count).forEach((n, i) => {
    const hash = (i + 1).toString(16).padStart(64, '0');
    assets.set(hash, solidPng(60, 40, [20 * i, 100, 200 - 20 * i]));
    body.push({ type: 'paragraph', children: [{ text: SENTENCE.repeat(n * 2) }] });
    body.push({ type: 'figure', asset: hash, alt: `صورة ${i + 1}`, credit: 'وكالة الأنباء', children: [{ text: captionText(i) }] });
  });
  return { article: withBody(body), assets };
}

/** Page (1-based) on which each text first appears. */
export function pageOf(pages: readonly string[], text: string): number {
  const needle = norm(text);
  const i = pages.findIndex((p) => norm(p.replace(/\n/g, ' ')).includes(needle));
  return i + 1;
}
