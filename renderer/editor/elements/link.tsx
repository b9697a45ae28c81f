// Links, with Slate's Chromium caret fix: an invisible character on each side of the
// inline gives the caret somewhere to stand at the link's edges (Slate's inlines example).
import type { RenderElementProps } from 'slate-react';
import type { LinkElement } from '../../../electron/common/document/types';

const CaretFix = () => (
  <span contentEditable={false} style={{ fontSize: 0 }}>
    {String.fromCodePoint(160)}
  </span>
);

export function Link({ attributes, children, element }: Omit<RenderElementProps, 'element'> & { element: LinkElement }) {
  return (
    <a {...attributes} href={element.href} rel="noreferrer noopener" target="_blank" title={element.href}>
      <CaretFix />
      {children}
      <CaretFix />
    </a>
  );
}
