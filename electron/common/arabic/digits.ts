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
export function formatNumber(n: number, style: DigitStyle): string {
  return new Intl.NumberFormat(style === 'arab' ? 'ar-EG-u-nu-arab' : 'en-US-u-nu-latn', {
    maximumFractionDigits: 0,
  }).format(n);
}
