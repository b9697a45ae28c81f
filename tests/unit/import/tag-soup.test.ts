import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importHtml } from '../../../electron/services/import/index';
import { sanitizeToBody } from '../../../electron/services/import/sanitize';
import { htmlToBlocks } from '../../../electron/common/import/html-to-blocks';
import { validateBody } from '../../../electron/common/document/schema';

// Seeded tag soup: nesting the converter's elements in ways no sane page does (lists in
// headings, tables in list items, figures in cells…). Whatever comes in, what comes out
// is a valid body or a clear empty_import, never a crash or an invalid document.
const TAGS = ['p', 'div', 'span', 'b', 'i', 'u', 'a', 'h1', 'h2', 'h4', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'td', 'th', 'thead', 'figure', 'figcaption', 'img', 'br', 'hr', 'pre', 'article', 'header'];
const WORDS = ['نص', 'عربي', 'English', ' ', '\n', '&nbsp;', '١٢٣', '«اقتباس»', ''];
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function soup(rand: () => number, depth: number): string {
  let out = '';
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    if (depth <= 0 || rand() < 0.3) { out += WORDS[Math.floor(rand() * WORDS.length)]; continue; }
    const tag = TAGS[Math.floor(rand() * TAGS.length)]!;
    const attrs = [
      tag === 'a' ? ` href="${rand() < 0.5 ? 'https://example.org/x' : 'javascript:x()'}"` : '',
      tag === 'img' ? ` src="${rand() < 0.5 ? PNG : 'https://example.org/i.png'}" alt="صورة"` : '',
      rand() < 0.15 ? ` dir="${rand() < 0.5 ? 'ltr' : 'RTL'}"` : '',
      rand() < 0.1 ? ' colspan="3"' : '',
      rand() < 0.1 ? ` style="font-weight:bold;mso-list:l0 level1 lfo1"` : '',
    ].join('');
    out += tag === 'img' || tag === 'br' || tag === 'hr' ? `<${tag}${attrs}>` : `<${tag}${attrs}>${soup(rand, depth - 1)}</${tag}>`;
  }
  return out;
}

test('150 seeded tag soups all give a valid body (paste) and a valid article or empty_import (file)', async () => {
  const rand = rng(20260301);
  const putAsset = () => 'f'.repeat(64);
  for (let i = 0; i < 150; i++) {
    const html = soup(rand, 4);
    validateBody(htmlToBlocks(sanitizeToBody(html), { putAsset }));
    try {
      validateBody((await importHtml(html, { putAsset })).body);
    } catch (e) {
      assert.equal((e as { code?: string }).code, 'empty_import', `${html}\n${String(e)}`);
    }
  }
});
