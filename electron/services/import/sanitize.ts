// DOMPurify on one jsdom window, made once and reused: a window is costly to build and
// the sanitizer keeps no state between calls. Everything imported from HTML or .docx
// passes through here before the allowlist converter sees it.
import { JSDOM } from 'jsdom';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { installImportHooks, purifyToBody, PURIFY_CONFIG } from '../../common/import/purify';

let purify: DOMPurify | null = null;

function instance(): DOMPurify {
  if (!purify) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    installImportHooks(purify);
  }
  return purify;
}

/** Sanitized HTML as a string (for callers that hand it on as HTML). */
export function sanitizeHtml(html: string): string {
  return instance().sanitize(html, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
}

/** Sanitized HTML as the <body> element of a private document, ready for the converter. */
export function sanitizeToBody(html: string): Element {
  return purifyToBody(instance(), html);
}
