// The export dialog's choices read as the rest of the app names them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportText } from '../../../renderer/export/strings';

test('the digit choices are named as on the settings page: «عربية» alone does not say which', () => {
  assert.equal(exportText('ar', 'digits.arab'), 'هندية ١٢٣');
  assert.equal(exportText('ar', 'digits.latn'), 'عربية غربية 123');
});
