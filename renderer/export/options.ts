// The dialog's choices ↔ the contract's requests and the remembered settings. Pure, so
// the mapping is unit-tested without a page.
import { toArabicIndicDigits, type DigitStyle } from '../../electron/common/arabic/digits';
import type { RequestOf } from '../../electron/common/contract';
import {
  EXPORT_FORMATS,
  exportDefaultsSchema,
  resolveExportOptions,
  type ExportDefaults,
  type ExportFormat,
  type ExportOptions,
  type ResolvedExportOptions,
} from '../../electron/common/export-options';

export interface ExportChoice extends ResolvedExportOptions {
  format: ExportFormat;
}

/** The remembered choices, each one checked: a value an older Qalam wrote that no
 * longer fits falls back to its default instead of breaking the dialog. */
export function initialChoice(remembered: unknown): ExportChoice {
  const parsed = exportDefaultsSchema.safeParse(remembered ?? {});
  const given: ExportDefaults = parsed.success ? parsed.data : {};
  const format = given.format && EXPORT_FORMATS.includes(given.format) ? given.format : 'pdf';
  return { format, ...resolveExportOptions(given) };
}

export function toDefaults(choice: ExportChoice): ExportDefaults {
  const { format, ...options } = choice;
  return { format, ...options };
}

export function optionsOf(choice: ExportChoice): ExportOptions {
  const { format: _format, ...options } = choice;
  return options;
}

export type ExportCall =
  | { channel: 'export.pdf'; request: RequestOf<'export.pdf'> }
  | { channel: 'export.html'; request: RequestOf<'export.html'> };

/** The request that makes the file. The fragment carries no page set-up, but digits
 * still apply to its text. */
export function exportCallFor(id: string, choice: ExportChoice): ExportCall {
  const options = optionsOf(choice);
  if (choice.format === 'pdf') return { channel: 'export.pdf', request: { id, options } };
  if (choice.format === 'fragment') return { channel: 'export.html', request: { id, fragment: true, options: { digits: options.digits } } };
  return { channel: 'export.html', request: { id, options } };
}

/** What the preview needs: real pages for PDF and standalone HTML (the HTML prints
 * with the same stylesheet), the markup itself for the CMS fragment. */
export function previewCallFor(id: string, choice: ExportChoice): ExportCall {
  if (choice.format === 'fragment') return exportCallFor(id, choice);
  return { channel: 'export.pdf', request: { id, options: optionsOf(choice) } };
}

/** Same options → same preview: the key the dialog compares before asking again. */
export function previewKey(id: string, choice: ExportChoice): string {
  return JSON.stringify(previewCallFor(id, choice));
}

const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', html: 'html', fragment: 'fragment.html' };
const MIME: Record<ExportFormat, string> = { pdf: 'application/pdf', html: 'text/html;charset=utf-8', fragment: 'text/html;charset=utf-8' };

/** The slug when it is set (letters, digits, hyphens), else the article id. */
export function fileNameFor(article: { id: string; meta: { slug: string } }, format: ExportFormat): string {
  const slug = article.meta.slug.trim();
  const base = slug && /^[\p{L}\p{N}-]+$/u.test(slug) ? slug : article.id;
  return `${base}.${EXTENSIONS[format]}`;
}

export function mimeFor(format: ExportFormat): string {
  return MIME[format];
}

/** PDF points → whole millimetres (595×842 pt → 210×297 mm). */
export function pointsToMm(points: number): number {
  return Math.round((points * 25.4) / 72);
}

export function showDigits(value: number | string, digits: DigitStyle): string {
  return digits === 'arab' ? toArabicIndicDigits(String(value)) : String(value);
}
