import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockLabel, countLabel, progressLabel, readingLabel } from '../../../renderer/statusbar/format';

test('Arabic counts agree with their number, in Arabic-Indic digits', () => {
  const words = (n: number) => countLabel(n, 'words', 'ar', 'arab');
  assert.equal(words(1), 'كلمة واحدة');
  assert.equal(words(2), 'كلمتان');
  assert.equal(words(3), '٣ كلمات');
  assert.equal(words(10), '١٠ كلمات');
  assert.equal(words(11), '١١ كلمة');
  assert.equal(words(100), '١٠٠ كلمة');
  assert.equal(words(103), '١٠٣ كلمات');
  assert.equal(words(1250), '١٬٢٥٠ كلمة');
  assert.equal(countLabel(15, 'characters', 'ar', 'arab'), '١٥ حرفًا');
  assert.equal(countLabel(7, 'characters', 'ar', 'arab'), '٧ أحرف');
});

test('Latin digits when the setting asks, and English words in the English UI', () => {
  assert.equal(countLabel(391, 'words', 'ar', 'latn'), '391 كلمة');
  assert.equal(countLabel(1, 'words', 'en', 'latn'), '1 word');
  assert.equal(countLabel(2509, 'characters', 'en', 'latn'), '2,509 characters');
  assert.equal(readingLabel(2, 'en', 'latn'), '2 min read');
});

test('reading time, progress and the save clock', () => {
  assert.equal(readingLabel(1, 'ar', 'arab'), 'دقيقة واحدة للقراءة');
  assert.equal(readingLabel(4, 'ar', 'arab'), '٤ دقائق للقراءة');
  assert.equal(progressLabel(391, 600, 'arab'), '٦٥٪');
  assert.equal(progressLabel(391, 600, 'latn'), '65%');
  assert.equal(clockLabel(new Date(2026, 0, 1, 12, 4), 'arab'), '١٢:٠٤');
  assert.equal(clockLabel(new Date(2026, 0, 1, 9, 30), 'latn'), '09:30');
});
