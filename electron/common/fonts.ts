// The bundled fonts (assets/fonts, from @fontsource, SIL OFL). One list for the
// renderer build, HTML export and printing, so every surface uses the same faces.
// Each family ships an Arabic and a Latin subset; unicode-range picks per character.

export const ARABIC_RANGE =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
export const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

export type FontFamily = 'Amiri' | 'Noto Naskh Arabic';

export interface BundledFace {
  family: FontFamily;
  weight: 400 | 700;
  /** File name inside assets/fonts. */
  file: string;
  unicodeRange: string;
}

const SLUG: Record<FontFamily, string> = { Amiri: 'amiri', 'Noto Naskh Arabic': 'noto-naskh-arabic' };

export function facesFor(family: FontFamily): BundledFace[] {
  const faces: BundledFace[] = [];
  for (const weight of [400, 700] as const) {
    faces.push({ family, weight, file: `${SLUG[family]}-arabic-${weight}-normal.woff2`, unicodeRange: ARABIC_RANGE });
    faces.push({ family, weight, file: `${SLUG[family]}-latin-${weight}-normal.woff2`, unicodeRange: LATIN_RANGE });
  }
  return faces;
}

/** Default for print and export: Amiri. Measured in Chromium PDFs here, pdftotext gives
 * back ~94% of words whole with Amiri and ~28% with Noto Naskh Arabic. */
export const DEFAULT_FONT: FontFamily = 'Amiri';

/** @font-face rules; `src(face)` returns the URL (a data: URL when embedding). */
export function fontFaceCss(faces: readonly BundledFace[], src: (face: BundledFace) => string): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;` +
        `src:url(${src(f)}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
}
