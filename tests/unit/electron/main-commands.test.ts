import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handlers } from '../../../electron/common/contract';
import { createMainCommands, type MainCommandDeps } from '../../../electron/main/main-commands';
import { ARTICLE_ID, recordingHandlers } from './fakes';

function setup(over: Partial<MainCommandDeps> = {}) {
  const log: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const { handlers } = recordingHandlers();
  const h = handlers as Handlers & Record<string, unknown>;
  h['articles.get'] = (async () => ({ meta: { headline: 'تحركات عسكرية.. الجيش يعيد انتشاره' } })) as never;
  h['export.html'] = (async () => {
    log.push('export.html');
    return { html: '<!doctype html><title>خبر</title>' };
  }) as never;
  const deps: MainCommandDeps = {
    lang: () => 'ar',
    currentArticleId: () => ARTICLE_ID,
    flushPage: async () => void log.push('flush'),
    handlers,
    exportPdf: async () => {
      log.push('pdf');
      return new TextEncoder().encode('%PDF-1.7');
    },
    backup: async (to) => ({ path: to, bytes: 4096 }),
    printOnPaper: async (html) => {
      log.push(`print:${html}`);
      return true;
    },
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/editor/خبر.docx'] }),
    showSaveDialog: async (o) => {
      log.push(`save-dialog:${o.defaultPath}`);
      return { canceled: false, filePath: o.defaultPath };
    },
    showMessage: (kind, message) => void log.push(`${kind}:${message}`),
    openFiles: async (files) => void log.push(`open:${files.join(',')}`),
    writeFile: async (file, data) => void written.set(file, data),
    documentsDir: '/home/editor/Documents',
    now: () => new Date('2026-11-29T08:00:00Z'),
    ...over,
  };
  return { run: createMainCommands(deps), log, written };
}

test('Export PDF saves the shown article, flushed first, under its headline', async () => {
  const { run, log, written } = setup();
  await run('export.pdf');
  const file = '/home/editor/Documents/تحركات عسكرية.. الجيش يعيد انتشاره.pdf';
  assert.deepEqual(log, ['flush', `save-dialog:${file}`, 'pdf']);
  assert.equal(new TextDecoder().decode(written.get(file) as Uint8Array), '%PDF-1.7');
});

test('Export HTML writes the standalone document; cancelling the dialog writes nothing', async () => {
  const { run, written } = setup();
  await run('export.html');
  assert.equal([...written.values()][0], '<!doctype html><title>خبر</title>');
  const cancelled = setup({ showSaveDialog: async () => ({ canceled: true }) });
  await cancelled.run('export.html');
  assert.equal(cancelled.written.size, 0);
});

test('Print sends the article’s print-ready HTML to the system dialog', async () => {
  const { run, log } = setup();
  await run('file.print');
  assert.deepEqual(log, ['flush', 'export.html', 'print:<!doctype html><title>خبر</title>']);
});

test('in the library view there is no article to export: the person is told, nothing is written', async () => {
  const { run, log, written } = setup({ currentArticleId: () => undefined });
  await run('export.pdf');
  assert.deepEqual(log, ['info:افتح مقالًا أولًا.']);
  assert.equal(written.size, 0);
});

test('Backup offers a dated file in Documents and reports where it went', async () => {
  const { run, log } = setup();
  await run('file.backup');
  assert.deepEqual(log, [
    'save-dialog:/home/editor/Documents/qalam-backup-2026-11-29.db',
    'info:حُفظت النسخة الاحتياطية في /home/editor/Documents/qalam-backup-2026-11-29.db',
  ]);
});

test('Open imports the picked files; a failure becomes a message in the UI language', async () => {
  const ok = setup();
  await ok.run('file.open');
  assert.deepEqual(ok.log, ['open:/home/editor/خبر.docx']);
  const failing = setup({
    exportPdf: async () => {
      throw new Error('printToPDF failed');
    },
  });
  await failing.run('export.pdf');
  assert.match(failing.log.at(-1)!, /^error:خطأ غير متوقع: printToPDF failed$/);
});
