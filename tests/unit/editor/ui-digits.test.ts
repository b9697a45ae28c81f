// The editor's own numbers (find count, table sizes) follow the digits setting, not
// the UI language; what a journalist types in the size fields is read in either digits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDigits, formatCount, readCount, t } from '../../../renderer/editor/strings';

test('a find count reads «١ من ٣» with Arabic-Indic digits and «1 من 3» with Western ones in the Arabic UI', () => {
  const count = (digits: 'arab' | 'latn') => t('findCount', 'ar', { current: formatCount(1, digits), total: formatCount(3, digits) });
  assert.equal(count('arab'), '١ من ٣');
  assert.equal(count('latn'), '1 من 3');
});

test('counts are written whole and ungrouped, so a size field can be read back', () => {
  assert.equal(formatCount(1250, 'arab'), '١٢٥٠');
  assert.equal(formatCount(1250, 'latn'), '1250');
  assert.equal(formatCount(0, 'arab'), '٠');
});

test('without a setting the editor shows the UI language’s own digits', () => {
  assert.equal(defaultDigits('ar'), 'arab');
  assert.equal(defaultDigits('en'), 'latn');
});

test('a table size is read in Arabic-Indic, Persian or Western digits alike', () => {
  assert.equal(readCount('٣', 100), 3);
  assert.equal(readCount('12', 100), 12);
  assert.equal(readCount(' ١٢ ', 100), 12);
  assert.equal(readCount('۴', 20), 4);
});

test('a table size outside the bounds or unreadable becomes the nearest sensible size', () => {
  assert.equal(readCount('٥٠٠', 100), 100);
  assert.equal(readCount('0', 20), 1);
  assert.equal(readCount('', 20), 1);
  assert.equal(readCount('ثلاثة', 20), 1);
});
