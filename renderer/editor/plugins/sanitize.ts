// DOMPurify on the renderer's own window, with the import hooks, so paste is cleaned
// exactly as file import is (electron/services/import/sanitize.ts does this on jsdom).
// DOMPurify parses into an inert document: a pasted <img onerror> never runs. That
// document still answers to the page's CSP in Chromium, so the HTML is first made quiet
// (csp-quiet.ts: styles moved aside for the hook, handlers and <style> text dropped)
// and a paste logs no CSP violation.
import DOMPurify from 'dompurify';
import { installImportHooks, PURIFY_CONFIG } from '../../../electron/common/import/purify';
import { quietForCsp, STYLE_CARRIER } from '../../../electron/common/import/csp-quiet';

export function sanitizePaste(html: string): Element {
  installImportHooks(DOMPurify, STYLE_CARRIER);
  return DOMPurify.sanitize(quietForCsp(html), { ...PURIFY_CONFIG, RETURN_DOM: true });
}
