// Links leave the app only for the system browser or mail client, and only after the
// URL has been parsed: http, https and mailto. file:, javascript:, smb: (which leaks
// NTLM hashes on Windows) and every custom scheme another program registered are refused.
import { isSafeHref } from '../common/document/schema';

const MAX_URL = 8192;

/** The URL to hand to the OS (normalized by the URL parser), or undefined if refused. */
export function allowedExternalUrl(raw: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_URL || !isSafeHref(raw)) return undefined;
  const url = new URL(raw.trim());
  // "http:foo" parses, but a web link without a host is a typo or a trick.
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  return url.href;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return allowedExternalUrl(raw) !== undefined;
}

/** Open `raw` outside the app if it is allowed; returns whether it was handed over. */
export function openExternalSafely(raw: string, openExternal: (url: string) => Promise<void>): boolean {
  const url = allowedExternalUrl(raw);
  if (url === undefined) return false;
  // A browser that fails to start is not the editor's problem; never crash main over it.
  openExternal(url).catch(() => undefined);
  return true;
}
