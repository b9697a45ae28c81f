// The sync panel's Arabic words: Arabic through and through, so a hint does not hand an
// Arabic desk an English example to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syncAr } from '../../../renderer/sync/strings';

test('no Latin letters in the Arabic sync words (placeholders aside)', () => {
  const latin = Object.entries(syncAr)
    .filter(([, text]) => /\p{Script=Latin}/u.test(text.replace(/\{[a-z]+\}/gi, '')))
    .map(([key, text]) => `${key}: ${text}`);
  assert.deepEqual(latin, []);
});
