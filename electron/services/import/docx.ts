// .docx through mammoth into the same HTML path as web pages and Word's clipboard.
// mammoth writes images as data: URLs (they become assets like any pasted image) and,
// with externalFileAccess off, never opens a linked file named inside the document.
import mammoth from 'mammoth';
import { QalamError } from '../../common/errors';

// Word styles newsrooms use, beyond mammoth's defaults (Heading 1–6 → h1–h6).
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.standfirst:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote.pull-quote:fresh",
  'u => u',
];

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function docxToHtml(bytes: Uint8Array, name = ''): Promise<{ html: string; warnings: string[] }> {
  if (!isZip(bytes)) throw new QalamError('bad_file', name || '.docx');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false },
    );
    return { html: result.value, warnings: result.messages.map((m) => m.message) };
  } catch (e) {
    throw new QalamError('bad_file', name || '.docx', { cause: e });
  }
}
