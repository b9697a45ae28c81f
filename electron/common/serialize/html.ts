// HTML serializer (DESIGN §5): a standalone, semantic document and a body-only
// fragment. A recursive switch on node.type; every text and attribute is escaped and
// links pass the same allowlist as the schema, so nothing in an article can run.
import type { DigitStyle } from '../arabic/digits';
import { localizeDigits } from '../arabic/digits';
import { isSafeHref } from '../document/schema';
import type { Article, Block, FigureElement, FormattedText, Inline, TableElement } from '../document/types';
import { ARTICLE_CSS } from './article-css';
import { escapeHtml } from './escape';

export interface HtmlOptions {
  /** Digits for the article's text (stored as ASCII). Default: as stored. */
  digits?: DigitStyle;
  /** URL for a figure's image; a data: URL when embedding. Default `asset:<hash>`. */
  assetSrc?: (hash: string) => string;
  /** Extra CSS after the article stylesheet (the print stylesheet, for PDF). */
  extraCss?: string;
  /** @font-face rules with embedded fonts (see fonts.ts fontFaceCss). */
  fontCss?: string;
  /** Font family for the body. */
  fontFamily?: string;
  /** Extra <meta name> entries (generator, date…). */
  metaTags?: Record<string, string>;
}

/** The CSP of an exported document: no script of any kind, nothing fetched. */
export const EXPORT_CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

interface Ctx {
  digits: DigitStyle | undefined;
  assetSrc: (hash: string) => string;
}

function text(value: string, ctx: Ctx, rtl = true): string {
  const localized = ctx.digits ? localizeDigits(value, ctx.digits, rtl) : value;
  return escapeHtml(localized).replace(/\n/g, '<br>');
}

function leaf(node: FormattedText, ctx: Ctx, rtl: boolean): string {
  let out = text(node.text, ctx, rtl);
  if (out === '') return '';
  if (node.underline) out = `<u>${out}</u>`;
  if (node.italic) out = `<em>${out}</em>`;
  if (node.bold) out = `<strong>${out}</strong>`;
  return out;
}

function inlines(children: readonly Inline[], ctx: Ctx, rtl: boolean): string {
  return children
    .map((child) => {
      if ('text' in child) return leaf(child, ctx, rtl);
      const inner = inlines(child.children, ctx, rtl);
      if (!isSafeHref(child.href)) return inner;
      return `<a href="${escapeHtml(child.href.trim())}" rel="noopener noreferrer">${inner}</a>`;
    })
    .join('');
}

function dirAttr(block: { dir?: string }): string {
  return block.dir ? ` dir="${block.dir}"` : '';
}

function isRtl(block: { dir?: string }, parentRtl: boolean): boolean {
  return block.dir ? block.dir !== 'ltr' : parentRtl;
}

function table(block: TableElement, ctx: Ctx, rtl: boolean): string {
  // Leading rows made only of header cells form the <thead> (repeated on each printed page).
  let headRows = 0;
  while (headRows < block.children.length && block.children[headRows]!.children.every((c) => c.header)) headRows++;
  const row = (r: TableElement['children'][number], inHead: boolean) =>
    '<tr>' +
    r.children
      .map((cell) => {
        const tag = cell.header ? 'th' : 'td';
        const scope = cell.header ? (inHead ? ' scope="col"' : ' scope="row"') : '';
        return `<${tag}${scope}${dirAttr(cell)}>${inlines(cell.children, ctx, isRtl(cell, rtl))}</${tag}>`;
      })
      .join('') +
    '</tr>';
  const head = block.children.slice(0, headRows).map((r) => row(r, true)).join('');
  const body = block.children.slice(headRows).map((r) => row(r, false)).join('');
  return (
    `<table${dirAttr(block)}>` +
    (head ? `<thead>${head}</thead>` : '') +
    (body ? `<tbody>${body}</tbody>` : '') +
    '</table>'
  );
}

function figure(block: FigureElement, ctx: Ctx, rtl: boolean): string {
  const caption = inlines(block.children, ctx, rtl);
  const credit = block.credit ? `<span class="credit">${text(block.credit, ctx, rtl)}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : '';
  return (
    `<figure${dirAttr(block)}>` +
    `<img src="${escapeHtml(ctx.assetSrc(block.asset))}" alt="${escapeHtml(block.alt)}" data-asset="${escapeHtml(block.asset)}">` +
    figcaption +
    '</figure>'
  );
}

function block(b: Block, ctx: Ctx, parentRtl: boolean): string {
  const rtl = 'dir' in b ? isRtl(b, parentRtl) : parentRtl;
  switch (b.type) {
    case 'paragraph':
      return `<p${dirAttr(b)}>${inlines(b.children, ctx, rtl)}</p>`;
    case 'heading':
      return `<h${b.level}${dirAttr(b)}>${inlines(b.children, ctx, rtl)}</h${b.level}>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      const items = b.children
        .map((item) => `<li${dirAttr(item)}>${inlines(item.children, ctx, isRtl(item, rtl))}</li>`)
        .join('');
      return `<${tag}${dirAttr(b)}>${items}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote${dirAttr(b)}><p>${inlines(b.children, ctx, rtl)}</p></blockquote>`;
    case 'pull-quote':
      return `<blockquote class="pull-quote"${dirAttr(b)}><p>${inlines(b.children, ctx, rtl)}</p></blockquote>`;
    case 'table':
      return table(b, ctx, rtl);
    case 'figure':
      return figure(b, ctx, rtl);
    case 'divider':
      return '<hr>';
  }
}

/** The body blocks as HTML, one block per line. */
export function blocksToHtml(body: readonly Block[], options: HtmlOptions = {}): string {
  const ctx: Ctx = { digits: options.digits, assetSrc: options.assetSrc ?? ((h) => `asset:${h}`) };
  return body.map((b) => block(b, ctx, true)).join('\n');
}

function header(article: Pick<Article, 'meta'>, ctx: Ctx): string {
  const { kicker, headline, standfirst, byline } = article.meta;
  const parts = [
    kicker ? `<p class="kicker">${text(kicker, ctx)}</p>` : '',
    `<h1>${text(headline, ctx)}</h1>`,
    standfirst ? `<p class="standfirst">${text(standfirst, ctx)}</p>` : '',
    byline ? `<p class="byline">${text(byline, ctx)}</p>` : '',
  ];
  return `<header>\n${parts.filter(Boolean).join('\n')}\n</header>`;
}

/** Body-only fragment for pasting into a web CMS: the <article> element, no <style>. */
export function articleToFragment(article: Pick<Article, 'meta' | 'body'>, options: HtmlOptions = {}): string {
  const ctx: Ctx = { digits: options.digits, assetSrc: options.assetSrc ?? ((h) => `asset:${h}`) };
  const lang = escapeHtml(article.meta.language || 'ar');
  return `<article lang="${lang}" dir="rtl">\n${header(article, ctx)}\n${blocksToHtml(article.body, options)}\n</article>`;
}

/** A standalone document: lang/dir, strict CSP, embedded fonts and styles, metadata. */
export function articleToHtml(article: Pick<Article, 'meta' | 'body'>, options: HtmlOptions = {}): string {
  const { meta } = article;
  const lang = escapeHtml(meta.language || 'ar');
  const metaTags: Record<string, string> = {
    ...(meta.byline ? { author: meta.byline } : {}),
    ...(meta.standfirst ? { description: meta.standfirst } : {}),
    ...(meta.tags.length ? { keywords: meta.tags.join(', ') } : {}),
    ...(meta.section ? { 'article:section': meta.section } : {}),
    generator: 'Qalam',
    ...options.metaTags,
  };
  const family = options.fontFamily ?? 'Amiri';
  const css = [
    options.fontCss ?? '',
    `:root{--qalam-font:'${family.replace(/['\\]/g, '')}', serif;}`,
    ARTICLE_CSS,
    options.extraCss ?? '',
  ].join('\n');
  const title = [meta.kicker, meta.headline].filter(Boolean).join(': ') || meta.headline;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="rtl">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...Object.entries(metaTags).map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`),
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    articleToFragment(article, options),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
