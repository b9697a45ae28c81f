import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { normalizeForSearch } from '../../../electron/common/arabic/normalize';
import { fastNormalize } from '../../../electron/services/store/fast-normalize';

test('fastNormalize gives exactly what normalizeForSearch gives, with and without ta marbuta folding', () => {
  const sample = fs.readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
  const tricky = 'مُسْـؤُولٌ إلى ٱلمدرسةِ ى ة ٣٤ ۵ \u200f\u00a0 ÀÉİ ΣΑΣ ﷲ 😀 \ud800';
  for (const text of [sample, tricky]) {
    assert.equal(fastNormalize(text), normalizeForSearch(text));
    assert.equal(fastNormalize(text, false), normalizeForSearch(text, { foldTaMarbuta: false }));
  }
  // Random code units from the whole BMP, lone surrogates included.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let k = 0; k < 300; k++) {
    let s = '';
    for (let j = 0; j < 40; j++) s += String.fromCharCode(next() % 0x10000);
    assert.equal(fastNormalize(s), normalizeForSearch(s));
    assert.equal(fastNormalize(s, false), normalizeForSearch(s, { foldTaMarbuta: false }));
  }
});
