// The page set-up an editor chooses in the export dialog, as the contract carries it and
// as settings remember it. One schema for the preview, the PDF, the standalone HTML and
// the batch, so what the preview shows is what the file holds.
import { z } from 'zod';
import { PAPERS, MARGIN_PRESETS, type Columns, type MarginPreset, type Paper } from './serialize/print-css';
import type { FontFamily } from './fonts';
import type { DigitStyle } from './arabic/digits';

export const EXPORT_FORMATS = ['pdf', 'html', 'fragment'] as const;
/** pdf; html = standalone document (fonts, images, print CSS); fragment = body only, for a web CMS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MARGIN_NAMES = Object.keys(MARGIN_PRESETS) as MarginPreset[];
export const FONT_NAMES = ['Amiri', 'Noto Naskh Arabic'] as const satisfies readonly FontFamily[];

export const exportOptionsSchema = z.strictObject({
  paper: z.enum(PAPERS).optional(),
  margins: z.enum(MARGIN_NAMES as [MarginPreset, ...MarginPreset[]]).optional(),
  columns: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  digits: z.enum(['arab', 'latn']).optional(),
  font: z.enum(FONT_NAMES).optional(),
  /** Running head (section, date) on every page but the first. */
  header: z.boolean().optional(),
  /** "صفحة ٣ من ٨" at the foot of every page. */
  pageNumbers: z.boolean().optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** What settings remember between exports: the options and the last format. */
export const exportDefaultsSchema = exportOptionsSchema.extend({ format: z.enum(EXPORT_FORMATS).optional() });
export type ExportDefaults = z.infer<typeof exportDefaultsSchema>;

export interface ResolvedExportOptions {
  paper: Paper;
  margins: MarginPreset;
  columns: Columns;
  digits: DigitStyle;
  font: FontFamily;
  header: boolean;
  pageNumbers: boolean;
}

/** Amiri by default: text copied out of its PDFs keeps its words (DESIGN §5, issue 5). */
export const EXPORT_OPTION_DEFAULTS: ResolvedExportOptions = {
  paper: 'A4',
  margins: 'normal',
  columns: 1,
  digits: 'arab',
  font: 'Amiri',
  header: true,
  pageNumbers: true,
};

export function resolveExportOptions(options: ExportOptions | undefined): ResolvedExportOptions {
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  return { ...EXPORT_OPTION_DEFAULTS, ...given };
}
