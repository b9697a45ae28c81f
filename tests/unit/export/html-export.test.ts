import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { exportHtml } from '../../../electron/services/export/html';
import { findAssetsDir } from '../../../electron/services/export/fonts';
import { facesFor } from '../../../electron/common/fonts';
import { EXPORT_CSP } from '../../../electron/common/serialize/html';
import type { Article } from '../../../electron/common/document/types';
import { sampleArticle } from './sample-article';
import { solidPng } from './png';
import { htmlProblems as problems } from './validator';


const PHOTO = 'c'.repeat(64);
const png = solidPng(30, 20);
const assetSource = async (hash: string) => {
  if (hash !== PHOTO) throw new Error(`unexpected asset ${hash}`);
  return { bytes: png, mime: 'image/png' };
};

function illustrated(): Article {
  const a = sampleArticle();
  a.body.splice(2, 0, { type: 'figure', asset: PHOTO, alt: 'صدام حفتر في "الإليزيه"', credit: 'رويترز', children: [{ text: 'الوفد الليبي في باريس' }] });
  return a;
}


test('standalone HTML carries its fonts, images and print stylesheet, and fetches nothing', async () => {
  const html = await exportHtml(illustrated(), { assetSource, date: '2026-11-29' });
  const doc = new JSDOM(html).window.document;
  const css = doc.querySelector('style')!.textContent!;
  // Every face of Amiri (Arabic + Latin, 400 + 700) as a data: URL; no other url() at all.
  assert.equal((css.match(/@font-face\{font-family:'Amiri'/g) ?? []).length, facesFor('Amiri').length);
  const urls = css.match(/url\(([^)]*)\)/g) ?? [];
  assert.ok(urls.length >= 4);
  assert.ok(urls.every((u) => u.startsWith('url(data:font/woff2;base64,')), 'only embedded fonts');
  const img = doc.querySelector('figure img')!;
  assert.equal(img.getAttribute('src'), `data:image/png;base64,${Buffer.from(png).toString('base64')}`);
  assert.equal(img.getAttribute('alt'), 'صدام حفتر في "الإليزيه"');
  // The page set-up applies when printed, not on screen.
  assert.match(css, /@media print\{\s*@page\{size:A4 portrait;/);
  assert.match(css, /@top-right\{content:"شؤون دولية"/);
  assert.match(css, /counter\(page, arabic-indic\)/);
  assert.equal(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), EXPORT_CSP);
  assert.equal(doc.querySelectorAll('script, link, iframe, object, embed').length, 0);
});

test('standalone HTML and the CMS fragment pass the HTML validator', async () => {
  const article = illustrated();
  article.body.push({ type: 'paragraph', children: [{ text: 'المصدر: ' }, { type: 'link', href: 'https://example.com/?a=1&b=2', children: [{ text: 'الإليزيه' }] }] });
  assert.deepEqual(await problems(await exportHtml(article, { assetSource, date: '2026-11-29' })), []);
  assert.deepEqual(await problems(await exportHtml(article, { assetSource, fragment: true })), []);
});

test('the fragment is the <article> alone: no head, fonts or styles; images still embedded', async () => {
  const html = await exportHtml(illustrated(), { assetSource, fragment: true, digits: 'latn' });
  assert.match(html, /^<article lang="ar" dir="rtl">/);
  assert.doesNotMatch(html, /<style|<head[\s>]|<html|@font-face|<meta/);
  assert.match(html, /<img src="data:image\/png;base64,/);
  assert.match(html, /<h1>صدام حفتر يجري مباحثات/);
});

test('digits of the text follow the option; Latin words keep their own', async () => {
  const a = sampleArticle();
  a.body = [{ type: 'paragraph', children: [{ text: 'زار 3 وزراء باريس لمناقشة COVID-19' }] }];
  const arab = await exportHtml(a, { fragment: true, digits: 'arab' });
  assert.match(arab, /زار ٣ وزراء باريس لمناقشة COVID-19/);
  const latn = await exportHtml(a, { fragment: true, digits: 'latn' });
  assert.match(latn, /زار 3 وزراء/);
});

test('Noto Naskh Arabic can be chosen instead of Amiri', async () => {
  const html = await exportHtml(sampleArticle(), { font: 'Noto Naskh Arabic' });
  assert.match(html, /@font-face\{font-family:'Noto Naskh Arabic'/);
  assert.match(html, /--qalam-font:'Noto Naskh Arabic'/);
  assert.doesNotMatch(html, /font-family:'Amiri'/);
});

test('a missing or unsupported image is a clear error, not an empty figure', async () => {
  await assert.rejects(exportHtml(illustrated()), { name: 'QalamError', code: 'asset_not_found' });
  await assert.rejects(
    exportHtml(illustrated(), { assetSource: async () => ({ bytes: new Uint8Array([1, 2]), mime: 'text/html' }) }),
    { name: 'QalamError', code: 'unsupported_file' },
  );
});

test('the assets folder is found from the module, or taken from the caller (a packaged app)', () => {
  const found = findAssetsDir(undefined, {});
  assert.ok(found.endsWith('assets'));
  const dir = mkdtempSync(join(tmpdir(), 'qalam-assets-'));
  try {
    mkdirSync(join(dir, 'fonts'));
    for (const face of facesFor('Amiri')) copyFileSync(join(found, 'fonts', face.file), join(dir, 'fonts', face.file));
    assert.equal(findAssetsDir(dir), dir);
    assert.equal(findAssetsDir(undefined, { QALAM_ASSETS_DIR: dir }), dir);
    assert.throws(() => findAssetsDir(join(dir, 'nowhere')), { name: 'QalamError', code: 'file_not_found' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
