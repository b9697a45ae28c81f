// Links: only http, https and mailto (the same isSafeHref the schema uses), so what
// the dialog accepts is exactly what a save accepts.
import { Editor, Element, Range, Transforms, type BaseRange } from 'slate';
import { isSafeHref } from '../../../electron/common/document/schema';
import { wrapLink } from '../plugins/withInlines';

export const isLinkActive = (editor: Editor): boolean =>
  !!editor.selection && !!Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'link' });

export function currentLinkHref(editor: Editor): string {
  const entry = editor.selection && Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'link' });
  return entry && Element.isElement(entry[0]) && entry[0].type === 'link' ? entry[0].href : '';
}

export type LinkResult = { ok: true } | { ok: false; reason: 'invalid-url' | 'no-selection' };

/** Link the selection (or `at`, the selection saved when the link dialog opened). */
export function insertLink(editor: Editor, href: string, at?: BaseRange | null): LinkResult {
  const url = href.trim();
  if (!isSafeHref(url)) return { ok: false, reason: 'invalid-url' };
  const target = at ?? editor.selection;
  if (!target) return { ok: false, reason: 'no-selection' };
  Transforms.select(editor, target);
  if (Range.isCollapsed(target) && isLinkActive(editor)) {
    Transforms.setNodes(editor, { href: url }, { match: (n) => Element.isElement(n) && n.type === 'link' });
    return { ok: true };
  }
  wrapLink(editor, url);
  return { ok: true };
}

export function removeLink(editor: Editor): void {
  Transforms.unwrapNodes(editor, { match: (n) => Element.isElement(n) && n.type === 'link', split: true });
}
