// The text of the editor's blocks, read from the DOM rather than from layout.
// `innerText` is '' for a paragraph the browser has not laid out: the editor's paragraphs
// are content-visibility: auto (editor.css), so one off screen, or mounted in this very
// frame, has no rendered text yet. A test that read `innerText` right after the editor
// mounted raced the next frame (a fresh-clone CI run read '' for a revision's body).
// Here a leaf block is its text nodes (less slate-react's placeholder, zero-width caret
// holders and whatever the editor draws that cannot be edited), and anything holding
// blocks is its leaf blocks, one per line.
import type { Locator } from 'playwright-core';

/** The text of each element matching `selector` under `root` (of `root` itself when
 * none is given), whether or not it is laid out. No named inner functions: tsx would
 * wrap them in a helper the page does not have. */
const readShown = (root: Locator, selector: string | null): Promise<string[]> =>
  root.evaluate(
    (el, sel) =>
      (sel ? [...el.querySelectorAll(sel)] : [el]).map((item) => {
        const BLOCK = '[data-slate-node="element"]:not([data-slate-inline])';
        const leaves = [...item.querySelectorAll(BLOCK)].filter((b) => !b.querySelector(BLOCK));
        return (leaves.length > 0 ? leaves : [item])
          .map((leaf) => {
            const copy = leaf.cloneNode(true) as Element;
            // Not article text: slate-react's placeholder, and what the editor draws that
            // cannot be edited (a link's caret-holding spaces, elements/link.tsx).
            copy.querySelectorAll('[data-slate-placeholder], [contenteditable="false"]').forEach((p) => p.remove());
            return (copy.textContent ?? '').replace(/\uFEFF/g, '');
          })
          .join('\n');
      }),
    selector,
  );

/** The text of an editor, a block or part of one. */
export const shownText = async (el: Locator): Promise<string> => (await readShown(el, null))[0]!;

/** The same, for each element matching a selector under `root`. */
export const shownTexts = (root: Locator, selector: string): Promise<string[]> => readShown(root, selector);
