// Context slips in the editor (electron/common/spelling-context.ts): worked out from a
// block's text here in the page, no service asked, so they show the moment a block
// changes. "Ignore" remembers the verb and the word («وقال ان») for the rest of the
// page's life, as ignoring a misspelt word does.
import { Editor, Transforms, type BaseRange, type Element, type Path, type Point } from 'slate';
import { contextSlipKey, contextSlips, type ContextSlip } from '../../../electron/common/spelling-context';
import { blockAt, blockText } from './blocks';

/** A slip of a block, its points relative to the block's path. */
export interface BlockSlip extends ContextSlip {
  key: string;
  anchor: { path: Path; offset: number };
  focus: { path: Path; offset: number };
}

const ignored = new Set<string>();
const listeners = new Set<() => void>();
/** Changes whenever a slip is ignored (decorations depend on it). */
let ignoredVersion = 0;

export const slipsIgnoredVersion = (): number => ignoredVersion;

export function subscribeIgnoredSlips(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ignoreSlip(key: string): void {
  ignored.add(key);
  ignoredVersion++;
  for (const listener of listeners) listener();
}

/** The slips of a text not ignored in this page, with what "ignore" remembers. */
export function textSlips(text: string): (ContextSlip & { key: string })[] {
  const slips: (ContextSlip & { key: string })[] = [];
  for (const slip of contextSlips(text)) {
    const key = contextSlipKey(slip);
    if (!ignored.has(key)) slips.push({ ...slip, key });
  }
  return slips;
}

/** The block's slips not ignored in this page. */
export function blockSlips(block: Element): BlockSlip[] {
  const { text, pointAt } = blockText(block);
  return textSlips(text).map((slip) => ({ ...slip, anchor: pointAt(slip.start, false), focus: pointAt(slip.end, true) }));
}

/** The slip at `at` (inside or touching the word), and the absolute point of an offset
 * in the word (for replacing only the letters that change). */
export function slipAt(editor: Editor, at: Point): { slip: ContextSlip & { key: string }; pointIn(offset: number, preferEnd: boolean): Point } | undefined {
  const found = blockAt(editor, at);
  if (!found) return undefined;
  const { block, blockPath, offset } = found;
  const { text, pointAt } = blockText(block);
  const slip = textSlips(text).find((s) => s.start <= offset && offset <= s.end);
  if (!slip) return undefined;
  const pointIn = (inWord: number, preferEnd: boolean) => {
    const point = pointAt(slip.start + inWord, preferEnd);
    return { path: [...blockPath, ...point.path], offset: point.offset };
  };
  return { slip, pointIn };
}

/** Replace `written` (at `range`) by `suggestion`, touching only the letters that differ
 * («ا» of «ان» for «إ»): the rest keeps its marks and tashkeel whatever leaves the word
 * runs across. Nothing if the word there is no longer `written`. One history step. */
export function replaceLetters(editor: Editor, range: BaseRange, written: string, suggestion: string, pointIn: (offset: number, preferEnd: boolean) => Point): void {
  if (Editor.string(editor, range) !== written) return;
  let head = 0;
  while (head < written.length && head < suggestion.length && written[head] === suggestion[head]) head++;
  let tail = 0;
  while (tail < written.length - head && tail < suggestion.length - head && written.at(-1 - tail) === suggestion.at(-1 - tail)) tail++;
  const at = { anchor: pointIn(head, false), focus: pointIn(written.length - tail, true) };
  Transforms.insertText(editor, suggestion.slice(head, suggestion.length - tail), { at });
}
