// Reading PDFs the way the print desk's tools do: poppler's pdftotext, pdffonts, pdfinfo.
import { execFileSync } from 'node:child_process';
import { normalizeForSearch } from '../../../electron/common/arabic/normalize';

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext in reading order (poppler reorders RTL lines into logical order). */
export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => {
    // Columns after the name: type (may contain spaces), encoding, emb, sub, uni, object id, gen.
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`pdffonts row not understood: ${line}`);
    return { name: m[1]!, type: m[2]!, emb: m[4] === 'yes', sub: m[5] === 'yes', uni: m[6] === 'yes' };
  });
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** Page size in whole points, as pdfinfo reports it ("594.96 x 841.92 pts (A4)"). */
export function pageSize(info: Record<string, string>): { width: number; height: number } {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
  if (!m) throw new Error(`no page size in ${JSON.stringify(info)}`);
  return { width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) };
}

/** Words for comparison: search-normalized (bidi marks, tashkeel, alef forms folded),
 * punctuation dropped. */
export function words(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Share of the source words that come out of the PDF whole (as a multiset). */
export function wordsWhole(source: readonly string[], extracted: readonly string[]): { whole: number; total: number; missing: string[] } {
  const bag = new Map<string, number>();
  for (const w of extracted) bag.set(w, (bag.get(w) ?? 0) + 1);
  const missing: string[] = [];
  let whole = 0;
  for (const w of source) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      bag.set(w, n - 1);
      whole++;
    } else missing.push(w);
  }
  return { whole, total: source.length, missing };
}

/** Share of the source words found in order in the extracted text (each one searched a
 * little ahead of the previous match, so running heads and page numbers between them,
 * or a broken word, do not derail it). */
export function inOrder(source: readonly string[], extracted: readonly string[], lookahead = 60): number {
  let cursor = 0;
  let found = 0;
  for (const w of source) {
    const end = Math.min(extracted.length, cursor + lookahead);
    for (let i = cursor; i < end; i++) {
      if (extracted[i] === w) {
        found++;
        cursor = i + 1;
        break;
      }
    }
  }
  return found / source.length;
}

/** Text of each page (pdftotext separates pages with a form feed), bidi marks removed. */
export function pdfPages(file: string): string[] {
  const pages = pdfText(file).replace(/[\u202a-\u202e\u200e\u200f]/g, '').split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** Page number (1-based) of each image drawn, in drawing order (pdfimages -list). */
export function imagePages(file: string): number[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}
