// Digits are stored as ASCII and rendered as the user's setting asks (DESIGN §4).

export type DigitStyle = 'arab' | 'latn';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

export function toArabicIndicDigits(input: string): string {
  return input.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
}

/** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to ASCII. */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

export function applyDigits(input: string, style: DigitStyle): string {
  return style === 'arab' ? toArabicIndicDigits(input) : toLatinDigits(input);
}

/** A whole number in the chosen digits, grouped as Arabic readers expect (٬). */
const numberFormats: Partial<Record<DigitStyle, Intl.NumberFormat>> = {};

export function formatNumber(n: number, style: DigitStyle): string {
  // One formatter per style: making one is costly, and lists format a number per row.
  const format = (numberFormats[style] ??= new Intl.NumberFormat(style === 'arab' ? 'ar-EG-u-nu-arab' : 'en-US-u-nu-latn', {
    maximumFractionDigits: 0,
  }));
  return format.format(n);
}

/** A whole number for a text field, in the chosen digits and ungrouped (٣٦٠٠, not
 * ٣٬٦٠٠): a number field (type=number) shows only Latin digits, and the text is read
 * back with `typedDigits`. */
export function numberForField(n: number, style: DigitStyle): string {
  return formatNumber(n, style).replace(/[٬,]/g, '');
}

/** What a person typed in a number's text field, as Latin digits: Arabic-Indic or
 * Persian digits read as theirs, grouping marks and spaces dropped ("٣٬٦٠٠ " → "3600"). */
export function typedDigits(text: string): string {
  return toLatinDigits(text).replace(/[٬,\s]/g, '');
}

const decimalFormats: Partial<Record<DigitStyle, Intl.NumberFormat>> = {};

/** One decimal at most, in the chosen digits: ٣٫١ or 3.1 (and ٣, not ٣٫٠). */
export function formatDecimal(n: number, style: DigitStyle): string {
  const format = (decimalFormats[style] ??= new Intl.NumberFormat(style === 'arab' ? 'ar-EG-u-nu-arab' : 'en-US-u-nu-latn', {
    maximumFractionDigits: 1,
  }));
  return format.format(n);
}

const ARABIC_LETTER = /[\u0600-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/**
 * Render ASCII digits of Arabic prose in the chosen style, leaving numbers that belong
 * to Latin text alone ("COVID-19", "iPhone 17" stay as they are). A run of digits
 * follows the nearest letter before it in the same text, else the next one after it,
 * else the block's base direction.
 */
export function localizeDigits(text: string, style: DigitStyle, baseRtl = true): string {
  if (style === 'latn') return toLatinDigits(text);
  return text.replace(/[0-9]+/g, (run, offset: number) => {
    for (let i = offset - 1; i >= 0; i--) {
      const ch = text[i]!;
      if (ARABIC_LETTER.test(ch)) return toArabicIndicDigits(run);
      if (LATIN_LETTER.test(ch)) return run;
    }
    for (let i = offset + run.length; i < text.length; i++) {
      const ch = text[i]!;
      if (ARABIC_LETTER.test(ch)) return toArabicIndicDigits(run);
      if (LATIN_LETTER.test(ch)) return run;
    }
    return baseRtl ? toArabicIndicDigits(run) : run;
  });
}
