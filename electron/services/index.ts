// The composition of the services every host shares (Electron IPC, web host, CLI):
// the library, import and export bound to the contract's channels. Plain Node.
import type { DigitStyle } from '../common/arabic/digits';
import path from 'node:path';
import type { Handlers, RestoreProgress } from '../common/contract';
import type { Article } from '../common/document/types';
import type { ExportFormat, ExportOptions } from '../common/export-options';
import type { FontFamily } from '../common/fonts';
import type { MarginPreset, Paper, PrintCssOptions } from '../common/serialize/print-css';
import { exportBatch } from './export/batch';
import { backupNow, listAppBackups, restoreAppBackup, RestoreTracker } from './backups';
import { exportHtml } from './export/html';
import type { AssetSource } from './export/images';
import type { Printer } from './export/types';
import { importFile } from './import/index';
import type { Library, LibraryOptions } from './store/index';
import { openLibrary } from './store/index';
import { SyncApp } from './sync/app';
import { saveFromEditor } from './sync/stale-save';
import { deletionsNotOnShare, trashedIds } from './sync/deletion';
import { findAssetsDir } from './export/fonts';
import { SpellingService } from './spelling/index';

export interface ServicesOptions extends LibraryOptions {
  dbPath: string;
  /** The app passes its printToPDF printer; elsewhere Chromium is started on first use. */
  printer?: Printer;
  assetsDir?: string;
  /** assets/dictionaries by default; a packaged app passes its unpacked copy. */
  dictionariesDir?: string;
  /** The spelling worker script (see spelling/index.ts defaultWorkerFile). */
  spellingWorker?: string;
  /** Told how a restore from a backup goes (the app's taskbar progress); the page asks
   * library.restoreProgress for the same record. */
  onRestoreProgress?: (progress: RestoreProgress) => void;
}

/** How long a purge waits for the pass that carries its deletion to the share. */
const CARRY_DELETIONS_WAIT_MS = 15_000;

export interface ExportRequest {
  format: 'html' | 'pdf';
  fragment?: boolean;
  paper?: Paper;
  columns?: 1 | 2 | 3;
  digits?: DigitStyle;
  margins?: MarginPreset;
  font?: FontFamily;
  /** false: no running head. */
  header?: boolean;
  /** false: no "صفحة ٣ من ٨" folio. */
  pageNumbers?: boolean;
}

/** The contract's export options (and format) as an ExportRequest. */
export function exportRequestFor(format: ExportFormat, options: ExportOptions | undefined): ExportRequest {
  const o = options ?? {};
  return {
    format: format === 'pdf' ? 'pdf' : 'html',
    fragment: format === 'fragment',
    ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
  };
}

export interface Services {
  library: Library;
  handlers: Handlers;
  /** The shared-folder sync (DESIGN §6): starts polling when a window first asks for
   * its status, so one-shot CLI commands never run a pass. */
  sync: SyncApp;
  /** Hunspell in a worker thread, started by the first spelling request. */
  spelling: SpellingService;
  exportArticle(id: string, request: ExportRequest): Promise<string | Uint8Array>;
  close(): Promise<void>;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const { dbPath, printer: givenPrinter, assetsDir, dictionariesDir, spellingWorker, onRestoreProgress, ...libraryOptions } = options;
  const library = openLibrary(dbPath, libraryOptions);
  let ownPrinter: Printer | undefined;
  const sync = new SyncApp(library);
  const spelling = new SpellingService({
    db: library.db,
    // Resolved on first use, so a host without the assets folder still opens a library.
    get dictionariesDir() {
      return dictionariesDir ?? path.join(findAssetsDir(assetsDir), 'dictionaries');
    },
    ...(spellingWorker ? { workerFile: spellingWorker } : {}),
  });
  // A word one desk adds to its dictionary is accepted on every desk of the share.
  sync.shareWords({ version: () => spelling.personal.version, words: () => spelling.personal.list() });
  spelling.acceptAlso(() => sync.sharedWords());

  const assetSource: AssetSource = async (hash) => {
    const asset = library.getAsset(hash);
    return { bytes: asset.bytes, mime: asset.mime };
  };
  const putAsset = (bytes: Uint8Array, mime: string) => library.putAsset(Buffer.from(bytes), mime).hash;

  async function printer(): Promise<Printer> {
    if (givenPrinter) return givenPrinter;
    if (!ownPrinter) {
      // Loaded on first use: playwright-core is needed only to print outside the app.
      const { ChromiumPrinter } = await import('./export/chromium-printer');
      ownPrinter = new ChromiumPrinter();
    }
    return ownPrinter;
  }

  /** Page set-up for the print stylesheet; undefined leaves the stylesheet's default. */
  function pageFor(request: ExportRequest): Partial<PrintCssOptions> {
    return {
      paper: request.paper ?? 'A4',
      columns: request.columns ?? 1,
      ...(request.margins ? { margins: request.margins } : {}),
      ...(request.header === false ? { header: false as const } : {}),
      ...(request.pageNumbers === false ? { pageNumbers: false } : {}),
    };
  }

  async function render(article: Article, request: ExportRequest): Promise<string | Uint8Array> {
    const text = { ...(request.digits ? { digits: request.digits } : {}), ...(request.font ? { font: request.font } : {}) };
    if (request.format === 'html') {
      return exportHtml(article, {
        fragment: request.fragment ?? false,
        ...text,
        print: pageFor(request),
        assetSource,
        ...(assetsDir ? { assetsDir } : {}),
      });
    }
    const { exportPdf } = await import('./export/pdf');
    return exportPdf(article, { ...pageFor(request), ...text }, { printer: await printer(), assetSource, ...(assetsDir ? { assetsDir } : {}) });
  }

  async function exportArticle(id: string, request: ExportRequest): Promise<string | Uint8Array> {
    return render(library.get(id), request);
  }

  /** Before deleting for good, a pass carries the move to the trash to the share (when
   * sync runs and it has not gone yet), so the other desks learn of the deletion. An
   * unreachable share does not stop the purge: here it is gone either way. */
  async function carryDeletions(ids: string[]): Promise<void> {
    if (!sync.state().active || deletionsNotOnShare(library, ids).length === 0) return;
    // A share that hangs (a dropped SMB mount) must not hang the purge with it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, CARRY_DELETIONS_WAIT_MS)));
    await Promise.race([sync.syncNow().catch(() => undefined), wait]);
    clearTimeout(timer);
  }

  const restoring = new RestoreTracker(onRestoreProgress);
  const handlers: Handlers = {
    'articles.create': (draft) => library.create(draft),
    'articles.get': ({ id }) => library.get(id),
    // An editor's save over a version another desk sent meanwhile is kept as a conflict.
    'articles.save': (request) => saveFromEditor(library, request),
    'articles.list': (request) => library.list(request ?? {}),
    'articles.search': (request) => library.search(request),
    'articles.duplicate': ({ id }) => library.duplicate(id),
    'articles.trash': ({ id }) => library.trash(id),
    'articles.restore': ({ id }) => library.untrash(id),
    'articles.purge': async ({ id }) => {
      await carryDeletions([id]);
      return library.purge(id);
    },
    'articles.emptyTrash': async () => {
      await carryDeletions(trashedIds(library));
      return library.emptyTrash();
    },
    'revisions.list': ({ id }) => {
      // Revisions of this device from before names were recorded take its current name.
      const here = library.settings().deviceName.trim();
      return library.listRevisions(id).map((r) =>
        r.device === library.device ? { ...r, thisDevice: true, deviceName: r.deviceName || here } : r,
      );
    },
    'revisions.get': ({ id, revision }) => library.getRevision(id, revision),
    'revisions.restore': ({ id, revision }) => library.restoreRevision(id, revision),
    'assets.put': ({ data, mime }) => library.putAsset(Buffer.from(data, 'base64'), mime),
    'assets.get': ({ hash }) => {
      const asset = library.getAsset(hash);
      return { hash, mime: asset.mime, data: Buffer.from(asset.bytes).toString('base64') };
    },
    'import.file': async ({ name, data }) => {
      const imported = await importFile(name, Buffer.from(data, 'base64'), { putAsset });
      return library.importArticle({ meta: imported.meta, body: imported.body });
    },
    'export.html': async ({ id, fragment, digits, options }) => ({
      html: (await exportArticle(id, {
        ...exportRequestFor(fragment ? 'fragment' : 'html', options),
        ...(digits ? { digits } : {}),
      })) as string,
    }),
    'export.pdf': async ({ id, options }) => ({
      pdf: Buffer.from(await exportArticle(id, exportRequestFor('pdf', options))).toString('base64'),
    }),
    'export.batch': ({ ids, folder, format, options }) =>
      exportBatch({ ids, folder, format }, (id) => library.get(id), (article) => render(article, exportRequestFor(format, options))),
    // Only the desktop app has a native folder dialog (electron/main/folder-gate.ts).
    'export.pickFolder': async () => ({ native: false, folder: null }),
    'settings.get': () => library.settings(),
    'settings.set': (patch) => library.setSettings(patch),
    'library.check': () => library.check(),
    'library.tags': () => library.tags(),
    'library.backup': () => backupNow(library),
    'library.listBackups': () => listAppBackups(library),
    'library.restoreBackup': async ({ path: file }) => {
      const restored = await restoring.run((onProgress) => restoreAppBackup(library, file, onProgress));
      spelling.personal.reload();
      return restored;
    },
    'library.restoreProgress': () => restoring.progress(),
    'sync.status': () => {
      sync.ensureStarted();
      return sync.state();
    },
    'sync.now': (request) => sync.syncNow(request?.adoptShare ?? false),
    'sync.configure': (patch) => sync.configure(patch),
    'sync.conflicts': (request) => sync.conflicts(request?.articleId),
    'sync.resolve': ({ articleId, take, theirs, body, meta }) =>
      sync.resolve(articleId, { take, ...(theirs ? { theirs } : {}), ...(body ? { body } : {}), ...(meta ? { meta } : {}) }),
    'sync.presence': () => sync.presenceNow(),
    'sync.editing': ({ client, articleId }) => {
      sync.setEditing(client, articleId);
      return { ok: true } as const;
    },
    'spelling.check': ({ words, lang }) => spelling.check(words, lang),
    'spelling.suggest': ({ word }) => spelling.suggest(word),
    'spelling.add': ({ word }) => spelling.add(word),
    'spelling.remove': ({ word }) => spelling.remove(word),
    'spelling.words': () => ({ words: spelling.personal.list() }),
  };

  return {
    library,
    handlers,
    sync,
    spelling,
    exportArticle,
    async close() {
      await sync.close();
      await spelling.close();
      await ownPrinter?.close();
      library.close();
    },
  };
}
