// Where the Printer interface lives for callers (electron/main imports it from here).
// The Chromium implementation is in chromium-printer.ts so this stays import-free.
export type { PdfOptions, Printer } from './types';
