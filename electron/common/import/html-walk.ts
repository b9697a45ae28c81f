// The allowlist converter: a walk over sanitized DOM that emits article blocks. Only
// the elements named here mean anything; every other element gives up its text and
// loses its tag. It reads DOM interfaces only (no globals), so the same code runs on
// jsdom in services and on the renderer's DOM for paste.
import type { Block, Direction, FigureElement, Inline, ListItemElement, TableCellElement, TableRowElement } from '../document/types';
import { isSafeHref } from '../document/schema';
import { leaf, tidyInlines, type Marks } from './inline';
import { msoListOf, type MsoList } from './word';
import { applyMarks, dirAttr, flatten, isElement, nameOf, paragraphChars } from './html-dom';
import { markBoldHeaderRow, rowsOf } from './html-table';

export interface WalkOptions {
  /** Asset hash for an <img src>, or null to drop the image. */
  image: (src: string) => string | null;
  /** An image is dropped unseen (it sits where the model holds text only: a cell, an
   * item, a caption), so it is neither stored nor kept, only counted. */
  skipImage: () => void;
  /** Direction of the article; a block whose direction equals it carries no `dir`. */
  baseDir: Direction;
  /** Resolve relative link addresses against this (a page's own address). */
  baseUrl?: string;
  /** Whole-page mode: skip page chrome (footer, aside, ad and share boxes, dates). */
  page: boolean;
  /** Elements already taken for the meta (headline, kicker…), skipped in the body. */
  consumed: Set<unknown>;
  /** Page mode: characters of paragraph text in the article, so that a box with an
   * ad-like class is never dropped when it holds half the article (class names lie). */
  articleText?: number;
}

interface Ctx {
  marks: Marks;
  href: string | null;
  dir: Direction | undefined;
  pre: boolean;
}

const SKIP = new Set([
  'script', 'style', 'template', 'head', 'title', 'noscript', 'iframe', 'object', 'embed', 'svg',
  'math', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'video', 'audio', 'canvas',
  'map', 'meta', 'link', 'base', 'source', 'track', 'frame', 'frameset', 'applet', 'dialog',
]);
const PAGE_SKIP = new Set(['footer', 'aside']);
const IN_COPY = 'p, li, td, th, blockquote, figcaption, h2, h3, h4, h5, h6';
const CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'center',
  'dl', 'dt', 'dd', 'details', 'summary', 'hgroup', 'fieldset', 'legend', 'figcaption', 'caption',
  'li', 'body', 'html',
]);
const JUNK_CLASS =
  /(^|[\s_-])(ads?|advert\w*|adsbygoogle|sponsor\w*|promo\w*|banner|social|share|sharing|related|newsletter|subscribe|cookie\w*|comments?|breadcrumbs?|outbrain|taboola|read-?more|more-stories)($|[\s_-])/i;

export class Walker {
  readonly blocks: Block[] = [];
  private run: Inline[] = [];
  private runDir: Direction | undefined;
  private wordList: { key: string; block: Block } | null = null;

  constructor(private readonly opts: WalkOptions) {}

  private dirProp(dir: Direction | undefined): { dir?: Direction } {
    return dir && dir !== this.opts.baseDir ? { dir } : {};
  }

  private emit(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }

  /** End the current paragraph, if it holds any text. Old CMSs and forums separate
   * paragraphs with <br><br> inside one element: a blank line starts a new paragraph. */
  flush(): void {
    const parts: Inline[][] = [[]];
    let afterBreak = false; // the copy so far ends in a line break (spaces aside)
    for (const n of this.run) {
      const part = parts[parts.length - 1]!;
      if ('type' in n) {
        part.push(n);
        afterBreak = false;
        continue;
      }
      for (const seg of n.text.split(/(\n)/)) {
        if (seg === '\n' && afterBreak) parts.push([]);
        else if (seg) parts[parts.length - 1]!.push({ ...n, text: seg });
        if (seg === '\n') afterBreak = true;
        else if (seg.trim()) afterBreak = false;
      }
    }
    this.run = [];
    for (const part of parts) {
      const children = tidyInlines(part);
      if (children.length) this.blocks.push({ type: 'paragraph', ...this.dirProp(this.runDir), children });
    }
  }

  private text(raw: string, ctx: Ctx): void {
    let t = raw.replace(/[\u00A0\u2007\u202F]/g, ' ');
    if (!ctx.pre) t = t.replace(/[\t\n\r\f ]+/g, ' ');
    const lastLeaf = this.lastText();
    if (!ctx.pre && (lastLeaf === null || /[ \n]$/.test(lastLeaf))) t = t.replace(/^ /, '');
    if (!t) return;
    if (!this.run.length) this.runDir = ctx.dir;
    const piece = leaf(t, ctx.marks);
    const last = this.run[this.run.length - 1];
    if (ctx.href) {
      if (last && 'type' in last && last.href === ctx.href) last.children.push(piece);
      else this.run.push({ type: 'link', href: ctx.href, children: [piece] });
    } else {
      this.run.push(piece);
    }
  }

  private lastText(): string | null {
    const last = this.run[this.run.length - 1];
    if (!last) return null;
    if ('type' in last) return last.children[last.children.length - 1]?.text ?? '';
    return last.text;
  }

  /** Walk `el`'s children into a fresh walker: blocks of a cell, an item, a caption. */
  private sub(el: Element, ctx: Ctx, keepImages = false): Block[] {
    const opts = keepImages ? this.opts : { ...this.opts, image: () => (this.opts.skipImage(), null) };
    const w = new Walker(opts);
    w.children(el, { ...ctx, href: null });
    w.flush();
    return w.blocks;
  }

  children(parent: Node, ctx: Ctx): void {
    for (let n = parent.firstChild; n; n = n.nextSibling) this.node(n, ctx);
  }

  node(n: Node, ctx: Ctx): void {
    if (n.nodeType === 3) return this.text(n.nodeValue ?? '', ctx);
    if (!isElement(n) || this.opts.consumed.has(n)) return;
    const name = nameOf(n);
    if (SKIP.has(name) || n.hasAttribute('data-qalam-hidden') || n.hasAttribute('data-qalam-ignore')) return;
    const c: Ctx = { ...ctx, dir: dirAttr(n) ?? ctx.dir, marks: applyMarks(n, name, ctx.marks) };
    if (this.opts.page) {
      const cls = n.getAttribute('class') ?? '';
      if (name === 'aside' && /pull-?quote/i.test(cls)) return this.quote(n, c);
      if (PAGE_SKIP.has(name) || (JUNK_CLASS.test(cls) && paragraphChars(n) * 2 < (this.opts.articleText ?? 0))) return;
      // A date line of the page is chrome; a date inside the copy is a word of it.
      if (name === 'time' && !n.closest(IN_COPY)) return;
    }
    const mso = name === 'p' || name === 'div' ? msoListOf(n) : null;
    if (mso) return this.msoItem(n, mso, c);
    this.wordList = null;
    switch (name) {
      case 'br':
        return this.text('\n', { ...c, pre: true });
      case 'hr':
        return this.emit({ type: 'divider', children: [{ text: '' }] });
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
        const children = flatten(this.sub(n, c));
        if (children.length) this.emit({ type: 'heading', level: name === 'h1' || name === 'h2' ? 2 : 3, ...this.dirProp(c.dir), children });
        return;
      }
      case 'ul': case 'ol':
        return this.list(n, name === 'ol' ? 'numbered-list' : 'bulleted-list', c);
      case 'blockquote':
        return this.quote(n, c);
      case 'table':
        return this.table(n, c);
      case 'figure':
        return this.figure(n, c);
      case 'img':
        this.image(n, c, []);
        return;
      case 'pre':
        this.flush();
        this.children(n, { ...c, pre: true });
        return this.flush();
      case 'a': {
        const href = this.linkHref(n);
        return this.children(n, ctx.href || !href ? c : { ...c, href });
      }
    }
    if (CONTAINERS.has(name)) {
      this.flush();
      this.children(n, c);
      this.flush();
      return;
    }
    this.children(n, c);
  }

  private linkHref(a: Element): string | null {
    const raw = a.getAttribute('href');
    if (!raw) return null;
    let href = raw.trim();
    if (this.opts.baseUrl) {
      try {
        href = new URL(href, this.opts.baseUrl).href;
      } catch {
        return null;
      }
    }
    return isSafeHref(href) ? href : null;
  }

  private msoItem(p: Element, mso: MsoList, c: Ctx): void {
    this.flush();
    const children = flatten(this.sub(p, c));
    if (!children.length) return;
    const item: ListItemElement = { type: 'list-item', children };
    const last = this.blocks[this.blocks.length - 1];
    if (this.wordList && this.wordList.block === last && this.wordList.key === mso.key && (last.type === 'bulleted-list' || last.type === 'numbered-list')) {
      last.children.push(item);
    } else {
      const block: Block = { type: mso.numbered ? 'numbered-list' : 'bulleted-list', ...this.dirProp(c.dir), children: [item] };
      this.blocks.push(block);
      this.wordList = { key: mso.key, block };
    }
  }

  private list(el: Element, type: 'bulleted-list' | 'numbered-list', c: Ctx): void {
    const items: ListItemElement[] = [];
    const addItems = (list: Element, ctx: Ctx) => {
      for (let n = list.firstChild; n; n = n.nextSibling) {
        if (!isElement(n) || this.opts.consumed.has(n) || n.hasAttribute('data-qalam-hidden')) continue;
        const name = nameOf(n);
        if (name === 'ul' || name === 'ol') { addItems(n, ctx); continue; }
        const itemCtx: Ctx = { ...ctx, dir: dirAttr(n) ?? ctx.dir, marks: applyMarks(n, name, ctx.marks) };
        // Nested lists are flattened into this one, right after the item that holds them.
        let current: Inline[] = [];
        const push = () => {
          const children = tidyInlines(current);
          if (children.length) items.push({ type: 'list-item', ...(itemCtx.dir !== c.dir ? this.dirProp(itemCtx.dir) : {}), children });
          current = [];
        };
        for (const b of this.sub(n, itemCtx)) {
          if (b.type === 'bulleted-list' || b.type === 'numbered-list') {
            push();
            items.push(...b.children);
          } else {
            if (current.length) current.push({ text: '\n' });
            current.push(...flatten([b]));
          }
        }
        push();
      }
    };
    addItems(el, c);
    if (items.length) this.emit({ type, ...this.dirProp(c.dir), children: items });
  }

  private quote(el: Element, c: Ctx): void {
    const pull = /pull-?quote/i.test(el.getAttribute('class') ?? '');
    this.flush();
    for (const b of this.sub(el, c, true)) {
      if (b.type === 'paragraph' || b.type === 'heading') {
        this.blocks.push({ type: pull ? 'pull-quote' : 'blockquote', ...(b.dir ? { dir: b.dir } : {}), children: b.children });
      } else {
        this.blocks.push(b);
      }
    }
  }

  private table(el: Element, c: Ctx): void {
    this.flush();
    const rows = rowsOf(el);
    const cellsOf = (tr: Element) => Array.from(tr.children).filter((x) => ['td', 'th'].includes(nameOf(x)));
    // A table with one column is layout, not data (old pages and Word wrap whole articles
    // in one): its cells' contents become ordinary blocks.
    if (rows.every(({ row }) => cellsOf(row).length <= 1)) {
      for (const { row } of rows) for (const cell of cellsOf(row)) { this.children(cell, c); this.flush(); }
      return;
    }
    for (const cap of Array.from(el.children).filter((x) => nameOf(x) === 'caption')) { this.children(cap, c); this.flush(); }
    const out: TableRowElement[] = [];
    for (const { row, head } of rows) {
      const cells: TableCellElement[] = [];
      for (const cell of cellsOf(row)) {
        const cellCtx: Ctx = { ...c, dir: dirAttr(cell) ?? c.dir };
        const children = flatten(this.sub(cell, cellCtx));
        const header = head || nameOf(cell) === 'th';
        const made: TableCellElement = { type: 'table-cell', ...(header ? { header: true } : {}), ...(cellCtx.dir !== c.dir ? this.dirProp(cellCtx.dir) : {}), children: children.length ? children : [{ text: '' }] };
        cells.push(made);
        // Spanning cells are padded with empty ones so the grid keeps its columns.
        const span = Math.min(Number(cell.getAttribute('colspan')) || 1, 50);
        for (let i = 1; i < span; i++) cells.push({ type: 'table-cell', ...(header ? { header: true } : {}), children: [{ text: '' }] });
      }
      if (cells.some((x) => x.children.some((t) => !('text' in t) || t.text !== ''))) out.push({ type: 'table-row', children: cells });
    }
    markBoldHeaderRow(out);
    const width = Math.max(0, ...out.map((r) => r.children.length));
    for (const r of out) while (r.children.length < width) r.children.push({ type: 'table-cell', children: [{ text: '' }] });
    if (out.length) this.blocks.push({ type: 'table', ...this.dirProp(c.dir), children: out });
  }

  private figure(el: Element, c: Ctx): void {
    const caption = Array.from(el.querySelectorAll('figcaption'))[0];
    const imgs = Array.from(el.querySelectorAll('img')).filter((img) => !caption?.contains(img));
    if (!imgs.length) { this.flush(); this.children(el, c); this.flush(); return; }
    const creditEl = Array.from(el.querySelectorAll('[class]')).find((x) => /(^|\s)(credit|copyright|photo-credit)(\s|$)/i.test(x.getAttribute('class') ?? ''));
    let credit = '';
    if (creditEl) {
      credit = flatten(this.sub(creditEl, c)).map((x) => ('text' in x ? x.text : '')).join('').trim();
      this.opts.consumed.add(creditEl);
    }
    // The caption and credit go to the first image that can be kept. When none can (all
    // remote, say), the caption is real copy and stays as a paragraph.
    const captionInlines: Inline[] = caption ? flatten(this.sub(caption, c)) : [];
    let given = false;
    for (const img of imgs) given = this.image(img, c, given ? [] : captionInlines, given ? '' : credit) || given;
    if (!given && captionInlines.length) this.emit({ type: 'paragraph', ...this.dirProp(c.dir), children: captionInlines });
  }

  /** A figure for an image that can be kept; false when it cannot (nothing is emitted). */
  private image(img: Element, c: Ctx, caption: Inline[], credit = ''): boolean {
    const hash = this.opts.image(img.getAttribute('src') ?? '');
    if (!hash) return false;
    this.flush();
    const fig: FigureElement = {
      type: 'figure',
      ...this.dirProp(c.dir),
      asset: hash,
      alt: (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000),
      ...(credit ? { credit: credit.slice(0, 2000) } : {}),
      children: caption.length ? caption : [{ text: '' }],
    };
    this.blocks.push(fig);
    return true;
  }
}

/** The direction set on an ancestor of where the walk starts (a page's wrapper). */
function inheritedDir(root: Node): Direction | undefined {
  for (let p = isElement(root) ? root : root.parentElement; p; p = p.parentElement) {
    const d = dirAttr(p);
    if (d) return d;
  }
  return undefined;
}

export function walk(root: Node, opts: WalkOptions): Block[] {
  const w = new Walker(opts);
  w.children(root, { marks: {}, href: null, dir: inheritedDir(root), pre: false });
  w.flush();
  return w.blocks;
}

