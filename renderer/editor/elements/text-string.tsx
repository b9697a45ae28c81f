// The text of a leaf, written into the page the way the browser's own typing writes it.
// slate-react's string writes a changed leaf with `textContent =`, which throws the text
// node away and makes a new one: Chromium then shapes the whole paragraph anew (Arabic
// shaping is the costly part of its layout) and the caret, which lived in the old node,
// has to be found again. Here only the characters that changed are replaced in the same
// node (`replaceData`), so Chromium reshapes just around them (at 100 paragraphs, layout
// per keystroke 0.6 → 0.3 ms, as much as the browser's own typing). slate-react then
// moves the caret past the new letters as before (setting it here instead measured no
// cheaper: the selectionchange that follows is then read back).
// Everything else (empty leaves, voids, a trailing newline) stays slate-react's.
import { forwardRef, isValidElement, memo, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Text as SlateText } from 'slate';

/** What changed between two strings: `count` characters at `at` became `insert`. */
export function textEdit(before: string, after: string): { at: number; count: number; insert: string } | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let at = 0;
  while (at < shorter && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  while (tail < shorter - at && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at, count: before.length - at - tail, insert: after.slice(at, after.length - tail) };
}

/** Write `text` into the span, changing only what differs. */
export function writeText(span: HTMLElement, text: string): void {
  const node = span.firstChild;
  if (!node || node !== span.lastChild || node.nodeType !== 3 /* Node.TEXT_NODE */) {
    // Not one text node (the browser split it or left a <br>): start clean, as slate-react does.
    if (span.textContent !== text) span.textContent = text;
    return;
  }
  const textNode = node as globalThis.Text;
  const edit = textEdit(textNode.data, text);
  if (!edit) return;
  textNode.replaceData(edit.at, edit.count, edit.insert);
}

const StringSpan = memo(
  forwardRef<HTMLSpanElement, { children: string }>(function StringSpan({ children }, ref) {
    // Rendered once with the first text; later text is written by `writeText`.
    return (
      <span data-slate-string ref={ref}>
        {children}
      </span>
    );
  }),
);

export function InPlaceString({ text }: { text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [first] = useState(text);
  // No dependencies: every render compares the page with the text, as slate-react's does.
  useLayoutEffect(() => {
    if (ref.current) writeText(ref.current, text);
  });
  return <StringSpan ref={ref}>{first}</StringSpan>;
}

/** The props slate-react gives its String element. */
interface StringProps {
  isLast: boolean;
  leaf: SlateText;
  parent: unknown;
}

/**
 * The leaf's content: an in-place string for plain text, else slate-react's own
 * (`children`, its String element) for what it renders specially: empty leaves (the
 * zero-width caret holders, which is also all a void's text is), a trailing newline, and
 * anything that is not its String (the placeholder).
 */
export function leafString(children: ReactNode, leaf: SlateText): ReactNode {
  if (leaf.text === '' || !isValidElement<StringProps>(children)) return children;
  const props = children.props;
  if (typeof props !== 'object' || !props || !('parent' in props) || !('isLast' in props)) return children;
  if (props.isLast && leaf.text.endsWith('\n')) return children;
  return <InPlaceString text={leaf.text} />;
}
