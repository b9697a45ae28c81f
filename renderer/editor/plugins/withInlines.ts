// Links are the one inline. A pasted or typed URL over a selection becomes a link;
// anything not http/https/mailto stays plain text (the normalizer unwraps it anyway).
import { Editor, Element, Range, Transforms } from 'slate';
import { isSafeHref } from '../../../electron/common/document/schema';

export function withInlines<E extends Editor>(editor: E): E {
  const { isInline, insertText } = editor;

  editor.isInline = (element) => element.type === 'link' || isInline(element);

  editor.insertText = (text, options) => {
    const { selection } = editor;
    const url = text.trim();
    if (selection && Range.isExpanded(selection) && /^(https?:|mailto:)\S+$/i.test(url) && isSafeHref(url)) {
      wrapLink(editor, url);
      return;
    }
    insertText(text, options);
  };

  return editor;
}

/** Wrap the selection in a link to `href`, replacing any link already there. */
export function wrapLink(editor: Editor, href: string): void {
  const { selection } = editor;
  if (!selection) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: (n) => Element.isElement(n) && n.type === 'link', split: true });
    if (Range.isCollapsed(selection)) {
      Transforms.insertNodes(editor, { type: 'link', href, children: [{ text: href }] });
    } else {
      Transforms.wrapNodes(editor, { type: 'link', href, children: [] }, { split: true });
      Transforms.collapse(editor, { edge: 'end' });
    }
  });
}
