// Counts on the settings page agree with their noun as Arabic does: the words past the
// first thousand of the personal dictionary, and a backup interval that is no preset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { t } from '../../../renderer/i18n';
import { deskCount } from '../../../renderer/i18n/counted';
import { backupEveryLabel } from '../../../renderer/settings/backup-every';

const more = (n: number) => t('ar', 'dictionaryMore', { words: deskCount(n, 'moreWords', 'ar', 'arab') });

test('the words past those shown agree with their number', () => {
  assert.equal(more(1), 'وكلمة أخرى');
  assert.equal(more(2), 'وكلمتان أخريان');
  assert.equal(more(3), 'و٣ كلمات أخرى');
  assert.equal(more(10), 'و١٠ كلمات أخرى');
  assert.equal(more(12), 'و١٢ كلمة أخرى');
  assert.equal(more(100), 'و١٠٠ كلمة أخرى');
  assert.equal(more(1234), 'و١٬٢٣٤ كلمة أخرى');
  assert.equal(t('en', 'dictionaryMore', { words: deskCount(1, 'moreWords', 'en', 'latn') }), 'and 1 more word');
  assert.equal(t('en', 'dictionaryMore', { words: deskCount(12, 'moreWords', 'en', 'latn') }), 'and 12 more words');
});

test('a backup interval outside the presets says its hours as Arabic counts them', () => {
  assert.equal(backupEveryLabel(2, 'ar', 'arab'), 'كل ساعتين');
  assert.equal(backupEveryLabel(3, 'ar', 'arab'), 'كل ٣ ساعات');
  assert.equal(backupEveryLabel(48, 'ar', 'arab'), 'كل ٤٨ ساعة');
  assert.equal(backupEveryLabel(100, 'ar', 'arab'), 'كل ١٠٠ ساعة');
  assert.equal(backupEveryLabel(3, 'ar', 'latn'), 'كل 3 ساعات');
  assert.equal(backupEveryLabel(2, 'en', 'latn'), 'Every 2 hours');
});

test('the presets keep their own words', () => {
  assert.equal(backupEveryLabel(0, 'ar', 'arab'), 'متوقفة');
  assert.equal(backupEveryLabel(1, 'ar', 'arab'), 'كل ساعة');
  assert.equal(backupEveryLabel(6, 'ar', 'arab'), 'كل ٦ ساعات');
  assert.equal(backupEveryLabel(12, 'ar', 'arab'), 'كل ١٢ ساعة');
  assert.equal(backupEveryLabel(24, 'ar', 'arab'), 'كل يوم');
  assert.equal(backupEveryLabel(72, 'ar', 'arab'), 'كل ٣ أيام');
});
