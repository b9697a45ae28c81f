// Bytes of a text file into a string, refusing rather than guessing wrong: an article
// imported as mojibake is worse than a clear "save it as UTF-8".
//   BOM → UTF-8 / UTF-16 LE / UTF-16 BE
//   no BOM → strict UTF-8; else UTF-16 recognised by its zero bytes; else windows-1256
//   (the old Arabic Windows code page), accepted only when the result reads as Arabic.
import { QalamError } from '../errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bom(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: in Arabic and Latin text the high byte of nearly every unit is
 * 0x00 (ASCII: spaces, digits, line breaks) or 0x06 (Arabic letters), and some are 0x00. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  const score = (high: 0 | 1) => {
    let plain = 0;
    let zero = 0;
    for (let i = high; i < bytes.length; i += 2) {
      if (bytes[i] === 0) zero++;
      if (bytes[i] === 0 || bytes[i] === 0x06 || bytes[i] === 0x20) plain++;
    }
    const units = bytes.length / 2;
    return zero > units * 0.02 && plain > units * 0.9;
  };
  if (score(1)) return 'utf-16le';
  if (score(0)) return 'utf-16be';
  return null;
}

/** Control characters other than tab and line breaks mean the bytes are not text. */
const looksBinary = (s: string): boolean => /[\u0000-\u0008\u000E-\u001F\u007F]/.test(s) || s.includes('\uFFFD');

function looksArabic(s: string): boolean {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  const arabic = s.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  return letters > 0 && arabic / letters >= 0.3;
}

/** A legacy Arabic charset an HTML file declares in its first kilobytes (<meta charset>). */
function declaredArabicCharset(bytes: Uint8Array): TextEncodingName | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const m = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const name = m?.[1]?.toLowerCase() ?? '';
  if (['windows-1256', 'cp1256', 'x-cp1256'].includes(name)) return 'windows-1256';
  if (['iso-8859-6', 'iso8859-6', 'arabic', 'asmo-708'].includes(name)) return 'iso-8859-6';
  return null;
}

export function decodeText(bytes: Uint8Array, name = ''): { text: string; encoding: TextEncodingName } {
  const refuse = () => new QalamError('bad_encoding', name || undefined);
  const marked = bom(bytes);
  if (marked) {
    const text = strict(marked.encoding, bytes.subarray(marked.skip));
    if (text === null || looksBinary(text)) throw refuse();
    return { text, encoding: marked.encoding };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== null && !looksBinary(text)) return { text, encoding: utf16 };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) {
    if (looksBinary(utf8)) throw refuse();
    return { text: utf8, encoding: 'utf-8' };
  }
  // A page that names its legacy charset is taken at its word (its markup is Latin, so
  // the share of Arabic letters says nothing); otherwise the text must read as Arabic.
  const declared = declaredArabicCharset(bytes);
  if (declared) {
    const text = strict(declared, bytes);
    if (text !== null && !looksBinary(text)) return { text, encoding: declared };
  }
  const cp1256 = strict('windows-1256', bytes);
  if (cp1256 !== null && !looksBinary(cp1256) && looksArabic(cp1256)) return { text: cp1256, encoding: 'windows-1256' };
  throw refuse();
}
