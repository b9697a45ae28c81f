// Paragraphs, headings, quotes and lists: one small memoized component per type.
// `dir` is the block's own direction when it has one, else Slate's guess for RTL text.
import { memo } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { Direction } from '../types';

type Props<T> = Omit<RenderElementProps, 'element'> & { element: T };
type Directed = { dir?: Direction };

export const dirOf = (element: Directed, attributes: RenderElementProps['attributes']): Direction | undefined =>
  element.dir ?? attributes.dir;

export const Paragraph = memo(function Paragraph({ attributes, children, element }: Props<Directed>) {
  return <p {...attributes} dir={dirOf(element, attributes)}>{children}</p>;
});

export const Heading = memo(function Heading({ attributes, children, element }: Props<Directed & { level: 2 | 3 }>) {
  const Tag = element.level === 3 ? 'h3' : 'h2';
  return <Tag {...attributes} dir={dirOf(element, attributes)}>{children}</Tag>;
});

export const Blockquote = memo(function Blockquote({ attributes, children, element }: Props<Directed>) {
  return <blockquote {...attributes} dir={dirOf(element, attributes)}>{children}</blockquote>;
});

export const PullQuote = memo(function PullQuote({ attributes, children, element }: Props<Directed>) {
  return <blockquote {...attributes} className="pull-quote" dir={dirOf(element, attributes)}>{children}</blockquote>;
});

export const BulletedList = memo(function BulletedList({ attributes, children, element }: Props<Directed>) {
  return <ul {...attributes} dir={element.dir}>{children}</ul>;
});

export const NumberedList = memo(function NumberedList({ attributes, children, element }: Props<Directed>) {
  return <ol {...attributes} dir={element.dir}>{children}</ol>;
});

export const ListItem = memo(function ListItem({ attributes, children, element }: Props<Directed>) {
  return <li {...attributes} dir={dirOf(element, attributes)}>{children}</li>;
});
