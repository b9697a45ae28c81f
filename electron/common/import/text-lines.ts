// How one line of plain text reads: a list item, a markdown heading, a divider or
// ordinary prose. Kept apart from the block rules so each can be read on its own.

/** Line endings, byte-order marks and no-break spaces made plain; the text is otherwise kept. */
export function normalizeText(text: string): string {
  return text
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** Paragraph-sized chunks: runs of non-blank lines, each line with its end trimmed. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of normalizeText(text).split('\n')) {
    const line = raw.replace(/\s+$/u, '');
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
// "1." "1)" "١." "١)" "(1)" and "1-" (common in Arabic copy); the marker needs a space
// after it so that "1.5 مليون" or "15-20" stay prose.
const NUMBERED = new RegExp(`^\\s*(?:\\(${DIGIT}{1,3}\\)|${DIGIT}{1,3}[.)\\-])\\s+(\\S.*)$`, 'u');
// Round bullets need no space; hyphen, asterisk and en dash do ("-5 درجات" is a number).
const BULLETED = /^\s*(?:[•●▪◦○■□·‣⁃∙]\s*|[-*–]\s+)(\S.*)$/u;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$/u;
const DIVIDER = /^\s*(?:([-*_])\s*){3,}$/u;

export type Line =
  | { kind: 'bullet'; text: string; indent: number }
  | { kind: 'number'; text: string; indent: number }
  | { kind: 'md-heading'; text: string; level: number }
  | { kind: 'divider' }
  | { kind: 'text'; text: string; indent: number };

export function readLine(line: string): Line {
  const indent = /^\s*/u.exec(line)![0].length;
  if (DIVIDER.test(line)) return { kind: 'divider' };
  const heading = MD_HEADING.exec(line);
  if (heading) return { kind: 'md-heading', text: heading[2]!, level: heading[1]!.length };
  const bullet = BULLETED.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1]!.trim(), indent };
  const number = NUMBERED.exec(line);
  if (number) return { kind: 'number', text: number[1]!.trim(), indent };
  return { kind: 'text', text: line.trim(), indent };
}

/** Cells of a tab-separated or markdown-pipe row, or null when the line is not one. */
export function tableCells(line: string): { cells: string[]; separator: boolean } | null {
  if (line.includes('\t')) {
    const cells = line.trim().split(/\t+/u).map((c) => c.trim());
    return cells.length >= 2 ? { cells, separator: false } : null;
  }
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2) {
    const cells = t.slice(1, -1).split('|').map((c) => c.trim());
    const separator = cells.every((c) => /^:?-{3,}:?$/u.test(c));
    return { cells, separator };
  }
  return null;
}
