// Backup sizes in Settings › backups read as a person says them (a 168 MB library is
// «١٦٨ م.ب», not «١٧٢٠٣٢ ك.ب»), in the digits the editor chose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sizeLabel } from '../../../renderer/settings/size';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

test('a backup size takes the unit that keeps its number short, in Arabic-Indic digits', () => {
  assert.equal(sizeLabel(168 * MB, 'ar', 'arab'), '١٦٨ م.ب');
  assert.equal(sizeLabel(3144 * KB, 'ar', 'arab'), '٣٫١ م.ب');
  assert.equal(sizeLabel(314 * KB, 'ar', 'arab'), '٣١٤ ك.ب');
  assert.equal(sizeLabel(2.4 * GB, 'ar', 'arab'), '٢٫٤ ج.ب');
  assert.equal(sizeLabel(1300 * GB, 'ar', 'arab'), '١٬٣٠٠ ج.ب');
});

test('a tenth is shown only where it helps, and never as a trailing zero', () => {
  assert.equal(sizeLabel(2 * MB, 'ar', 'arab'), '٢ م.ب');
  assert.equal(sizeLabel(12.4 * MB, 'ar', 'arab'), '١٢ م.ب');
  // 9.96 MB rounds up to ten, said whole.
  assert.equal(sizeLabel(9.96 * MB, 'ar', 'arab'), '١٠ م.ب');
  // 1000 KB and up already reads as a megabyte.
  assert.equal(sizeLabel(1000 * KB, 'ar', 'arab'), '١ م.ب');
  assert.equal(sizeLabel(999 * KB, 'ar', 'arab'), '٩٩٩ ك.ب');
  // A tiny file is at least a kilobyte, never «٠ ك.ب».
  assert.equal(sizeLabel(300, 'ar', 'arab'), '١ ك.ب');
});

test('Latin digits keep the Arabic units; English says KB, MB and GB', () => {
  assert.equal(sizeLabel(3144 * KB, 'ar', 'latn'), '3.1 م.ب');
  assert.equal(sizeLabel(168 * MB, 'en', 'latn'), '168 MB');
  assert.equal(sizeLabel(512 * KB, 'en', 'latn'), '512 KB');
  assert.equal(sizeLabel(1.5 * GB, 'en', 'latn'), '1.5 GB');
});
