// Spelling costs. Service side: starting the worker and loading each dictionary (paid
// once, on the first word of the language), checking the sample article, suggestions.
// Editor side, per keystroke: working out the words and verdicts of the edited block
// (what decorate does for a changed block), against Slate's Node.string of the same
// block (the baseline: the least any look at the block's text costs), and a full
// re-decorate of every block of a long article (what an answer from the service costs
// when all its chunks are mounted; with chunking only the mounted ones are done).
//
//   tsx tests/bench/spelling.ts
//   QALAM_BENCH_SPELLING_PARAGRAPHS=2000 tsx tests/bench/spelling.ts
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node, type Element } from 'slate';
import { spellingWords } from '../../electron/common/spelling';
import { createServices } from '../../electron/services/index';
import { blockWords } from '../../renderer/editor/spelling/blocks';
import { SpellingCache } from '../../renderer/editor/spelling/cache';
import { keystrokeLatencies, recordKeystrokes } from './latency';

const PARAGRAPHS = Number(process.env.QALAM_BENCH_SPELLING_PARAGRAPHS ?? 20_000);
const ROUNDS = 2000;

const ms = (n: number) => `${n.toFixed(n < 1 ? 4 : 1)} ms`;

function perCall(fn: () => unknown, rounds = ROUNDS): number {
  for (let i = 0; i < 50; i++) fn();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - start) / rounds;
}

const sample = await readFile(new URL('../fixtures/article-ar.txt', import.meta.url), 'utf8');
const lines = sample.split('\n').filter((l) => l.trim() !== '');
const sampleWords = spellingWords(sample).map((w) => w.text);

const dir = await mkdtemp(join(tmpdir(), 'qalam-bench-spelling-'));
const services = await createServices({ dbPath: join(dir, 'qalam.db') });
let start: number;
try {
  start = performance.now();
  await services.spelling.check(['الكتاب']);
  const firstAr = performance.now() - start;
  start = performance.now();
  await services.spelling.check(['book']);
  const firstEn = performance.now() - start;
  start = performance.now();
  const { misspelled } = await services.spelling.check(sampleWords);
  const checkSample = performance.now() - start;
  const suggestTimes: number[] = [];
  for (const word of ['المدرسه', 'ككتابب', 'الحكومه', 'مسؤلين', 'sentense']) {
    start = performance.now();
    await services.spelling.suggest(word);
    suggestTimes.push(performance.now() - start);
  }
  console.log('spelling service (worker thread, hunspell-asm)');
  console.log(`  first Arabic word (worker start + ayaspell load): ${ms(firstAr)} (load alone ${ms(services.spelling.loadMs.ar ?? NaN)})`);
  console.log(`  first English word (en-US load): ${ms(firstEn)} (load alone ${ms(services.spelling.loadMs.en ?? NaN)})`);
  console.log(`  check the sample, ${sampleWords.length} words: ${ms(checkSample)}; flagged: ${misspelled.join('، ')}`);
  console.log(`  suggest: ${suggestTimes.map((t) => ms(t)).join(', ')}`);
  console.log(`  worker + process RSS now: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
} finally {
  await services.close();
  await rm(dir, { recursive: true, force: true });
}

// Editor side: the cache answers from memory (every verdict known, as after the first check).
const cache = new SpellingCache({ check: async () => [], suggest: async () => [], add: async () => undefined });
const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
const block = { type: 'paragraph', children: [{ text: longest }] } as unknown as Element;
for (const w of spellingWords(sample)) cache.verdict(w.key);
await cache.flush();
const workOut = () => {
  let bad = 0;
  for (const w of blockWords(block)) if (cache.verdict(w.key) === 'bad') bad++;
  return bad;
};
const baseline = perCall(() => Node.string(block));
const keystroke = perCall(workOut);
console.log(`editor, per keystroke (the edited block: ${spellingWords(longest).length} words)`);
console.log(`  baseline Node.string: ${ms(baseline)}`);
console.log(`  words + verdicts:     ${ms(keystroke)}  (${(keystroke / baseline).toFixed(1)}× baseline)`);

const article = Array.from({ length: PARAGRAPHS }, (_, i) => ({ type: 'paragraph', children: [{ text: lines[i % lines.length]! }] }) as unknown as Element);
start = performance.now();
for (const b of article) for (const w of blockWords(b)) cache.verdict(w.key);
const all = performance.now() - start;
console.log(`  re-decorate all ${PARAGRAPHS} paragraphs at once (nothing unmounted): ${ms(all)}; one mounted chunk of 100: ${ms((all / PARAGRAPHS) * 100)}`);

// In the page: keystroke → next paint in the real app (web host, Chromium), spelling on
// against spelling off (the baseline) on the same long article, typing at the end of
// its third paragraph. The clock starts at beforeinput and stops after the next paint.
const BROWSER_PARAGRAPHS = Number(process.env.QALAM_BENCH_SPELLING_BROWSER_PARAGRAPHS ?? 1000);
const KEYS = Number(process.env.QALAM_BENCH_SPELLING_KEYS ?? 60);
const { launchBrowser, startApp, callApi } = await import('../e2e/support/app');
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const browser = await launchBrowser();
try {
  const results: Record<string, { median: number; p90: number; underlined: number }> = {};
  for (const spellcheck of [false, true]) {
    const app = await startApp(browser);
    try {
      await callApi(app, 'settings.set', { spellcheck });
      const body = Array.from({ length: BROWSER_PARAGRAPHS }, (_, i) => ({
        type: 'paragraph',
        children: [{ text: `${lines[i % lines.length]} ${i % 5 === 0 ? 'ككتابب' : ''}`.trim() }],
      }));
      const { id } = await callApi<{ id: string }>(app, 'articles.create', { meta: { headline: 'قياس' }, body });
      await app.page.goto(`${new URL(app.url).origin}/#/article/${id}`);
      await app.page.locator('[data-qalam="body"] p').nth(2).waitFor();
      if (spellcheck) await app.page.locator('[data-spelling="misspelled"]').first().waitFor({ timeout: 20_000 });
      await app.page.evaluate(() => {
        const p = document.querySelectorAll('[data-qalam="body"] p')[2]!;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let last: globalThis.Node | null = null;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.textContent ?? '').trim()) last = t;
        (p.closest('[contenteditable="true"]') as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(last!, last!.textContent!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await recordKeystrokes(app.page);
      const letters = ' ساعدبلمنكتي';
      for (let i = 0; i < KEYS; i++) {
        await app.page.keyboard.type(letters[i % letters.length]!);
        await app.page.waitForTimeout(30);
      }
      await app.page.waitForTimeout(400);
      const latencies = (await keystrokeLatencies(app.page)).slice(5);
      const underlined = await app.page.locator('[data-spelling="misspelled"]').count();
      results[spellcheck ? 'on' : 'off'] = { median: quantile(latencies, 0.5), p90: quantile(latencies, 0.9), underlined };
    } finally {
      await app.close();
    }
  }
  const { on, off } = results as Record<'on' | 'off', { median: number; p90: number; underlined: number }>;
  console.log(`in the page, ${BROWSER_PARAGRAPHS} paragraphs, ${KEYS} keystrokes (keystroke → next paint)`);
  console.log(`  baseline, spelling off: median ${ms(off.median)}, p90 ${ms(off.p90)}`);
  console.log(`  spelling on:            median ${ms(on.median)}, p90 ${ms(on.p90)}  (${(on.median / off.median).toFixed(2)}× median; ${on.underlined} words underlined on the page)`);
} finally {
  await browser.close();
}
