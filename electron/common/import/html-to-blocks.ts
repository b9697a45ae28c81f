// Sanitized HTML (a DOM) into the article model. Pure: it touches only the DOM it is
// handed, so services run it on jsdom and the renderer on its own document for paste.
// Input MUST have been through DOMPurify with installImportHooks (purify.ts) first.
//
//   htmlToBlocks(root)   paste into the body: every h1 is a section heading
//   htmlToArticle(root)  a whole document: the article is picked out of the page, its
//                        h1 is the headline, kicker/standfirst/byline are read from
//                        their classes or positions (html-page.ts)
//
// Images: a data: URL of a PNG, JPEG, GIF or WebP becomes an asset through putAsset; every
// other image (http, file:, SVG, broken data) is dropped and never fetched, and its
// figcaption, if any, stays as a paragraph. The *Async variants accept an asynchronous
// putAsset (the renderer's IPC, a store that hashes off-thread).
import type { Block, Direction } from '../document/types';
import { ASSET_HASH, validateBody } from '../document/schema';
import { QalamError } from '../errors';
import { splitKicker, inlineText, type ImportedArticle } from './inline';
import { walk, type WalkOptions } from './html-walk';
import { readPageMeta } from './html-page';
import { decodeDataImage, type PutAsset, type PutAssetAsync } from './images';

export interface HtmlImportOptions {
  putAsset?: PutAsset;
  /** Direction of the article (default 'rtl'); blocks in it carry no `dir`. */
  baseDir?: Direction;
  /** Images written by Qalam's own export as `asset:<hash>` are kept when the library
   * has that asset (copy and paste between articles); without this they are dropped. */
  hasAsset?: (hash: string) => boolean;
  /** Address of the page, for relative links. Without it relative links lose their link. */
  baseUrl?: string;
  /** htmlToArticle: find the article in a page and drop the page around it (default true). */
  findArticle?: boolean;
  /** No h1: take the first block as the headline (for .docx, where a title is often just
   * the first paragraph). */
  titleFromFirstBlock?: boolean;
  /** No standfirst found: take the first paragraph after the headline (for .docx). */
  standfirstFromFirstParagraph?: boolean;
}

export interface HtmlImportReport {
  /** Images left out: remote, local files, SVG, or bytes that are not an image. */
  imagesDropped: number;
}

type Root = Document | ParentNode;
type ImageFor = (src: string) => string | null;

function bodyOf(root: Root): Element {
  if (root.nodeType === 9) {
    const doc = root as Document;
    return doc.body ?? doc.documentElement;
  }
  if (root.nodeType === 1) return root as Element;
  // A DocumentFragment: look at a copy under one element, never at the caller's nodes.
  const doc = (root as Node).ownerDocument!;
  const div = doc.createElement('div');
  div.append((root as Node).cloneNode(true));
  return div;
}

/** `asset:<hash>` of an asset the library already holds, else null. */
function knownAsset(src: string, hasAsset: HtmlImportOptions['hasAsset']): string | null {
  const m = /^asset:([0-9a-f]{64})$/.exec(src.trim());
  return m && hasAsset?.(m[1]!) ? m[1]! : null;
}

/** Sync resolution: decode and store each image as the walk meets it. */
function storeWith(opts: HtmlImportOptions): ImageFor {
  const { putAsset, hasAsset } = opts;
  return (src) => {
    const known = knownAsset(src, hasAsset);
    if (known) return known;
    const img = putAsset ? decodeDataImage(src) : null;
    return img ? putAsset!(img.bytes, img.mime) : null;
  };
}

/** How a walk meets images: resolve one it keeps, count one it leaves out unseen. */
interface Images {
  image: ImageFor;
  skip: () => void;
}

function counted(image: ImageFor, report: HtmlImportReport): Images {
  return {
    image: (src) => {
      const hash = image(src);
      if (hash && !ASSET_HASH.test(hash)) throw new QalamError('internal', `putAsset returned "${hash.slice(0, 80)}", not a SHA-256 hash`);
      if (!hash) report.imagesDropped++;
      return hash;
    },
    skip: () => void report.imagesDropped++,
  };
}

function walkOptions(opts: Omit<HtmlImportOptions, 'putAsset'>, images: Images, page: boolean): WalkOptions {
  return {
    image: images.image,
    skipImage: images.skip,
    baseDir: opts.baseDir ?? 'rtl',
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
    page,
    consumed: new Set(),
  };
}

function blocksIn(root: Root, opts: Omit<HtmlImportOptions, 'putAsset'>, images: Images): Block[] {
  return validateBody(walk(root as Node, walkOptions(opts, images, false)));
}

function articleIn(root: Root, opts: Omit<HtmlImportOptions, 'putAsset'>, images: Images): ImportedArticle {
  const findArticle = opts.findArticle ?? true;
  const wo = walkOptions(opts, images, findArticle);
  const page = readPageMeta(bodyOf(root), wo, findArticle);
  let body = walk(page.scope, wo);
  const meta = { kicker: page.kicker, headline: page.headline, standfirst: page.standfirst, byline: page.byline };
  const first = body[0];
  if (!meta.headline && opts.titleFromFirstBlock && first && (first.type === 'paragraph' || first.type === 'heading')) {
    meta.headline = inlineText(first.children).replace(/\s+/g, ' ').trim();
    body = body.slice(1);
  }
  if (!meta.kicker && meta.headline) Object.assign(meta, splitKicker(meta.headline));
  const lead = body[0];
  if (!meta.standfirst && lead?.type === 'paragraph') {
    const text = inlineText(lead.children).replace(/\s+/g, ' ').trim();
    // On a page, a paragraph set entirely in bold right under the headline is the lead.
    const boldLead = lead.children.every((c) => 'text' in c && (c.bold || !c.text.trim())) && text.length >= 40;
    if (opts.standfirstFromFirstParagraph || boldLead) {
      meta.standfirst = text;
      body = body.slice(1);
    }
  }
  return { meta, body: validateBody(body) };
}

const newReport = (): HtmlImportReport => ({ imagesDropped: 0 });

export function htmlToBlocks(root: Root, options: HtmlImportOptions = {}, report = newReport()): Block[] {
  return blocksIn(root, options, counted(storeWith(options), report));
}

export function htmlToArticle(root: Root, options: HtmlImportOptions = {}, report = newReport()): ImportedArticle {
  return articleIn(root, options, counted(storeWith(options), report));
}

export interface AsyncHtmlImportOptions extends Omit<HtmlImportOptions, 'putAsset'> {
  putAsset?: PutAssetAsync;
}

/**
 * Two passes: a dry walk notes which images the result would keep (so a page's ads and
 * logos are never stored), then each is stored once and the walk runs for real.
 */
async function twoPass<T>(opts: AsyncHtmlImportOptions, report: HtmlImportReport, run: (images: Images) => T): Promise<T> {
  const { putAsset, hasAsset } = opts;
  const wanted = new Map<string, { bytes: Uint8Array; mime: string }>();
  const placeholder = '0'.repeat(64);
  const dryRun: ImageFor = (src) => {
    const known = knownAsset(src, hasAsset);
    if (known) return known;
    const img = putAsset ? decodeDataImage(src) : null;
    if (!img) return null;
    wanted.set(src, img);
    return placeholder;
  };
  run({ image: dryRun, skip: () => {} });
  const stored = new Map<string, string>();
  for (const [src, img] of wanted) stored.set(src, await putAsset!(img.bytes, img.mime));
  return run(counted((src) => knownAsset(src, hasAsset) ?? stored.get(src) ?? null, report));
}

export async function htmlToBlocksAsync(root: Root, options: AsyncHtmlImportOptions = {}, report = newReport()): Promise<Block[]> {
  return twoPass(options, report, (images) => blocksIn(root, options, images));
}

export async function htmlToArticleAsync(root: Root, options: AsyncHtmlImportOptions = {}, report = newReport()): Promise<ImportedArticle> {
  return twoPass(options, report, (images) => articleIn(root, options, images));
}
