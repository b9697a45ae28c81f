// The app under test: a fresh temp library, the web host on a free port, and a fresh
// browser context on it. One Chromium per test file (launching is the slow part), a new
// context per test (no shared storage, cookies or sessionStorage token).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { buildRenderer } from '../../../build/build';
import type { Handlers } from '../../../electron/common/contract';
import type { Article } from '../../../electron/common/document/types';
import { startWebHost, type WebHost } from '../../../electron/host/web';
import { createServices } from '../../../electron/services/index';
import { CHROMIUM_ARGS, findChromium } from '../../../electron/services/chromium';

let built: Promise<unknown> | undefined;

/** Build the renderer once per test process (skipped when already current). */
export function ensureBuilt(): Promise<unknown> {
  built ??= buildRenderer({ quiet: true });
  return built;
}

export async function launchBrowser(): Promise<Browser> {
  await ensureBuilt();
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface StartOptions {
  /** Reuse a library (e.g. one a previous host wrote); a fresh temp one otherwise. */
  dbPath?: string;
  wrapHandlers?: (handlers: Handlers) => Handlers;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Open this hash route instead of the library. */
  hash?: string;
}

export interface App {
  page: Page;
  context: BrowserContext;
  host: WebHost;
  url: string;
  dbPath: string;
  /** Uncaught page errors and CSP violations seen so far (a test may assert it empty). */
  problems: string[];
  /** Stop the host (the library stays for inspection until cleanup()). */
  stopHost(): Promise<void>;
  /** Close the context, the host and delete the temp library. */
  close(): Promise<void>;
}

export async function startApp(browser: Browser, options: StartOptions = {}): Promise<App> {
  await ensureBuilt();
  const dir = options.dbPath ? undefined : await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-'));
  const dbPath = options.dbPath ?? path.join(dir!, 'qalam.db');
  const host = await startWebHost({ dbPath, port: 0, quiet: true, wrapHandlers: options.wrapHandlers });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'ar',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.goto(host.url + (options.hash ?? ''));
  let hostOpen = true;
  const stopHost = async () => {
    if (!hostOpen) return;
    hostOpen = false;
    await host.close();
  };
  return {
    page,
    context,
    host,
    url: host.url,
    dbPath,
    problems,
    stopHost,
    async close() {
      await context.close();
      await stopHost();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Call the contract from the test side, as the page would (token and all). */
export async function callApi<T = unknown>(app: App, channel: string, request?: unknown): Promise<T> {
  const origin = new URL(app.url).origin;
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': app.host.token },
    body: request === undefined ? '' : JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; detail?: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.value;
}

/** Read an article straight from a library file (after the host has let go of it). */
export async function readStored(dbPath: string, id: string): Promise<Article> {
  const services = await createServices({ dbPath });
  try {
    return await services.handlers['articles.get']({ id });
  } finally {
    await services.close();
  }
}

/** One Chromium for all the tests of a file: launched before them, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser: the browser is there only inside tests');
    return browser;
  };
}

/** The selector of a stable test hook: q('search') is [data-qalam="search"]. */
export const q = (name: string) => `[data-qalam="${name}"]`;
