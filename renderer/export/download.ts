// Saving an export: a Blob and a download link. In the web host the browser saves it;
// in the app electron/main/downloads.ts turns the same download into the native Save
// dialog (only the page's own blob: URLs are allowed there).
import { base64ToBytes } from './pdf-pages';

export function saveBlob(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy by the next task; keep the URL a little longer anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function pdfBlob(base64: string): Blob {
  return new Blob([base64ToBytes(base64) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
