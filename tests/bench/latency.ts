// Keystroke latency as the editor and spelling benches measure it: from the input's
// timestamp to after the next paint (rAF, then a task). Playwright types Arabic letters
// as text input with no keydown, so the clock starts at beforeinput, the first event an
// editor sees.
import type { Page } from 'playwright-core';

/** Start recording every keystroke's latency in the page (replacing what was recorded). */
export async function recordKeystrokes(page: Page): Promise<void> {
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
}

/** The latencies recorded so far, in ms, in keystroke order. */
export function keystrokeLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}
