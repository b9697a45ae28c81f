// The caret's "in view" test that lets typing skip slate-react's ancestor walk: a caret
// inside the window and its scroller is left alone; a pixel's fraction out is still in
// (layout has fractions, scrolling has none); anything further out is scrolled to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caretInView } from '../../../renderer/editor/scroll-caret';

const viewport = { width: 1280, height: 900 };
const caret = (top: number, left = 600) => ({ top, bottom: top + 35, left, right: left });
const pane = { top: 60, bottom: 900, left: 300, right: 1000 };

test('a caret inside the window and its scroller is in view', () => {
  assert.equal(caretInView(caret(400), pane, viewport), true);
  assert.equal(caretInView(caret(400), null, viewport), true);
});

test('a caret hanging a fraction of a pixel past the edge is in view', () => {
  assert.equal(caretInView(caret(865.19), pane, viewport), true);
});

test('a caret above, below or beside the scroller, or outside the window, is not', () => {
  assert.equal(caretInView(caret(30), pane, viewport), false); // under the pane's top (the toolbar above it)
  assert.equal(caretInView(caret(880), pane, viewport), false);
  assert.equal(caretInView(caret(400, 1100), pane, viewport), false);
  assert.equal(caretInView(caret(880), null, viewport), false);
  assert.equal(caretInView(caret(-40), null, viewport), false);
});
