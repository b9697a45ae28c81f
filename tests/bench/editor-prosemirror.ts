// The benchmark's baseline: ProseMirror with the basic schema, the same paragraphs,
// the same fonts and content-visibility on paragraphs (issue 3 §4).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import type { Block } from '../../electron/common/document/types';

export function mountProseMirror(root: HTMLElement, body: Block[]): EditorView {
  const paragraphs = body.map((block) => {
    const text = 'children' in block ? block.children.map((c) => ('text' in c ? c.text : '')).join('') : '';
    return schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
  });
  const doc = schema.nodes.doc!.create(null, paragraphs);
  const host = document.createElement('div');
  host.className = 'pm-host article-body';
  host.dir = 'rtl';
  root.append(host);
  return new EditorView(host, { state: EditorState.create({ doc }) });
}
