// A stand-in for the 'electron' module, enough to run the real main bundle
// (build/out/electron/main.cjs) under plain Node: it records what main asks of Electron
// and lets a test play the parts of the page, the OS and the person.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';

export interface Recorded {
  switches: [string, string?][];
  privileged: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  menus: { label?: string; submenu?: unknown }[][];
  dialogs: { kind: string; options: unknown }[];
  opened: string[];
  quits: number;
  exits: number[];
}

export class FakeWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly mainFrame = { url: '', parent: null };
  /** What a print window was given to lay out (read from its file: URL). */
  printed = '';
  readonly debugger = {
    attach: () => undefined,
    detach: () => undefined,
    sendCommand: async () => ({}),
  };
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  readonly loads: string[] = [];
  async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    if (url.startsWith('file:')) this.printed = await readFile(fileURLToPath(url), 'utf8');
    this.url = url;
    this.mainFrame.url = url;
    this.emit('did-navigate', {}, url);
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, message: unknown): void {
    this.sent.push([channel, message]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  replaceMisspelling(): void {}
  /** The editing commands main ran in the page (Cut / Copy / Paste of the editor's menu). */
  readonly edits: string[] = [];
  cut(): void {
    this.edits.push('cut');
  }
  copy(): void {
    this.edits.push('copy');
  }
  paste(): void {
    this.edits.push('paste');
  }
  /** Scripts main ran in the page (the migration splash's updates). */
  readonly scripts: string[] = [];
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return undefined;
  }
  /** A real (one blank page) PDF, so the export's metadata step can parse it. */
  async printToPDF(): Promise<Buffer> {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    return Buffer.from(await doc.save());
  }
}

export class FakeSession extends EventEmitter {
  permissionRequest: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
  permissionCheck: ((c: unknown, p: string) => boolean) | undefined;
  requestFilter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
  spell: { enabled?: boolean; url?: string; languages?: string[] } = {};
  readonly availableSpellCheckerLanguages = ['en-US', 'fr'];
  readonly webRequest = {
    onBeforeRequest: (filter: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => {
      this.requestFilter = filter;
    },
  };
  setPermissionRequestHandler(h: FakeSession['permissionRequest']): void {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: FakeSession['permissionCheck']): void {
    this.permissionCheck = h;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spell.enabled = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.spell.url = url;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spell.languages = languages;
  }
  addWordToSpellCheckerDictionary(): boolean {
    return true;
  }
}

export function createFakeElectron(paths: { appPath: string; userData: string; documents: string }) {
  const recorded: Recorded = {
    switches: [],
    privileged: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    menus: [],
    dialogs: [],
    opened: [],
    quits: 0,
    exits: [],
  };
  const defaultSession = new FakeSession();
  const windows: FakeBrowserWindow[] = [];
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
      recorded.ipcHandlers.set(channel, listener);
    },
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  });
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((r) => (readyResolve = r));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: { appendSwitch: (name: string, value?: string) => void recorded.switches.push([name, value]) },
    getAppPath: () => paths.appPath,
    setPath: (name: string, value: string) => {
      if (name === 'userData') paths.userData = value;
    },
    getPath: (name: string) => (name === 'userData' ? paths.userData : name === 'documents' ? paths.documents : paths.userData),
    requestSingleInstanceLock: () => true,
    setAsDefaultProtocolClient: () => true,
    setAboutPanelOptions: () => undefined,
    getVersion: () => '0.1.0',
    whenReady: () => ready,
    quitting: false,
    exited: false,
    /** As Electron: before-quit, close every window (a prevented close cancels the quit),
     * then will-quit (a prevented will-quit cancels it too). Re-entrant calls are ignored. */
    quit: () => {
      recorded.quits++;
      if (app.quitting || app.exited) return;
      app.quitting = true;
      app.emit('before-quit', { preventDefault() {} });
      for (const w of windows) if (!w.isDestroyed()) w.close();
      if (windows.some((w) => !w.isDestroyed())) {
        app.quitting = false;
        return;
      }
      const willQuit = { prevented: false, preventDefault() { this.prevented = true; } };
      app.emit('will-quit', willQuit);
      app.quitting = false;
      if (!willQuit.prevented) {
        app.exited = true;
        app.emit('quit');
      }
    },
    exit: (code: number) => void recorded.exits.push(code),
    /** The test says when Electron is ready. */
    becomeReady: () => readyResolve(),
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents: FakeWebContents;
    destroyed = false;
    maximized = false;
    constructor(readonly options: { webPreferences?: { session?: FakeSession; preload?: string } & Record<string, unknown> } & Record<string, unknown>) {
      super();
      this.webContents = new FakeWebContents(options.webPreferences?.session ?? defaultSession);
      windows.push(this);
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    close(): void {
      if (this.destroyed) return;
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      this.emit('close', event);
      if (!event.prevented) this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }
    visible = false;
    show(): void {
      if (this.visible) return;
      this.visible = true;
      this.emit('show');
    }
    /** Every value given to setProgressBar (the taskbar's progress), in order. */
    readonly progress: number[] = [];
    setProgressBar(value: number): void {
      this.progress.push(value);
    }
    isVisible(): boolean {
      return this.visible;
    }
    focus(): void {}
    restore(): void {}
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isMinimized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 100, y: 80, width: 1200, height: 800 };
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void recorded.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession, fromPartition: () => new FakeSession() },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => ({ template, popup() {} }),
      setApplicationMenu: (menu: { template: { label?: string }[] }) => void recorded.menus.push(menu.template),
    },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        recorded.dialogs.push({ kind: 'open', options: args.at(-1) });
        return { canceled: true, filePaths: [] };
      },
      showSaveDialog: async (...args: unknown[]) => {
        recorded.dialogs.push({ kind: 'save', options: args.at(-1) });
        return { canceled: true };
      },
      showMessageBox: async (...args: unknown[]) => {
        recorded.dialogs.push({ kind: 'message', options: args.at(-1) });
        return { response: 0 };
      },
      showErrorBox: (title: string, content: string) => void recorded.dialogs.push({ kind: 'error', options: { title, content } }),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    shell: { openExternal: async (url: string) => void recorded.opened.push(url) },
  };
  return { electron, recorded, windows, app, ipcMain, defaultSession };
}
