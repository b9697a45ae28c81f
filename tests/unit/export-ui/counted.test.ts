// The batch export's button and result say how many with the noun, agreeing with the
// number as Arabic does: «تصدير مقالين», «كُتب ٣ ملفات», not «تصدير ٢».
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from '../../../electron/common/arabic/digits';
import { countedText, exportText } from '../../../renderer/export/strings';

const arab = (n: number) => formatNumber(n, 'arab');
const latn = (n: number) => formatNumber(n, 'latn');
const run = (n: number) => exportText('ar', 'batchRun', { articles: countedText(n, 'articles', 'ar', arab) });

test('the batch button counts articles the way an Arabic reader says them', () => {
  assert.equal(run(1), 'تصدير مقال واحد إلى المجلد');
  assert.equal(run(2), 'تصدير مقالين إلى المجلد');
  assert.equal(run(3), 'تصدير ٣ مقالات إلى المجلد');
  assert.equal(run(11), 'تصدير ١١ مقالًا إلى المجلد');
  assert.equal(run(100), 'تصدير ١٠٠ مقال إلى المجلد');
});

test('the result counts files, and English says article(s) and file(s)', () => {
  assert.equal(exportText('ar', 'batchDone', { files: countedText(2, 'files', 'ar', arab), folder: '' }), 'كُتب ملفان في ');
  assert.equal(countedText(5, 'files', 'ar', arab), '٥ ملفات');
  assert.equal(countedText(1, 'articles', 'en', latn), '1 article');
  assert.equal(countedText(4, 'files', 'en', latn), '4 files');
});

test('the preview counts its pages as Arabic does, 103 as 3 is', () => {
  assert.equal(countedText(1, 'pages', 'ar', arab), 'صفحة واحدة');
  assert.equal(countedText(2, 'pages', 'ar', arab), 'صفحتان');
  assert.equal(countedText(7, 'pages', 'ar', arab), '٧ صفحات');
  assert.equal(countedText(14, 'pages', 'ar', arab), '١٤ صفحة');
  assert.equal(countedText(103, 'pages', 'ar', arab), '١٠٣ صفحات');
  assert.equal(countedText(2, 'pages', 'en', latn), '2 pages');
});
