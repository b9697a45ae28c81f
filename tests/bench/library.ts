// Benchmark (not a test): search as you type in the library over generated Arabic
// articles. A keystroke in the search box → the results painted, measured in Chromium
// (beforeinput to the frame after the DOM shows the answer for that query: rAF, then a
// task), beside the raw FTS5 query on the same database file with better-sqlite3 in
// the same run. Also printed, to show where the time goes: the store's search with
// snippets in-process, and the same over the web host's HTTP. Goal: ≤ 1.5× raw.
// Also printed: the floor any painted answer has, the raw query plus the wait for the
// next frame of an answer that lands at a random moment (measured in the same page),
// the same with one empty round trip of the web host, and the app against both.
//
//   tsx tests/bench/library.ts                                   10,000 articles
//   QALAM_BENCH_LIBRARY_ARTICLES=2000 tsx tests/bench/library.ts   a quick run
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import type { Block } from '../../electron/common/document/types';
import { matchExpression, openLibrary } from '../../electron/services/store/index';
import { BM25_WEIGHTS } from '../../electron/services/store/search';
import { SEARCH_LIMIT } from '../../renderer/library/useSearch';
import { launchBrowser } from '../e2e/support/app';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = Number(process.env.QALAM_BENCH_LIBRARY_ARTICLES ?? 10_000);
const RAW_REPEATS = 30;

// Words of the sample article, Zipf-skewed, deterministic (as in the store bench).
const sample = fs.readFileSync(new URL('../fixtures/article-ar.txt', import.meta.url), 'utf8');
const vocabulary = [...new Set(sample.match(/[\p{L}\p{M}]+/gu) ?? [])];
let seed = 7;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const zipfWord = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!;
const words = (n: number) => Array.from({ length: n }, zipfWord).join(' ');
const body = (): Block[] => Array.from({ length: 6 }, () => ({ type: 'paragraph' as const, children: [{ text: `${words(40)}.` }] }));

/** What an editor types: common and rare words, whole and as prefixes, one or two words. */
const QUERIES = ['حفتر', 'الإليز', 'العاصمة الفرنسية', 'الأمن', 'تعز', 'المباحثات', 'قصر', 'الليبي', 'دعائم الأمن', 'الراهنة', 'تنسيق', 'الوفد', 'ضرورة', 'المسلحة', 'الملفات الأمنية', 'طاولة'];

/** window.__measure(q): the keystroke (beforeinput) → the frame after the answer for `q`
 * is in the DOM. It also notes, for the breakdown, when the search request left (fetch
 * called), when its answer was read (JSON parsed), when the DOM showed it, and when the
 * frame came: the page side of the web host's client, instrumented here only. */
const MEASURE = `(() => {
  const marks = {};
  window.__marks = marks;
  const realFetch = window.fetch.bind(window);
  window.fetch = (url, init) => {
    const searching = String(url).endsWith('/api/articles.search');
    if (searching && marks.t0 && !marks.sent) marks.sent = performance.now();
    return realFetch(url, init).then((response) => {
      if (!searching) return response;
      const json = response.json.bind(response);
      response.json = () => json().then((v) => { marks.read = performance.now(); return v; });
      return response;
    });
  };
  window.__measure = (q) => new Promise((resolve) => {
    for (const k of Object.keys(marks)) delete marks[k];
    const input = document.querySelector('[data-qalam="search"]');
    // beforeinput: an Arabic letter arrives as text input, with no keydown of its own.
    input.addEventListener('beforeinput', () => { marks.t0 = performance.now(); }, { once: true, capture: true });
    const observer = new MutationObserver(() => {
      const count = document.querySelector('[data-qalam="search-count"]');
      if (!marks.t0 || !count || count.dataset.query !== q) return;
      observer.disconnect();
      marks.dom = performance.now();
      requestAnimationFrame(() => { marks.frame = performance.now(); setTimeout(() => { marks.done = performance.now(); resolve({ ...marks }); }, 0); });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})();`;

interface Marks {
  t0: number;
  sent: number;
  read: number;
  dom: number;
  frame: number;
  done: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const p90 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]!;
};
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** `npm run web -- --db PATH --port 0` as a child process, and a page open on it. */
async function startHostProcess(browser: Browser, dbPath: string) {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['electron/host/web.ts', '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /Qalam: (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before printing its URL`)));
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  return {
    page,
    async call(channel: string, request: unknown): Promise<unknown> {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': token },
        body: JSON.stringify(request),
      });
      return response.json();
    },
    async close() {
      await page.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qalam-bench-library-'));
  const dbPath = path.join(dir, 'qalam.db');
  try {
    console.log(`library search-as-you-type bench: ${ARTICLES} articles, ${QUERIES.length} queries`);
    const lib = openLibrary(dbPath);
    for (let done = 0; done < ARTICLES; done += 2000) {
      lib.transaction(() => {
        for (let i = done; i < Math.min(ARTICLES, done + 2000); i++) {
          lib.create({ meta: { kicker: words(2), headline: words(8), standfirst: words(25), section: 'دولي' }, body: body() });
        }
        lib.flushIndex();
      });
    }
    // The store's own search in-process (snippets included), for the breakdown.
    const storeMs: number[] = [];
    for (const q of QUERIES) {
      const times: number[] = [];
      for (let r = 0; r < 10; r++) {
        const t = performance.now();
        lib.search({ query: q, limit: SEARCH_LIMIT });
        times.push(performance.now() - t);
      }
      storeMs.push(median(times));
    }
    lib.close();

    // Raw FTS5 on the same file: the same MATCH expression, bm25 order, first SEARCH_LIMIT rows (what the search box asks for).
    const raw = new Database(dbPath, { readonly: true });
    const stmt = raw.prepare(
      `SELECT rowid, bm25(articles_fts, ${BM25_WEIGHTS.join(', ')}) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ${SEARCH_LIMIT}`,
    );
    const rawMs: number[] = [];
    const hitCounts: number[] = [];
    for (const q of QUERIES) {
      const expr = matchExpression(q)!;
      const times: number[] = [];
      for (let r = 0; r < RAW_REPEATS; r++) {
        const t = performance.now();
        const rows = stmt.all(expr);
        times.push(performance.now() - t);
        if (r === 0) hitCounts.push(rows.length);
      }
      rawMs.push(median(times));
    }
    raw.close();

    // The app: web host on the same file in a process of its own (as `npm run web` runs
    // it; in the desktop app the services are not in the test driver's process either),
    // Chromium, keystrokes in the search box.
    const browser = await launchBrowser();
    const app = await startHostProcess(browser, dbPath);
    const httpMs: number[] = [];
    const paintMs: number[] = [];
    const frameWaits: number[] = [];
    const roundTrips: number[] = [];
    const phases = { toRequest: [] as number[], request: [] as number[], toDom: [] as number[], toFrame: [] as number[], paint: [] as number[] };
    try {
      for (const q of QUERIES) {
        const times: number[] = [];
        for (let r = 0; r < 5; r++) {
          const t = performance.now();
          await app.call('articles.search', { query: q, limit: SEARCH_LIMIT });
          times.push(performance.now() - t);
        }
        httpMs.push(median(times));
      }
      const { page } = app;
      await page.locator('[data-qalam="search"]').waitFor();
      // A string, not a function: tsx's name-keeping helper does not exist in the page.
      await page.evaluate(MEASURE);
      const search = page.locator('[data-qalam="search"]');
      for (const q of [...QUERIES, ...QUERIES]) {
        // All but the last letter already typed and answered; the last one is measured.
        await search.fill(q.slice(0, -1));
        await page.waitForFunction((p) => document.querySelector<HTMLElement>('[data-qalam="search-count"]')?.dataset.query === p, q.slice(0, -1));
        await page.evaluate((query) => {
          (window as unknown as { __pending: Promise<Marks> }).__pending = (
            window as unknown as { __measure(q: string): Promise<Marks> }
          ).__measure(query);
        }, q);
        await page.keyboard.type(q.slice(-1));
        const m = await page.evaluate(() => (window as unknown as { __pending: Promise<Marks> }).__pending);
        paintMs.push(m.done - m.t0);
        phases.toRequest.push(m.sent - m.t0);
        phases.request.push(m.read - m.sent);
        phases.toDom.push(m.dom - m.read);
        phases.toFrame.push(m.frame - m.dom);
        phases.paint.push(m.done - m.frame);
      }
      // An answer lands when the query is done, not in step with the screen: from a
      // random moment, how long until the next frame is painted (rAF, then a task).
      const waits = (await page.evaluate(`(async () => {
        const waits = [];
        for (let i = 0; i < 40; i++) {
          await new Promise((r) => setTimeout(r, Math.random() * 20));
          const t0 = performance.now();
          await new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); }));
          waits.push(performance.now() - t0);
        }
        return waits;
      })()`)) as number[];
      frameWaits.push(...waits);
      // One round trip of the web host that asks nothing of the store: what any answer
      // pays for crossing from the page to the services and back (IPC in the desktop app).
      const trips = (await page.evaluate(`(async () => {
        const token = sessionStorage.getItem('qalam.token');
        const trips = [];
        for (let i = 0; i < 30; i++) {
          const t0 = performance.now();
          await fetch('/api/settings.get', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': token }, body: '' }).then((r) => r.json());
          trips.push(performance.now() - t0);
        }
        return trips;
      })()`)) as number[];
      roundTrips.push(...trips);
    } finally {
      await app.close();
      await browser.close();
    }

    const rawMedian = median(rawMs);
    const paintMedian = median(paintMs);
    console.log(`  hits per query (raw, ≤${SEARCH_LIMIT}): median ${median(hitCounts)}, min ${Math.min(...hitCounts)}, max ${Math.max(...hitCounts)}`);
    console.log(`  raw FTS5 MATCH + bm25 (better-sqlite3)   median ${fmt(rawMedian)}   p90 ${fmt(p90(rawMs))}`);
    console.log(`  store search with snippets (in-process)  median ${fmt(median(storeMs))}   p90 ${fmt(p90(storeMs))}   ${(median(storeMs) / rawMedian).toFixed(2)}×`);
    console.log(`  articles.search over HTTP (web host)     median ${fmt(median(httpMs))}   p90 ${fmt(p90(httpMs))}   ${(median(httpMs) / rawMedian).toFixed(2)}×`);
    console.log(`  keystroke → results painted (Chromium)   median ${fmt(paintMedian)}   p90 ${fmt(p90(paintMs))}   ${(paintMedian / rawMedian).toFixed(2)}× raw   (goal ≤ 1.5×)`);
    const floor = rawMedian + median(frameWaits);
    console.log(
      `  floor: raw + the wait for the next frame (${fmt(median(frameWaits))})  ${fmt(floor)}   ${(floor / rawMedian).toFixed(2)}× raw; the app is ${fmt(paintMedian - floor)} (${(paintMedian / floor).toFixed(2)}×) above it`,
    );
    const withTrip = floor + median(roundTrips);
    console.log(
      `  floor with one empty round trip of the web host (${fmt(median(roundTrips))})  ${fmt(withTrip)}   ${(withTrip / rawMedian).toFixed(2)}× raw; the app is ${(paintMedian / withTrip).toFixed(2)}× it`,
    );
    console.log(`  where the keystroke's time goes (medians of each phase):`);
    console.log(`    keystroke → search request sent (React, input)        ${fmt(median(phases.toRequest))}`);
    console.log(`    request → answer parsed (HTTP, store, JSON)            ${fmt(median(phases.request))}`);
    console.log(`    answer → results in the DOM (React render + commit)    ${fmt(median(phases.toDom))}`);
    console.log(`    DOM → next frame (waiting for the vsync: rAF)          ${fmt(median(phases.toFrame))}`);
    console.log(`    frame → painted (style, layout, paint; then a task)    ${fmt(median(phases.paint))}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
