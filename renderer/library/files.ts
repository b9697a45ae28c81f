// Files the editor hands the library (picker or drop) → base64 for the import channel.
export const IMPORTABLE = ['.txt', '.html', '.htm', '.docx'] as const;
export const IMPORT_ACCEPT = IMPORTABLE.join(',');

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In chunks: String.fromCharCode(...bytes) overflows the stack on a large .docx.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
