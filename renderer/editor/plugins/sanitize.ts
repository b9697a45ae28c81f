// DOMPurify on the renderer's own window, with the import hooks, so paste is cleaned
// exactly as file import is (electron/services/import/sanitize.ts does this on jsdom).
// DOMPurify parses into an inert document: a pasted <img onerror> never runs.
import DOMPurify from 'dompurify';
import { installImportHooks, PURIFY_CONFIG } from '../../../electron/common/import/purify';

export function sanitizePaste(html: string): Element {
  installImportHooks(DOMPurify);
  return DOMPurify.sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM: true });
}
