// Import for every host (app, CLI, web host): bytes or text in, { meta, body } out,
// validated, nothing stored here. Images go to the caller's putAsset (the library's
// asset store) and come back as hashes.
import { QalamError } from '../../common/errors';
import type { ImportedArticle } from '../../common/import/inline';
import { textToArticle } from '../../common/import/text';
import { decodeText, type TextEncodingName } from '../../common/import/decode';
import { htmlToArticleAsync, type HtmlImportOptions } from '../../common/import/html-to-blocks';
import type { PutAssetAsync } from '../../common/import/images';
import { sanitizeToBody } from './sanitize';
import { docxToHtml, isZip } from './docx';

export { sanitizeHtml, sanitizeToBody } from './sanitize';

export type ImportFormat = 'text' | 'html' | 'docx';

export interface ImportResult extends ImportedArticle {
  report: {
    format: ImportFormat;
    encoding?: TextEncodingName;
    /** Images left out (remote, local files, SVG, not really images). */
    imagesDropped: number;
    /** What mammoth could not carry over (unknown Word styles…), for the curious. */
    warnings: string[];
  };
}

export interface ImportOptions {
  putAsset?: PutAssetAsync;
  /** Address the HTML came from, for its relative links. */
  baseUrl?: string;
  /** Whether the library holds an asset, for `asset:<hash>` images of Qalam's own HTML. */
  hasAsset?: (hash: string) => boolean;
}

function nonEmpty(result: ImportResult, name?: string): ImportResult {
  const { kicker, headline, standfirst } = result.meta;
  if (!kicker && !headline && !standfirst && !result.body.length) throw new QalamError('empty_import', name);
  return result;
}

export function importText(text: string, name?: string, options: { markdown?: boolean } = {}): ImportResult {
  return nonEmpty({ ...textToArticle(text, options), report: { format: 'text', imagesDropped: 0, warnings: [] } }, name);
}

async function fromHtml(html: string, format: ImportFormat, extra: HtmlImportOptions, options: ImportOptions, warnings: string[] = []): Promise<ImportResult> {
  const report = { imagesDropped: 0 };
  const article = await htmlToArticleAsync(sanitizeToBody(html), { ...extra, ...options }, report);
  return { ...article, report: { format, imagesDropped: report.imagesDropped, warnings } };
}

export async function importHtml(html: string, options: ImportOptions = {}, name?: string): Promise<ImportResult> {
  return nonEmpty(await fromHtml(html, 'html', {}, options), name);
}

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}, name?: string): Promise<ImportResult> {
  const { html, warnings } = await docxToHtml(bytes, name);
  // A Word file is one article, not a page: nothing to pick out, and a title that is
  // just the first paragraph is still the title (as in plain text).
  const docx: HtmlImportOptions = { findArticle: false, titleFromFirstBlock: true, standfirstFromFirstParagraph: true };
  return nonEmpty(await fromHtml(html, 'docx', docx, options, warnings), name);
}

const TEXT_EXT = new Set(['txt', 'text', 'md', 'markdown']);
const HTML_EXT = new Set(['html', 'htm', 'xhtml']);
const REFUSED: Record<string, string> = {
  doc: 'Word 97–2003 (.doc): save it as .docx',
  rtf: 'RTF: save it as .docx',
  pdf: 'PDF',
  odt: 'OpenDocument (.odt): save it as .docx',
  pages: 'Pages: export it as .docx',
};

const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(text);

/** Import a file by its name, and by its first bytes when the name says nothing useful. */
export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext in REFUSED) throw new QalamError('unsupported_file', REFUSED[ext]);
  if (!bytes.length) throw new QalamError('empty_import', name);
  if (ext === 'docx' || (ext === '' && isZip(bytes))) return importDocx(bytes, options, name);
  if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext) && ext !== '') throw new QalamError('unsupported_file', name);
  const { text, encoding } = decodeText(bytes, name);
  const asHtml = HTML_EXT.has(ext) || (ext === '' && looksLikeHtml(text));
  const markdown = ext === 'md' || ext === 'markdown';
  const result = asHtml ? await importHtml(text, options, name) : importText(text, name, { markdown });
  return { ...result, report: { ...result.report, encoding } };
}
