// Keeping the caret in view after each change, cheaply. slate-react's default
// (scroll-into-view-if-needed) walks every ancestor of the caret's leaf, reading sizes
// and computed styles, on every keystroke, only to find there is nothing to scroll:
// about 0.35 ms of a 5 ms keystroke at 100 paragraphs (tests/bench/editor.ts, profiled).
// Typing almost always happens in view, so that case is decided with two rectangles
// (the caret's and its scroller's, remembered per editor); anything else — the caret
// out of view, a selection, a caret with no rectangle — goes to the default as before.
import { Range } from 'slate';
import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react';

const scrollers = new WeakMap<HTMLElement, Element | null>();

/** The nearest ancestor that scrolls vertically (null: the page itself). */
export function scrollerOf(el: HTMLElement): Element | null {
  if (scrollers.has(el)) return scrollers.get(el)!;
  let found: Element | null = null;
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') {
      found = p;
      break;
    }
  }
  scrollers.set(el, found);
  return found;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Less than a pixel out is in: layout works in fractions of one, scrolling does not,
 * so a caret on the very edge would be "scrolled into view" by nothing at every key. */
const SLACK = 1;

/** True when `caret` lies inside both the window and the scroller's box. */
export function caretInView(caret: Box, scroller: Box | null, viewport: { width: number; height: number }): boolean {
  const inside = (outer: Box) =>
    caret.top >= outer.top - SLACK && caret.bottom <= outer.bottom + SLACK && caret.left >= outer.left - SLACK && caret.right <= outer.right + SLACK;
  return inside({ top: 0, left: 0, bottom: viewport.height, right: viewport.width }) && (!scroller || inside(scroller));
}

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const { selection } = editor;
  if (selection && Range.isCollapsed(selection) && domRange.collapsed) {
    const caret = domRange.getBoundingClientRect();
    const hasBox = caret.width !== 0 || caret.height !== 0 || caret.x !== 0 || caret.y !== 0;
    if (hasBox) {
      const root = domRange.startContainer.parentElement?.closest<HTMLElement>('[data-slate-editor]');
      const scroller = root ? scrollerOf(root) : null;
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      if (caretInView(caret, scroller?.getBoundingClientRect() ?? null, viewport)) return;
    }
  }
  defaultScrollSelectionIntoView(editor, domRange);
}
