// Helpers shared by the library, inspector, history and settings end-to-end tests.
import type { Page } from 'playwright-core';
import type { Article, Block } from '../../electron/common/document/types';
import { callApi, type App } from './support/app';

export const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

export function createArticle(app: App, meta: Record<string, unknown>, text = 'نص قصير للاختبار.'): Promise<Article> {
  return callApi<Article>(app, 'articles.create', { meta, body: [para(text)] });
}

/** Open a hash route with a fresh page load (the list is read again). */
export async function go(app: App, hash: string): Promise<void> {
  await app.page.goto(`${new URL(app.url).origin}/${hash}`);
  await app.page.reload();
}

/**
 * Controls inside `root` a screen reader would announce without a name: buttons,
 * links, fields and selects with no aria-label(ledby), <label>, text or title.
 * Hidden controls (display:none, [hidden]) are skipped.
 */
export function unnamedControls(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const scope = document.querySelector(selector);
    if (!scope) return [`no ${selector}`];
    for (const el of scope.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [contenteditable="true"]')) {
      if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      const labelled = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '') ??
        '';
      const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
      const text = el.tagName === 'BUTTON' || el.tagName === 'A' ? (el.textContent ?? '') : '';
      if (`${name}${labels}${text}${el.title}`.trim() === '') out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  }, root);
}

/** Press Tab until `selector` has focus (true) or `max` presses pass (false). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}
