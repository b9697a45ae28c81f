// HTML export (DESIGN §5): a standalone document that carries its fonts, images and
// print stylesheet (so File → Print in any browser gives the print desk's page), or a
// body-only fragment for a web CMS. The serializer escapes every text and attribute;
// this module only gathers the bytes it embeds.
import type { DigitStyle } from '../../common/arabic/digits';
import type { Article } from '../../common/document/types';
import { DEFAULT_FONT, type FontFamily } from '../../common/fonts';
import { articleToFragment, articleToHtml } from '../../common/serialize/html';
import { printCss, type PrintCssOptions } from '../../common/serialize/print-css';
import { embeddedFontCss, findAssetsDir } from './fonts';
import { embedImages, type AssetSource } from './images';
import { formatPrintDate } from './print-date';

export interface HtmlExportOptions {
  /** Body-only <article> for a CMS: no <head>, no fonts, no styles. Images stay embedded. */
  fragment?: boolean;
  /** Digits of the article text and page numbers. Default 'arab'. */
  digits?: DigitStyle;
  font?: FontFamily;
  /** Gives figures' image bytes; needed only when the article has figures. */
  assetSource?: AssetSource;
  /** Where assets/fonts lives; found from this module or QALAM_ASSETS_DIR when omitted. */
  assetsDir?: string;
  /** Page set-up used when the document is printed from a browser. Default A4, 1 column. */
  print?: Partial<PrintCssOptions>;
  /** Date of the running header; default today. */
  date?: Date | string;
}

/** Print options with the running header filled from the article. */
export function printOptionsFor(
  article: Pick<Article, 'meta'>,
  print: Partial<PrintCssOptions> | undefined,
  digits: DigitStyle,
  font: FontFamily,
  date: Date | string | undefined,
): PrintCssOptions {
  // Options left undefined by a caller (`{ header: undefined }`) keep the defaults.
  const given = Object.fromEntries(Object.entries(print ?? {}).filter(([, v]) => v !== undefined));
  return {
    paper: 'A4',
    columns: 1,
    digits,
    fontFamily: font,
    header: { section: article.meta.section, date: formatPrintDate(date ?? new Date(), digits) },
    ...given,
  };
}

export interface DocumentParts {
  digits: DigitStyle;
  font: FontFamily;
  fontCss: string;
  images: Map<string, string>;
}

/** Fonts and images, read once, for a standalone document or a printer. */
export async function gatherParts(
  article: Pick<Article, 'body'>,
  options: Pick<HtmlExportOptions, 'digits' | 'font' | 'assetSource' | 'assetsDir'>,
  withFonts = true,
): Promise<DocumentParts> {
  const font = options.font ?? DEFAULT_FONT;
  return {
    digits: options.digits ?? 'arab',
    font,
    fontCss: withFonts ? embeddedFontCss(font, findAssetsDir(options.assetsDir)) : '',
    images: await embedImages(article, options.assetSource),
  };
}

/** The standalone document a printer lays out, or a browser shows. */
export function documentHtml(article: Pick<Article, 'meta' | 'body'>, parts: DocumentParts, css: string): string {
  return articleToHtml(article, {
    digits: parts.digits,
    assetSrc: (hash) => parts.images.get(hash)!,
    fontCss: parts.fontCss,
    fontFamily: parts.font,
    extraCss: css,
  });
}

export async function exportHtml(article: Pick<Article, 'meta' | 'body'>, options: HtmlExportOptions = {}): Promise<string> {
  const parts = await gatherParts(article, options, !options.fragment);
  if (options.fragment) {
    return articleToFragment(article, { digits: parts.digits, assetSrc: (hash) => parts.images.get(hash)! }) + '\n';
  }
  const print = printOptionsFor(article, options.print, parts.digits, parts.font, options.date);
  // On screen the article stylesheet alone; the page set-up only when printed.
  return documentHtml(article, parts, `@media print{\n${printCss(print)}\n}`);
}
