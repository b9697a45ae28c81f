// Exported HTML runs nothing from article content, even opened in a browser with
// JavaScript on: every hostile payload (shared with the import tests) is put in every
// field the serializer writes, and a canary listens for dialogs, script and requests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../electron/services/chromium';
import { exportHtml } from '../../../electron/services/export/html';
import type { Article, Block } from '../../../electron/common/document/types';
import { HOSTILE_PAYLOADS } from '../../fixtures/hostile/index';
import { sampleArticle } from './sample-article';
import { solidPng } from './png';
import { htmlProblems } from './validator';

const PHOTO = 'd'.repeat(64);
const HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "https://example.com/'onmouseover='alert(1)",
];

function hostileArticle(): Article {
  const all = HOSTILE_PAYLOADS.map((p) => p.html);
  const base = sampleArticle();
  const body: Block[] = [];
  for (const html of all) {
    body.push({ type: 'heading', level: 2, children: [{ text: html }] });
    body.push({ type: 'paragraph', children: [{ text: html, bold: true }, ...HREFS.map((href) => ({ type: 'link' as const, href, children: [{ text: html }] }))] });
    body.push({ type: 'figure', asset: PHOTO, alt: html, credit: html, children: [{ text: html }] });
    body.push({ type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: html }] }] }] });
    body.push({ type: 'bulleted-list', children: [{ type: 'list-item', dir: 'ltr', children: [{ text: html }] }] });
    body.push({ type: 'pull-quote', children: [{ text: html }] });
  }
  const joined = all.join(' ');
  return {
    ...base,
    meta: { ...base.meta, kicker: joined, headline: joined, standfirst: joined, byline: joined, section: joined, tags: all },
    body,
  };
}

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser.close();
});

interface Canary {
  page: Page;
  fired: string[];
}

const ORIGIN = 'http://qalam.test/';

/** A JavaScript-enabled page where alert/prompt/confirm, dialogs, errors thrown by page
 * script and any request other than data: are all recorded. */
async function canaryPage(html: string): Promise<Canary> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const fired: string[] = [];
  // Served from a URL (not setContent) so the canary's init script runs in the document.
  await page.route('**/*', (route) =>
    route.request().url() === ORIGIN
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__pwned = [];
    for (const name of ['alert', 'prompt', 'confirm', 'print']) {
      w[name] = (...args: unknown[]) => (w.__pwned as unknown[]).push(`${name}(${args.join(',')})`);
    }
  });
  page.on('dialog', (d) => {
    fired.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== ORIGIN) fired.push(`request ${r.url()}`);
  });
  page.on('pageerror', (e) => fired.push(`pageerror ${e.message}`));
  await page.goto(ORIGIN, { waitUntil: 'load' });
  return { page, fired };
}

async function pwned(c: Canary): Promise<string[]> {
  const calls = await c.page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned);
  return [...c.fired, ...calls];
}

test('the canary itself works: unescaped markup in a page without CSP is caught', async () => {
  const c = await canaryPage('<p>نص</p><img src="data:," onerror="alert(1)"><script>confirm(2)</script>');
  assert.deepEqual((await pwned(c)).sort(), ['alert(1)', 'confirm(2)']);
  await c.page.context().close();
});

test('exported HTML with every hostile payload in every field runs nothing and shows them as text', async () => {
  const article = hostileArticle();
  const html = await exportHtml(article, { assetSource: async () => ({ bytes: solidPng(4, 4), mime: 'image/png' }) });
  const c = await canaryPage(html);
  // Hover a sample of elements: a handler smuggled onto one would fire now (the DOM check
  // below covers the rest: no element carries any on* attribute).
  for (const el of (await c.page.locator('article a, article p, article img, article th').all()).slice(0, 12)) {
    await el.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  }
  assert.deepEqual(await pwned(c), []);

  const dom = await c.page.evaluate(() => ({
    scripts: document.querySelectorAll('script, iframe, object, embed, base, form, svg, math').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    headline: document.querySelector('h1')?.textContent,
    alt: document.querySelector('figure img')?.getAttribute('alt'),
  }));
  assert.equal(dom.scripts, 0);
  assert.deepEqual(dom.handlers, []);
  assert.ok(dom.hrefs.length > 0);
  for (const href of dom.hrefs) assert.match(href, /^(https:\/\/|data:image\/png;base64,)/, href);
  // Text is text (a line break in it prints as <br>, so it is not in textContent).
  assert.ok(dom.headline === article.meta.headline.replace(/\n/g, ''), 'markup-looking text stays text');
  assert.equal(dom.alt, HOSTILE_PAYLOADS[0]!.html);
  await c.page.context().close();

  assert.deepEqual(await htmlProblems(html), []);
});

test('a figure whose asset is not a hash is refused before it reaches an attribute', async () => {
  const article = sampleArticle();
  article.body = [{ type: 'figure', asset: '"><img src=x onerror=alert(1)>', alt: '', children: [{ text: '' }] }];
  await assert.rejects(
    exportHtml(article, { assetSource: async () => ({ bytes: solidPng(2, 2), mime: 'image/png' }) }),
    { name: 'QalamError', code: 'invalid' },
  );
});
