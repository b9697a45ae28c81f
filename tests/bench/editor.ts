// Editor benchmark (issue 3 §4): Qalam's Slate editor beside a ProseMirror baseline
// (prosemirror-view/state/schema-basic, same text, same fonts, content-visibility on
// paragraphs), measured in the same run on articles of Arabic paragraphs.
//   keystroke → next frame: beforeinput timestamp to after the following paint (median, p90)
//   open → first paint: navigation start to the first frame showing the body
//   JS heap: used heap after a forced GC, document open
// Ratios are Qalam / ProseMirror. Goals: keystroke ≤ 1.0× at every size, open ≤ 1.5× at
// 1,000–5,000, heap ≤ 4× at 20,000.
//   tsx tests/bench/editor.ts                       (100, 1000, 5000, 20000 paragraphs)
//   QALAM_BENCH_SIZES=100,1000 QALAM_BENCH_KEYS=20 tsx tests/bench/editor.ts
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/services/chromium';
import type { Block } from '../../electron/common/document/types';
import { buildEditorHarness } from './editor-build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env.QALAM_BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number).filter((n) => n > 0);
const KEYS = Number(process.env.QALAM_BENCH_KEYS ?? 40);
const WARMUP = 5;
const ENGINES = ['qalam', 'prosemirror'] as const;
type Engine = (typeof ENGINES)[number];

interface Measure {
  keyMedian: number;
  keyP90: number;
  openMs: number;
  heapMb: number;
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
    // Qalam mounts the chunks below the first screens during idle time: measure typing
    // and heap on the complete document, with every paragraph in the DOM.
    await page.waitForFunction((n) => document.querySelectorAll('[data-qalam="body"] p, .ProseMirror p').length >= n, body.length, {
      timeout: 180_000,
      polling: 250,
    });

    // Caret at the end of the middle paragraph, scrolled into view.
    await page.evaluate((sel) => {
      const paras = document.querySelectorAll(sel);
      const p = paras[Math.floor(paras.length / 2)]!;
      p.scrollIntoView({ block: 'center' });
      const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let last: globalThis.Node | null = null;
      for (let n = text.nextNode(); n; n = text.nextNode()) if ((n.textContent ?? '').trim()) last = n;
      (p.closest('[contenteditable="true"]') as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(last!, last!.textContent!.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, engine === 'qalam' ? '[data-qalam="body"] p' : '.ProseMirror p');
    await page.waitForTimeout(300);

    // Each keystroke: the input's timestamp → after the next paint (rAF, then a task).
    // Playwright types Arabic letters as text input with no keydown, so the clock
    // starts at beforeinput, the first event either editor sees.
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      document.addEventListener(
        'beforeinput',
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => w.__lat.push(performance.now() - t0);
            ch.port2.postMessage(0);
          });
        },
        true,
      );
    });
    const letters = 'ساعدبلمنكتي';
    for (let i = 0; i < KEYS + WARMUP; i++) {
      await page.keyboard.type(letters[i % letters.length]!);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const latencies = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).slice(WARMUP);
    if (process.env.QALAM_BENCH_DEBUG) console.log(engine, openMs, latencies.length, await page.evaluate(() => document.activeElement?.className));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { keyMedian: quantile(latencies, 0.5), keyP90: quantile(latencies, 0.9), openMs, heapMb: heap.usedSize / 2 ** 20 };
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
  console.log('paragraphs | engine      | key med ms | key p90 ms | open ms | heap MB');
  for (const n of SIZES) {
    const body = article(paragraphs, n);
    const results = {} as Record<Engine, Measure>;
    for (const engine of ENGINES) {
      results[engine] = await measure(browser, dir, engine, body);
      const r = results[engine];
      console.log(`${String(n).padStart(10)} | ${engine.padEnd(11)} | ${fmt(r.keyMedian)}   | ${fmt(r.keyP90)}   | ${fmt(r.openMs, 0)}| ${fmt(r.heapMb)}`);
    }
    const q = results.qalam;
    const pm = results.prosemirror;
    console.log(
      `${String(n).padStart(10)} | ratio       | ${ratio(q.keyMedian, pm.keyMedian)}    | ${ratio(q.keyP90, pm.keyP90)}    | ${ratio(q.openMs, pm.openMs)} | ${ratio(q.heapMb, pm.heapMb)}`,
    );
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}

async function version(pkg: string): Promise<string> {
  const json = JSON.parse(await readFile(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}
