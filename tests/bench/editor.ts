// Editor benchmark (issue 3 §4): Qalam's Slate editor beside a ProseMirror baseline
// (prosemirror-view/state/schema-basic, same text, same fonts, content-visibility on
// paragraphs), measured in the same run on articles of Arabic paragraphs.
//   keystroke → next frame: beforeinput timestamp to after the following paint (median, p90)
//   CPU/key: main-thread thread time per keystroke from Chromium's tracing, typed in a
//     second pass after the heap is read (steadier than latency; see main-thread-cpu.ts)
//   open → first paint: navigation start to the first frame showing the body
//   JS heap: used V8 heap after forced GCs, document open, after the keystrokes (the goal's
//     measure); DOM MB: Blink's heap (DOM and layout objects), reported beside it
//   The page keeps no copy of the body beside each editor's own (editor-harness.tsx).
//   Both pages hold the same init script (the body as JSON, ~5 MB at 20,000) and bundle.
// Ratios are Qalam / ProseMirror. Goals: keystroke ≤ 1.0× at every size, open ≤ 1.5× at
// 1,000–5,000, heap ≤ 4× at 20,000.
//   tsx tests/bench/editor.ts                       (100, 1000, 5000, 20000 paragraphs)
//   QALAM_BENCH_SIZES=100,1000 QALAM_BENCH_KEYS=20 tsx tests/bench/editor.ts
//   QALAM_BENCH_REPEAT=5 …                          (5 runs per size: median ratio and range)
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/services/chromium';
import type { Block } from '../../electron/common/document/types';
import { buildEditorHarness } from './editor-build';
import { keystrokeLatencies, recordKeystrokes } from './latency';
import { mainThreadCpuPerKey } from './main-thread-cpu';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env.QALAM_BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number).filter((n) => n > 0);
const KEYS = Number(process.env.QALAM_BENCH_KEYS ?? 40);
const WARMUP = 5;
/** Runs per size; each run measures both editors back to back (order alternating). */
const REPEAT = Math.max(1, Number(process.env.QALAM_BENCH_REPEAT ?? 1));
const ENGINES = ['qalam', 'prosemirror'] as const;
type Engine = (typeof ENGINES)[number];

interface Measure {
  keyMedian: number;
  keyP90: number;
  cpuMs: number;
  openMs: number;
  heapMb: number;
  domMb: number;
}

async function sampleParagraphs(): Promise<string[]> {
  const text = await readFile(path.join(ROOT, 'tests/fixtures/article-ar.txt'), 'utf8');
  return text.split(/\n+/).map((l) => l.trim()).filter((l) => l.length > 40);
}

function article(paragraphs: string[], n: number): Block[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'paragraph', children: [{ text: paragraphs[i % paragraphs.length]! }] }));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function measure(browser: Browser, dir: string, engine: Engine, body: Block[]): Promise<Measure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.addInitScript((b) => {
      window.__initialBody = b;
    }, body);
    const url = pathToFileURL(path.join(dir, 'index.html')).href + (engine === 'prosemirror' ? '?engine=prosemirror' : '');
    await page.goto(url, { timeout: 180_000 });
    await page.waitForFunction(() => window.__harness?.ready, undefined, { timeout: 180_000, polling: 100 });
    const openMs = await page.evaluate(() => window.__harness.firstPaintMs!);
    // Let the page settle (Qalam mounts the chunks near the viewport as the browser
    // reports them; chunks far away stay unmounted, by design).
    await page.waitForTimeout(500);

    // Caret at the end of the middle paragraph, scrolled into view. Qalam keeps far
    // chunks off the page: scroll the middle paragraph's chunk in and wait for its blocks.
    const mid = Math.floor(body.length / 2);
    await page.evaluate(async ([m, n, isQalam]) => {
      let p: Element;
      if (isQalam && document.querySelector('[data-qalam="body"] [data-slate-chunk]')) {
        const chunks = document.querySelectorAll('[data-qalam="body"] .body-chunk, [data-qalam="body"] .body-chunk-pending');
        const size = Math.ceil(n / chunks.length);
        const chunk = chunks[Math.floor(m / size)]!;
        chunk.scrollIntoView({ block: 'center' });
        while (!chunk.querySelector(':scope > p')) await new Promise((r) => setTimeout(r, 20));
        p = chunk.querySelectorAll(':scope > p')[m % size]!;
      } else {
        p = document.querySelectorAll(isQalam ? '[data-qalam="body"] p' : '.ProseMirror p')[m]!;
      }
      p.scrollIntoView({ block: 'center' });
      const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let last: globalThis.Node | null = null;
      for (let t = text.nextNode(); t; t = text.nextNode()) if ((t.textContent ?? '').trim()) last = t;
      (p.closest('[contenteditable="true"]') as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(last!, last!.textContent!.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, [mid, body.length, engine === 'qalam'] as const);
    await page.waitForTimeout(300);

    await recordKeystrokes(page);
    const letters = 'ساعدبلمنكتي';
    for (let i = 0; i < KEYS + WARMUP; i++) {
      await page.keyboard.type(letters[i % letters.length]!);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const latencies = (await keystrokeLatencies(page)).slice(WARMUP);
    if (process.env.QALAM_BENCH_DEBUG) console.log(engine, openMs, latencies.length, await page.evaluate(() => document.activeElement?.className));

    // Used JS heap after full collections (twice: the first frees what finalizers held).
    // DOM nodes live in Blink's own heap: `domMb` reports it where Chromium says
    // (embedderHeapUsedSize), for both engines alike.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    if (process.env.QALAM_BENCH_DEBUG) console.log(engine, heap);
    const cpuMs = await mainThreadCpuPerKey(browser, page, letters, KEYS);
    return {
      keyMedian: quantile(latencies, 0.5),
      keyP90: quantile(latencies, 0.9),
      cpuMs,
      openMs,
      heapMb: heap.usedSize / 2 ** 20,
      domMb: (heap.embedderHeapUsedSize ?? 0) / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(7);

const dir = await buildEditorHarness();
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
try {
  const paragraphs = await sampleParagraphs();
  console.log(`editor benchmark: Qalam (Slate ${await version('slate-react')}) vs ProseMirror (view ${await version('prosemirror-view')}), ${KEYS} keystrokes per run`);
  console.log('paragraphs | engine      | key med ms | key p90 ms | CPU/key ms | open ms | heap MB | DOM MB');
  for (const n of SIZES) {
    const body = article(paragraphs, n);
    const runs: Record<Engine, Measure>[] = [];
    for (let rep = 0; rep < REPEAT; rep++) {
      // Alternate which engine goes first, so a burst of load on the shared machine
      // does not always land on the same one.
      const order = rep % 2 === 0 ? ENGINES : [...ENGINES].reverse();
      const results = {} as Record<Engine, Measure>;
      for (const engine of order) results[engine] = await measure(browser, dir, engine, body);
      runs.push(results);
      for (const engine of ENGINES) {
        const r = results[engine];
        console.log(`${String(n).padStart(10)} | ${engine.padEnd(11)} | ${fmt(r.keyMedian)}   | ${fmt(r.keyP90)}   | ${fmt(r.cpuMs, 2)}   | ${fmt(r.openMs, 0)}| ${fmt(r.heapMb)}| ${fmt(r.domMb)}`);
      }
      const q = results.qalam;
      const pm = results.prosemirror;
      console.log(
        `${String(n).padStart(10)} | ratio       | ${ratio(q.keyMedian, pm.keyMedian)}    | ${ratio(q.keyP90, pm.keyP90)}    | ${ratio(q.cpuMs, pm.cpuMs)}    | ${ratio(q.openMs, pm.openMs)} | ${ratio(q.heapMb, pm.heapMb)}  | ${ratio(q.domMb, pm.domMb)}`,
      );
    }
    if (REPEAT > 1) {
      // Median of the per-run ratios, with their range: each ratio compares two editors
      // measured back to back.
      const summary = (pick: (m: Measure) => number) => {
        const rs = runs.map((r) => pick(r.qalam) / pick(r.prosemirror));
        return `${quantile(rs, 0.5).toFixed(2)}× (${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)})`;
      };
      console.log(
        `${String(n).padStart(10)} | median of ${REPEAT} runs: key med ${summary((m) => m.keyMedian)}, key p90 ${summary((m) => m.keyP90)}, CPU/key ${summary((m) => m.cpuMs)}, open ${summary((m) => m.openMs)}, heap ${summary((m) => m.heapMb)}, DOM ${summary((m) => m.domMb)}`,
      );
    }
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}

async function version(pkg: string): Promise<string> {
  const json = JSON.parse(await readFile(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}
