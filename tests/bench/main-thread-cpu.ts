// Main-thread CPU per keystroke, from Chromium's tracing: the thread time (not the wall
// time) of every task the page's main thread ran while the keys were typed, divided by
// the keys. Latency (keystroke → next frame) swings with where each key lands against the
// frame clock and with whatever else the machine runs; thread time counts only the work
// the editor made the browser do, so two editors compare on it far more steadily. Used by
// the editor bench beside its latency.
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Type `keys` letters (one every `gapMs`) with tracing on; CPU ms per key. */
export async function mainThreadCpuPerKey(browser: Browser, page: Page, letters: string, keys: number, gapMs = 30): Promise<number> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type(letters[i % letters.length]!);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(200);
  const raw = JSON.parse((await browser.stopTracing()).toString()) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // Every renderer has a CrRendererMain; the page's is the one that worked.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread)) continue;
    busy.set(thread, (busy.get(thread) ?? 0) + (e.tdur ?? e.dur ?? 0));
  }
  return Math.max(0, ...busy.values()) / 1000 / keys;
}
