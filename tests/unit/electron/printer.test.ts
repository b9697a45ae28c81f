import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrintToPDFOptions } from 'electron';
import { allowPrintRequest, ElectronPrinter, type PrintWindowLike } from '../../../electron/main/printer';

const HTML = '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>تحركات عسكرية</title><p>نص المقال</p></html>';

function fakeWindow(seen: { url?: string; html?: string; pdfOptions?: PrintToPDFOptions; debugger: string[] }, fail?: Error): PrintWindowLike {
  let destroyed = false;
  return {
    webContents: {
      async loadURL(url) {
        seen.url = url;
        seen.html = await readFile(fileURLToPath(url), 'utf8');
      },
      async printToPDF(options) {
        seen.pdfOptions = options;
        if (fail) throw fail;
        return Buffer.from('%PDF-1.7 fake');
      },
      print: (_o, cb) => cb(false, 'cancelled'),
      debugger: {
        attach: () => void seen.debugger.push('attach'),
        sendCommand: async (method) => void seen.debugger.push(method),
        detach: () => void seen.debugger.push('detach'),
      },
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
}

async function withRoot(run: (root: string) => Promise<void>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'qalam-printer-test-'));
  try {
    await run(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test('printToPDF lays out the document from a private temp file, with the page’s own @page size', async () => {
  await withRoot(async (root) => {
    const seen: Parameters<typeof fakeWindow>[0] = { debugger: [] };
    const windows: PrintWindowLike[] = [];
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => (windows.push(fakeWindow(seen)), windows.at(-1)!) });
    const pdf = await printer.print(HTML, { paper: 'A4', tagged: true, outline: true });
    assert.equal(Buffer.from(pdf).toString('latin1', 0, 5), '%PDF-');
    assert.equal(seen.html, HTML);
    assert.match(seen.url!, /^file:\/\/.*qalam-print-[^/]+\/article\.html$/);
    assert.equal(seen.pdfOptions!.preferCSSPageSize, true);
    assert.equal(seen.pdfOptions!.pageSize, 'A4');
    assert.equal(seen.pdfOptions!.printBackground, true);
    assert.equal(seen.pdfOptions!.displayHeaderFooter, false);
    assert.equal(seen.pdfOptions!.generateTaggedPDF, true);
    assert.equal(seen.pdfOptions!.generateDocumentOutline, true);
    assert.deepEqual(seen.debugger, ['attach', 'Runtime.evaluate', 'detach'], 'waits for the fonts');
    assert.equal(windows[0]!.isDestroyed(), true);
    assert.deepEqual(await readdir(root), [], 'the temp file is gone');
  });
});

test('a failed print still closes its window and removes its file', async () => {
  await withRoot(async (root) => {
    const seen: Parameters<typeof fakeWindow>[0] = { debugger: [] };
    let win: PrintWindowLike | undefined;
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => (win = fakeWindow(seen, new Error('printing failed'))) });
    await assert.rejects(printer.print(HTML, { paper: 'A4', tagged: false, outline: false }), /printing failed/);
    assert.equal(win!.isDestroyed(), true);
    assert.equal(existsSync(path.dirname(fileURLToPath(seen.url!))), false);
  });
});

test('a closed printer refuses further jobs', async () => {
  await withRoot(async (root) => {
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => fakeWindow({ debugger: [] }) });
    await printer.close();
    await assert.rejects(printer.print(HTML, { paper: 'A4', tagged: false, outline: false }));
  });
});

test('the paper dialog being cancelled is not an error', async () => {
  await withRoot(async (root) => {
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => fakeWindow({ debugger: [] }) });
    assert.equal(await printer.printOnPaper(HTML), false);
  });
});

test('the print session loads only the job’s own file and inline data', () => {
  const root = '/tmp';
  assert.ok(allowPrintRequest('file:///tmp/qalam-print-abc123/article.html', root));
  assert.ok(allowPrintRequest('data:font/woff2;base64,d09GMg==', root));
  for (const url of [
    'https://fonts.example.com/amiri.woff2',
    'http://127.0.0.1:5178/api',
    'file:///etc/passwd',
    'file:///tmp/other/article.html',
    'file:///tmp/nested/qalam-print-abc123/article.html',
    'file:///tmp/qalam-print-abc123/../../etc/passwd',
    'app://qalam/index.html',
  ]) {
    assert.equal(allowPrintRequest(url, root), false, url);
  }
});

test('a document whose fonts never settle is still printed (the wait is bounded)', { timeout: 30_000 }, async () => {
  await withRoot(async (root) => {
    const seen: Parameters<typeof fakeWindow>[0] = { debugger: [] };
    const win = fakeWindow(seen);
    win.webContents.debugger.sendCommand = () => new Promise(() => undefined);
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => win, fontsTimeoutMs: 20 });
    const pdf = await printer.print(HTML, { paper: 'A4', tagged: false, outline: false });
    assert.equal(Buffer.from(pdf).toString('latin1', 0, 5), '%PDF-');
  });
});

test('a print job that never finishes fails after its time limit and cleans up', async () => {
  await withRoot(async (root) => {
    const seen: Parameters<typeof fakeWindow>[0] = { debugger: [] };
    const win = fakeWindow(seen);
    win.webContents.printToPDF = () => new Promise(() => undefined);
    const printer = new ElectronPrinter({ tempRoot: root, createWindow: () => win, jobTimeoutMs: 50 });
    await assert.rejects(printer.print(HTML, { paper: 'A4', tagged: false, outline: false }), /timed out/);
    assert.equal(win.isDestroyed(), true);
    assert.deepEqual(await readdir(root), []);
  });
});
