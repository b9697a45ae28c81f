// The print stylesheet (DESIGN §5): one stylesheet for every printer (Chromium through
// playwright-core, Electron's printToPDF) and for printing an exported HTML file from a
// browser. Running header and page numbers are CSS @page margin boxes, not Chromium's
// headerTemplate/footerTemplate: margin boxes are laid out with the document's own
// embedded font, the templates are not (and they cannot be used from a browser's Print).
import type { DigitStyle } from '../arabic/digits';
import { QalamError } from '../errors';

export const PAPERS = ['A4', 'A3', 'Letter', 'Tabloid'] as const;
export type Paper = (typeof PAPERS)[number];

/** Paper sizes in PDF points (1/72 in), portrait: what pdfinfo reports. */
export const PAPER_POINTS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595, height: 842 },
  A3: { width: 842, height: 1191 },
  Letter: { width: 612, height: 792 },
  Tabloid: { width: 792, height: 1224 },
};

/** Page margins in millimetres. Physical sides: a sheet has a top whatever the script. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const MARGIN_PRESETS = {
  normal: { top: 22, right: 18, bottom: 22, left: 18 },
  narrow: { top: 16, right: 12, bottom: 16, left: 12 },
  wide: { top: 28, right: 25, bottom: 28, left: 25 },
} as const satisfies Record<string, Margins>;
export type MarginPreset = keyof typeof MARGIN_PRESETS;

export type Columns = 1 | 2 | 3;

export interface RunningHeader {
  /** Section name, printed at the start (right) side of the page head. */
  section?: string;
  /** Date as it should be printed (already formatted, e.g. "٢٩ نوفمبر ٢٠٢٦"). */
  date?: string;
}

export interface PrintCssOptions {
  paper: Paper;
  /** A preset, one number for all sides, or per side (missing sides from `normal`). */
  margins?: MarginPreset | number | Partial<Margins>;
  columns?: Columns;
  /** Digits of the page numbers. Default 'arab' (٠١٢…). */
  digits?: DigitStyle;
  /** Running head on every page but the first; false or empty for none. */
  header?: RunningHeader | false;
  /** "صفحة ٣ من ٨" at the foot of every page. Default true. */
  pageNumbers?: boolean;
  /** Family for the margin boxes; they do not inherit the article's font everywhere. */
  fontFamily?: string;
  /** Body text size in points; default depends on paper and columns. */
  fontSizePt?: number;
}

/** Wider than this and the page area of the smallest paper (Letter) is gone. */
export const MAX_MARGIN_MM = 60;

export function resolveMargins(margins: PrintCssOptions['margins']): Margins {
  let m: Margins;
  if (margins === undefined) m = { ...MARGIN_PRESETS.normal };
  else if (typeof margins === 'string') {
    if (!Object.hasOwn(MARGIN_PRESETS, margins)) throw new QalamError('invalid', `margins: ${margins}`);
    m = { ...MARGIN_PRESETS[margins] };
  } else if (typeof margins === 'number') m = { top: margins, right: margins, bottom: margins, left: margins };
  else m = { ...MARGIN_PRESETS.normal, ...margins };
  for (const [side, mm] of Object.entries(m)) {
    if (typeof mm !== 'number' || !Number.isFinite(mm) || mm < 0 || mm > MAX_MARGIN_MM) {
      throw new QalamError('invalid', `margins.${side}: ${String(mm)} (0–${MAX_MARGIN_MM} mm)`);
    }
  }
  return m;
}

function checkOptions(options: PrintCssOptions): void {
  if (!PAPERS.includes(options.paper)) throw new QalamError('invalid', `paper: ${String(options.paper)}`);
  if (options.columns !== undefined && ![1, 2, 3].includes(options.columns)) {
    throw new QalamError('invalid', `columns: ${String(options.columns)} (1–3)`);
  }
  const size = options.fontSizePt;
  if (size !== undefined && !(Number.isFinite(size) && size >= 6 && size <= 36)) {
    throw new QalamError('invalid', `fontSizePt: ${String(size)} (6–36)`);
  }
}

/** Body size that keeps lines near a newspaper measure (roughly 35–75 characters). */
export function defaultFontSizePt(paper: Paper, columns: Columns): number {
  const large = paper === 'A3' || paper === 'Tabloid';
  const table: Record<Columns, number> = large ? { 1: 15, 2: 13, 3: 11.5 } : { 1: 12, 2: 10.5, 3: 9.5 };
  return table[columns];
}

/**
 * A CSS string literal. Everything outside printable ASCII is hex-escaped, so a section
 * name cannot close the string, the rule or the <style> element ("</style>" in a
 * section name stays text).
 */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    const plain = code >= 0x20 && code < 0x7f && !'"\\<>&\''.includes(ch);
    // Arabic letters are safe inside a string and keep the stylesheet readable.
    const arabic = code >= 0x0600 && code <= 0x06ff;
    out += plain || arabic ? ch : `\\${code.toString(16)} `;
  }
  return out + '"';
}

function fontName(family: string | undefined): string {
  return family ? `${cssString(family)}, serif` : 'var(--qalam-font, serif)';
}

/** The print stylesheet. Goes after the article stylesheet (it overrides screen layout). */
export function printCss(options: PrintCssOptions): string {
  checkOptions(options);
  const columns = options.columns ?? 1;
  const m = resolveMargins(options.margins);
  const size = options.fontSizePt ?? defaultFontSizePt(options.paper, columns);
  const counterStyle = (options.digits ?? 'arab') === 'arab' ? 'arabic-indic' : 'decimal';
  const font = fontName(options.fontFamily);
  const header = options.header || {};
  const boxFont = `font-family:${font};font-size:${Math.max(8, size - 2.5)}pt;color:#444;direction:rtl;`;
  const rule = 'border-block-end:0.5pt solid #999;';
  const pageRules: string[] = [`size:${options.paper} portrait;`, `margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`];
  const boxes: string[] = [];
  const headBox = (where: string, content: string, align: string) =>
    `@${where}{content:${content};${boxFont}text-align:${align};vertical-align:bottom;padding-block-end:1.5mm;margin-block-end:5mm;${rule}}`;
  if (header.section || header.date) {
    // RTL page: the section at the right (start), the date at the left (end); the centre
    // box only carries the rule so it runs the full width.
    boxes.push(headBox('top-right', cssString(header.section ?? ''), 'right'));
    boxes.push(headBox('top-center', '""', 'center'));
    boxes.push(headBox('top-left', cssString(header.date ?? ''), 'left'));
  }
  if (options.pageNumbers ?? true) {
    boxes.push(
      `@bottom-center{content:"صفحة " counter(page, ${counterStyle}) " من " counter(pages, ${counterStyle});` +
        `${boxFont}text-align:center;vertical-align:top;margin-block-start:5mm;}`,
    );
  }
  return `
@page{${pageRules.join('')}${boxes.join('')}}
@page :first{@top-right{content:none}@top-center{content:none}@top-left{content:none}}
html{font-size:${size}pt;line-height:1.65;background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
article{max-inline-size:none;margin:0;padding:0;column-count:${columns};column-gap:${columns > 1 ? '6mm' : 'normal'};
  column-rule:${columns > 1 ? '0.5pt solid #bbb' : 'none'};column-fill:balance}
article>header{column-span:all;margin-block-end:${columns > 1 ? '5mm' : '4mm'};break-after:avoid}
h1{font-size:${columns > 1 ? 2.4 : 2}em;line-height:1.3;margin:.1em 0 .3em}
h1,h2,h3{text-wrap:balance}
.standfirst{font-size:1.2em;line-height:1.5;text-wrap:pretty}
p{widows:3;orphans:3;text-align:justify;text-justify:inter-word;hyphens:none;margin:0 0 .6em;text-wrap:pretty}
li,blockquote p,figcaption,td,th{widows:2;orphans:2}
h2,h3{break-after:avoid;break-inside:avoid;margin-block:1em .35em}
h2{font-size:1.3em}h3{font-size:1.12em}
figure{break-inside:avoid;margin:.8em 0}
figure img{max-block-size:60vh;object-fit:contain}
blockquote,li,tr{break-inside:avoid}
table{font-size:.9em;margin:.8em 0}
thead{display:table-header-group}
tfoot{display:table-footer-group}
a{color:inherit;text-decoration:none}
hr{break-after:avoid}
`.trim();
}
