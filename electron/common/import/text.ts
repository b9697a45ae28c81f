// Plain text (the way articles arrive by e-mail or are copied off a page) into the
// article model. The rules, in the order they are tried on each blank-line-separated block:
//   - "---", "***" alone → divider; "## x" (markdown) → heading
//   - lines starting with • - * – → bulleted list items; "1." "1)" "١." "١)" "(1)" "1-" → numbered
//   - every line holding the same number (≥ 2) of tab-separated cells, or a markdown pipe
//     table → table (a pipe table's rows above its |---| line are header rows)
//   - one short line standing alone with no final punctuation → heading level 2
//   - anything else → one paragraph. Lines of one block stay together, joined by a line
//     break, so a table whose cells were flattened to single spaces stays one paragraph
//     (its cell boundaries cannot be recovered reliably) instead of becoming headings.
//     Exception: text with no blank lines at all and paragraph-long lines (blocksOfText)
//     uses one line per paragraph.
// textToArticle also takes the first non-empty line as the title (kicker split at "..")
// and the block after it as the standfirst. With { markdown: true } (.md files) inline
// **bold**, *italic* and [links](https://…) are read as well (markdown.ts).
import type { Block, ListItemElement, TableRowElement } from '../document/types';
import { validateBody } from '../document/schema';
import { endsLikeSentence, leaf, splitKicker, wordCount, type ImportedArticle } from './inline';
import { readLine, splitBlocks, tableCells, type Line } from './text-lines';
import { applyMarkdown, markdownPlain } from './markdown';

export interface TextImportOptions {
  /** Read Markdown's inline marks and links too (for .md files). */
  markdown?: boolean;
}

/** A heading is a short line: at most this many words and characters. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 90;

function isHeadingLike(text: string): boolean {
  return (
    /\p{L}/u.test(text) &&
    wordCount(text) <= HEADING_MAX_WORDS &&
    text.length <= HEADING_MAX_CHARS &&
    !endsLikeSentence(text)
  );
}

const para = (text: string): Block => ({ type: 'paragraph', children: [leaf(text)] });

function tableFrom(lines: string[]): Block | null {
  if (lines.length < 2) return null;
  const rows = lines.map(tableCells);
  if (rows.some((r) => r === null)) return null;
  const width = rows[0]!.cells.length;
  if (width < 2 || rows.some((r) => !r!.separator && r!.cells.length !== width)) return null;
  const sepIndex = rows.findIndex((r) => r!.separator);
  const children: TableRowElement[] = [];
  rows.forEach((r, i) => {
    if (r!.separator) return;
    const header = sepIndex > i;
    children.push({
      type: 'table-row',
      children: r!.cells.map((c) => ({
        type: 'table-cell' as const,
        ...(header ? { header: true } : {}),
        children: [leaf(c)],
      })),
    });
  });
  return children.length ? { type: 'table', children } : null;
}

/** Prose lines of one block. Kept as lines unless they look like hard-wrapped prose. */
function proseBlock(lines: string[], alone: boolean): Block {
  const first = lines[0]!;
  if (alone && lines.length === 1 && isHeadingLike(first)) {
    return { type: 'heading', level: 2, children: [leaf(first)] };
  }
  // Hard-wrapped prose (every line but the last long, none ending a sentence) reads as
  // one paragraph with spaces; anything else keeps its line breaks.
  const wrapped =
    lines.length > 1 && lines.slice(0, -1).every((l) => l.length >= 60 && !endsLikeSentence(l));
  return para(lines.join(wrapped ? ' ' : '\n'));
}

function blocksOf(rawLines: string[]): Block[] {
  const table = tableFrom(rawLines);
  if (table) return [table];
  const lines: Line[] = rawLines.map(readLine);
  const out: Block[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length) out.push(proseBlock(prose, prose.length === lines.length));
    prose = [];
  };
  let lastItem: { item: ListItemElement; indent: number } | null = null;
  for (const line of lines) {
    if (line.kind === 'bullet' || line.kind === 'number') {
      flushProse();
      const type = line.kind === 'bullet' ? 'bulleted-list' : 'numbered-list';
      const item: ListItemElement = { type: 'list-item', children: [leaf(line.text)] };
      const last = out[out.length - 1];
      if (last && last.type === type && lastItem) last.children.push(item);
      else out.push({ type, children: [item] });
      lastItem = { item, indent: line.indent };
      continue;
    }
    if (line.kind === 'text' && lastItem && line.indent > lastItem.indent) {
      // An indented line under a list item continues that item.
      const t = lastItem.item.children[0] as { text: string };
      t.text += ' ' + line.text;
      continue;
    }
    lastItem = null;
    if (line.kind === 'text') {
      prose.push(line.text);
      continue;
    }
    flushProse();
    if (line.kind === 'divider') out.push({ type: 'divider', children: [{ text: '' }] });
    else out.push({ type: 'heading', level: line.level <= 2 ? 2 : 3, children: [leaf(line.text)] });
  }
  flushProse();
  return out;
}

/** Neighbouring lists of the same kind, separated only by blank lines, are one list. */
function joinLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && (b.type === 'bulleted-list' || b.type === 'numbered-list') && last.type === b.type) {
      last.children.push(...b.children);
    } else {
      out.push(b);
    }
  }
  return out;
}

function toBody(blocks: string[][], options: TextImportOptions): Block[] {
  const body = joinLists(blocks.flatMap(blocksOf));
  return validateBody(options.markdown ? applyMarkdown(body) : body);
}

/**
 * Some sources (chat apps, some CMS exports) end each paragraph with a single line break
 * and use no blank lines at all. When the whole text is one or two blocks and one of
 * them holds several lines, at least one of a paragraph's length, every line is a block.
 */
function blocksOfText(text: string): string[][] {
  const blocks = splitBlocks(text);
  const last = blocks[blocks.length - 1];
  const onePerLine = blocks.length <= 2 && !!last && last.length >= 3 && last.some((l) => l.length >= 100);
  return onePerLine ? blocks.flatMap((b) => b.map((l) => [l])) : blocks;
}

/** Plain text pasted into the body: the block rules only, no title or standfirst. */
export function textToBlocks(text: string, options: TextImportOptions = {}): Block[] {
  return toBody(blocksOfText(text), options);
}

export function textToArticle(text: string, options: TextImportOptions = {}): ImportedArticle {
  const blocks = blocksOfText(text);
  const meta = { kicker: '', headline: '', standfirst: '' };
  const first = blocks.shift();
  if (!first) return { meta, body: [] };
  const titleLine = readLine(first[0]!);
  const title = titleLine.kind === 'md-heading' ? titleLine.text : first[0]!.trim();
  Object.assign(meta, splitKicker(title));
  if (first.length > 1) blocks.unshift(first.slice(1));
  // The block right after the title is the standfirst, unless it is a list, a table or a
  // markdown heading: its position says more than its punctuation (standfirsts often
  // have no final full stop, so the heading rule would misread a short one).
  const next = blocks[0];
  if (next && next.map(readLine).every((l) => l.kind === 'text') && !tableFrom(next)) {
    meta.standfirst = next.map((l) => l.trim()).join(' ');
    blocks.shift();
  }
  if (options.markdown) {
    meta.kicker = markdownPlain(meta.kicker);
    meta.headline = markdownPlain(meta.headline);
    meta.standfirst = markdownPlain(meta.standfirst);
  }
  return { meta, body: toBody(blocks, options) };
}
