// How a shortcut is written: for a person (the toolbar's and the welcome's hints, the
// refused-paste notice) and for aria-keyshortcuts (the panel toggles, the welcome's
// buttons), the same hotkey on a Mac and elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ariaKeyShortcut, describeHotkey, matchesHotkey } from '../../../renderer/editor/commands/hotkeys';

test('a shortcut for a person: Ctrl+Shift+L elsewhere, ⌘⇧L on a Mac', () => {
  assert.equal(describeHotkey('mod+shift+l', false), 'Ctrl+Shift+L');
  assert.equal(describeHotkey('mod+shift+l', true), '⌘⇧L');
  assert.equal(describeHotkey('mod+v', false), 'Ctrl+V');
  assert.equal(describeHotkey('mod+v', true), '⌘V');
});

test('a shortcut for aria-keyshortcuts: W3C key names, Control or Meta', () => {
  assert.equal(ariaKeyShortcut('mod+n', false), 'Control+N');
  assert.equal(ariaKeyShortcut('mod+n', true), 'Meta+N');
  assert.equal(ariaKeyShortcut('mod+shift+d', false), 'Control+Shift+D');
  assert.equal(ariaKeyShortcut('mod+alt+2', true), 'Meta+Alt+2');
});

test('matched by physical key: Ctrl+B with an Arabic layout (key «لا») is still Ctrl+B', () => {
  const event = { key: 'لا', code: 'KeyB', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false };
  assert.equal(matchesHotkey('mod+b', event, false), true);
  assert.equal(matchesHotkey('mod+shift+b', event, false), false);
  assert.equal(matchesHotkey('mod+b', event, true), false, 'on a Mac mod is ⌘');
});
