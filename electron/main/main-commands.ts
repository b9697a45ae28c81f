// The menu commands main runs itself: they need a native dialog and the disk. Export,
// print and backup act on the article the window shows (its #/article/<id> route), and
// ask the page to flush its autosave first so the file holds what is on screen.
import path from 'node:path';
import { callChannel } from './ipc';
import type { Handlers } from '../common/contract';
import { describeError, toErrorInfo, type ErrorInfo, type Lang } from '../common/errors';
import { safeFileName } from './downloads';
import { openDialogFilters } from './files';
import type { MainCommand } from './menu-items';

interface FileFilter {
  name: string;
  extensions: string[];
}

export interface MainCommandDeps {
  lang(): Lang;
  /** The article the window shows, from its route; undefined in the library view. */
  currentArticleId(): string | undefined;
  /** Ask the page to save what is typed (bounded wait). */
  flushPage(): Promise<unknown>;
  handlers: Handlers;
  exportPdf(id: string): Promise<Uint8Array>;
  backup(toPath: string): Promise<{ path: string; bytes: number }>;
  printOnPaper(html: string): Promise<boolean>;
  showOpenDialog(options: { title: string; properties: ('openFile' | 'multiSelections')[]; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showMessage(kind: 'info' | 'error', message: string): void;
  openFiles(files: string[]): Promise<void>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  documentsDir: string;
  now(): Date;
}

const TEXT = {
  openFirst: { ar: 'افتح مقالًا أولًا.', en: 'Open an article first.' },
  openTitle: { ar: 'فتح ملف واستيراده', en: 'Open and import a file' },
  exportHtml: { ar: 'تصدير HTML', en: 'Export HTML' },
  exportPdf: { ar: 'تصدير PDF', en: 'Export PDF' },
  backup: { ar: 'نسخة احتياطية من المكتبة', en: 'Back up the library' },
  backupDone: { ar: 'حُفظت النسخة الاحتياطية في', en: 'Backup saved to' },
  database: { ar: 'مكتبة قلم', en: 'Qalam library' },
} as const;

class CommandFailed extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.code);
  }
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: ErrorInfo }): T {
  if (!result.ok) throw new CommandFailed(result.error);
  return result.value;
}

export function createMainCommands(deps: MainCommandDeps): (command: MainCommand) => Promise<void> {
  const t = (key: keyof typeof TEXT) => TEXT[key][deps.lang()];

  /** The open article's id and a file name from its headline, after a flush. */
  async function openArticle(): Promise<{ id: string; name: string } | undefined> {
    const id = deps.currentArticleId();
    if (!id) {
      deps.showMessage('info', t('openFirst'));
      return undefined;
    }
    await deps.flushPage();
    const article = unwrap(await callChannel(deps.handlers, 'articles.get', { id }));
    const headline = article.meta.headline.trim().slice(0, 80);
    return { id, name: safeFileName(headline, id) };
  }

  async function saveAs(title: string, name: string, ext: string): Promise<string | undefined> {
    const picked = await deps.showSaveDialog({
      title,
      defaultPath: path.join(deps.documentsDir, `${name}.${ext}`),
      filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
    });
    return picked.canceled || !picked.filePath ? undefined : picked.filePath;
  }

  const run: Record<MainCommand, () => Promise<void>> = {
    'file.open': async () => {
      const picked = await deps.showOpenDialog({
        title: t('openTitle'),
        properties: ['openFile', 'multiSelections'],
        filters: openDialogFilters(deps.lang()),
      });
      if (!picked.canceled && picked.filePaths.length > 0) await deps.openFiles(picked.filePaths);
    },
    'export.html': async () => {
      const article = await openArticle();
      if (!article) return;
      const file = await saveAs(t('exportHtml'), article.name, 'html');
      if (!file) return;
      const { html } = unwrap(await callChannel(deps.handlers, 'export.html', { id: article.id }));
      await deps.writeFile(file, html);
    },
    'export.pdf': async () => {
      const article = await openArticle();
      if (!article) return;
      const file = await saveAs(t('exportPdf'), article.name, 'pdf');
      if (!file) return;
      await deps.writeFile(file, await deps.exportPdf(article.id));
    },
    'file.print': async () => {
      const article = await openArticle();
      if (!article) return;
      // The standalone export carries the print stylesheet, fonts and images.
      const { html } = unwrap(await callChannel(deps.handlers, 'export.html', { id: article.id }));
      await deps.printOnPaper(html);
    },
    'file.backup': async () => {
      const day = deps.now().toISOString().slice(0, 10);
      const picked = await deps.showSaveDialog({
        title: t('backup'),
        defaultPath: path.join(deps.documentsDir, `qalam-backup-${day}.db`),
        filters: [{ name: t('database'), extensions: ['db'] }],
      });
      if (picked.canceled || !picked.filePath) return;
      const info = await deps.backup(picked.filePath);
      deps.showMessage('info', `${t('backupDone')} ${info.path}`);
    },
  };

  return async (command) => {
    try {
      await run[command]();
    } catch (e) {
      const info = e instanceof CommandFailed ? e.info : toErrorInfo(e);
      deps.showMessage('error', describeError(info, deps.lang()));
    }
  };
}
