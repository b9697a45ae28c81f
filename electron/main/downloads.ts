// Exports reach the disk the way they do in the web host: the page makes a blob (HTML,
// PDF) and clicks a download link. In the app that becomes the native Save dialog.
// Only downloads of the page's own blob: or data: URLs are allowed; anything else the
// page might try to download (a remote URL, a file: path) is cancelled.
import path from 'node:path';
import { isAppUrl } from './window';

/** True for blob:app://qalam/… and data: URLs. */
export function isOwnDownload(url: string): boolean {
  if (url.startsWith('data:')) return true;
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** A file name that cannot climb out of the folder it is saved in. */
export function safeFileName(name: string, fallback = 'article'): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').trim();
  return base && base !== '.' && base !== '..' ? base.slice(0, 200) : fallback;
}

export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  getMimeType(): string;
  setSaveDialogOptions(options: { title?: string; defaultPath?: string; filters?: { name: string; extensions: string[] }[] }): void;
}

export interface DownloadEventLike {
  preventDefault(): void;
}

/** The session's 'will-download' listener. */
export function handleDownload(event: DownloadEventLike, item: DownloadItemLike, documentsDir: string, lang: 'ar' | 'en'): void {
  if (!isOwnDownload(item.getURL())) {
    event.preventDefault();
    return;
  }
  const name = safeFileName(item.getFilename());
  const ext = path.extname(name).slice(1).toLowerCase();
  const filters = ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
  item.setSaveDialogOptions({
    title: lang === 'ar' ? 'حفظ باسم' : 'Save as',
    defaultPath: path.join(documentsDir, name),
    filters,
  });
}
