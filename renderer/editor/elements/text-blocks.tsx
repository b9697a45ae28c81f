// Paragraphs, headings, quotes and lists: one small component per type. Memoization
// happens one level up: slate-react's MemoizedElement skips a block whose node, render
// functions (module-level here, so stable) and decorations are unchanged. A React.memo
// here would never hit (Slate hands new `attributes` objects) and costs a fiber per block.
// `dir` is the block's own direction when it has one, else Slate's guess for RTL text.
import type { RenderElementProps } from 'slate-react';
import type { Direction } from '../types';

type Props<T> = Omit<RenderElementProps, 'element'> & { element: T };
type Directed = { dir?: Direction };

export const dirOf = (element: Directed, attributes: RenderElementProps['attributes']): Direction | undefined =>
  element.dir ?? attributes.dir;

export function Paragraph({ attributes, children, element }: Props<Directed>) {
  return <p {...attributes} dir={dirOf(element, attributes)}>{children}</p>;
}

export function Heading({ attributes, children, element }: Props<Directed & { level: 2 | 3 }>) {
  const Tag = element.level === 3 ? 'h3' : 'h2';
  return <Tag {...attributes} dir={dirOf(element, attributes)}>{children}</Tag>;
}

export function Blockquote({ attributes, children, element }: Props<Directed>) {
  return <blockquote {...attributes} dir={dirOf(element, attributes)}>{children}</blockquote>;
}

export function PullQuote({ attributes, children, element }: Props<Directed>) {
  return <blockquote {...attributes} className="pull-quote" dir={dirOf(element, attributes)}>{children}</blockquote>;
}

export function BulletedList({ attributes, children, element }: Props<Directed>) {
  return <ul {...attributes} dir={element.dir}>{children}</ul>;
}

export function NumberedList({ attributes, children, element }: Props<Directed>) {
  return <ol {...attributes} dir={element.dir}>{children}</ol>;
}

export function ListItem({ attributes, children, element }: Props<Directed>) {
  return <li {...attributes} dir={dirOf(element, attributes)}>{children}</li>;
}
