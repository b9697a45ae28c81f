// The two sessions' rules. The editor's session grants no permission, loads nothing but
// the app's own files and inline data (defence in depth beside the CSP), and turns the
// page's export downloads into the native Save dialog. The print session loads only the
// print job's own temp file and its inline fonts and images.
import type { Lang } from '../common/errors';
import { handleDownload, type DownloadEventLike, type DownloadItemLike } from './downloads';
import { allowPrintRequest } from './printer';
import { denyAllPermissions, isAppUrl, type PermissionSession } from './window';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export interface FilterableSession extends PermissionSession {
  webRequest: { onBeforeRequest(listener: RequestListener): void };
}

export interface AppSession extends FilterableSession {
  on(event: 'will-download', listener: (event: DownloadEventLike, item: DownloadItemLike) => void): unknown;
}

/** What the editor's page may load: its own app:// files, inline data and blobs. */
export function isAppSessionRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

export function hardenAppSession(session: AppSession, deps: { documentsDir: string; lang(): Lang }): void {
  denyAllPermissions(session);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppSessionRequest(details.url) }));
  session.on('will-download', (event, item) => handleDownload(event, item, deps.documentsDir, deps.lang()));
}

export function hardenPrintSession(session: FilterableSession, jobsRoot: string): void {
  denyAllPermissions(session);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowPrintRequest(details.url, jobsRoot) }));
}
