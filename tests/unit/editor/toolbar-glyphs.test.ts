// What the toolbar shows in the Arabic UI: Arabic words and icons, no English leaking
// in, and undo pointing back the way an Arabic line reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS_BY_NAME, COMMANDS } from '../../../renderer/editor/commands/registry';

test('no toolbar button shows Latin letters in the Arabic UI', () => {
  const latin = COMMANDS.filter((c) => /\p{Script=Latin}/u.test(c.glyph.ar)).map((c) => `${c.name}: ${c.glyph.ar}`);
  assert.deepEqual(latin, []);
});

test('the direction buttons say which way in Arabic', () => {
  assert.equal(COMMANDS_BY_NAME.get('dir-rtl')?.glyph.ar, 'من اليمين');
  assert.equal(COMMANDS_BY_NAME.get('dir-ltr')?.glyph.ar, 'من اليسار');
  assert.equal(COMMANDS_BY_NAME.get('dir-rtl')?.glyph.en, 'RTL');
});

test('undo and redo arrows are mirrored in the Arabic UI: undo points right, to where the line began', () => {
  assert.equal(COMMANDS_BY_NAME.get('undo')?.glyph.ar, '↷');
  assert.equal(COMMANDS_BY_NAME.get('redo')?.glyph.ar, '↶');
  assert.equal(COMMANDS_BY_NAME.get('undo')?.glyph.en, '↶');
});
