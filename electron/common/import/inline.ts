// Small helpers shared by the text and HTML importers: building inline runs and
// tidying them so that every block that leaves an importer passes validateBody.
import type { Block, FormattedText, Inline, LinkElement } from '../document/types';

export interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The meta an importer can find in a document; the rest of ArticleMeta is the library's. */
export interface ImportedMeta {
  kicker: string;
  headline: string;
  standfirst: string;
  byline?: string;
}

export interface ImportedArticle {
  meta: ImportedMeta;
  body: Block[];
}

export function leaf(text: string, marks: Marks = {}): FormattedText {
  const out: FormattedText = { text };
  if (marks.bold) out.bold = true;
  if (marks.italic) out.italic = true;
  if (marks.underline) out.underline = true;
  return out;
}

const sameMarks = (a: FormattedText, b: FormattedText): boolean =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

function mergeLeaves(leaves: FormattedText[]): FormattedText[] {
  const out: FormattedText[] = [];
  for (const l of leaves) {
    if (l.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, l)) out[out.length - 1] = { ...last, text: last.text + l.text };
    else out.push({ ...l });
  }
  return out;
}

const isLink = (n: Inline): n is LinkElement => 'type' in n && n.type === 'link';

/**
 * Merge neighbouring leaves with the same marks and neighbouring links to the same
 * address, drop empty pieces, and trim the whitespace at both ends of the block (and
 * around line breaks). Returns [] when nothing readable is left.
 */
export function tidyInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const n of inlines) {
    const last = merged[merged.length - 1];
    if (isLink(n)) {
      if (last && isLink(last) && last.href === n.href) last.children.push(...n.children.map((c) => ({ ...c })));
      else merged.push({ ...n, children: n.children.map((c) => ({ ...c })) });
    } else if (last && !isLink(last) && sameMarks(last, n)) {
      merged[merged.length - 1] = { ...last, text: last.text + n.text };
    } else {
      merged.push({ ...n });
    }
  }
  // Trim: spaces next to a line break, and whitespace at both ends of the block.
  const leaves = (n: Inline): FormattedText[] => (isLink(n) ? n.children : [n]);
  for (const n of merged) for (const l of leaves(n)) l.text = l.text.replace(/ *\n */g, '\n');
  const all = merged.flatMap(leaves);
  for (const l of all) {
    l.text = l.text.replace(/^\s+/, '');
    if (l.text) break;
  }
  for (let i = all.length - 1; i >= 0; i--) {
    const l = all[i]!;
    l.text = l.text.replace(/\s+$/, '');
    if (l.text) break;
  }
  const out: Inline[] = [];
  for (const n of merged) {
    if (isLink(n)) {
      const children = mergeLeaves(n.children);
      if (children.length) out.push({ ...n, children });
    } else if (n.text !== '') {
      out.push(n);
    }
  }
  return out;
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (isLink(n) ? n.children.map((c) => c.text).join('') : n.text)).join('');
}

/** Characters that end a sentence or clause; a line ending in one is not a heading. */
export const FINAL_PUNCTUATION = /[.؟?!:؛;،,…۔]$/u;
/** Closing quotes and brackets that may follow final punctuation. */
const CLOSERS = /[\s"'”’»)\]}›]+$/u;

/** True for a line that ends like a sentence (ignoring closing quotes/brackets). */
export function endsLikeSentence(line: string): boolean {
  return FINAL_PUNCTUATION.test(line.replace(CLOSERS, ''));
}

export function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/**
 * Split a title at the newsroom kicker separator "..": "تحركات عسكرية.. صدام حفتر…".
 * Three dots are an ellipsis, not a separator, and a long first part is a sentence,
 * not a kicker, so both stay in the headline.
 */
export function splitKicker(title: string): { kicker: string; headline: string } {
  const t = title.trim();
  const m = /(?<!\.)\.\.(?!\.)/u.exec(t);
  if (m) {
    const kicker = t.slice(0, m.index).trim();
    const headline = t.slice(m.index + 2).trim();
    if (kicker && headline && wordCount(kicker) <= 8 && kicker.length <= 80) return { kicker, headline };
  }
  return { kicker: '', headline: t };
}
