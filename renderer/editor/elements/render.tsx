// renderElement / renderLeaf: a switch that hands each node to its own small component
// (renderChunk lives in chunk.tsx).
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { Blockquote, BulletedList, Heading, ListItem, NumberedList, Paragraph, PullQuote } from './text-blocks';
import { Table, TableCell, TableRow } from './table';
import { Figure } from './figure';
import { Divider } from './divider';
import { Link } from './link';
import { leafString } from './text-string';

export function renderElement(props: RenderElementProps) {
  const { element } = props;
  switch (element.type) {
    case 'heading':
      return <Heading {...props} element={element} />;
    case 'blockquote':
      return <Blockquote {...props} element={element} />;
    case 'pull-quote':
      return <PullQuote {...props} element={element} />;
    case 'bulleted-list':
      return <BulletedList {...props} element={element} />;
    case 'numbered-list':
      return <NumberedList {...props} element={element} />;
    case 'list-item':
      return <ListItem {...props} element={element} />;
    case 'table':
      return <Table {...props} element={element} />;
    case 'table-row':
      return <TableRow {...props} element={element} />;
    case 'table-cell':
      return <TableCell {...props} element={element} />;
    case 'figure':
      return <Figure {...props} element={element} />;
    case 'divider':
      return <Divider {...props} />;
    case 'link':
      return <Link {...props} element={element} />;
    default:
      return <Paragraph {...props} element={element} />;
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = leafString(children, leaf);
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  const find = leaf.findCurrent ? 'find-match find-current' : leaf.findMatch ? 'find-match' : '';
  const spellingClass = leaf.misspelled ? 'spelling-error' : leaf.contextSlip ? 'spelling-context' : '';
  const className = `${find} ${spellingClass}`.trim() || undefined;
  // A misspelt word is marked for assistive technology too, not only by its underline;
  // a context slip («وقال ان») is a grammar slip, not a misspelling.
  const spelling = leaf.misspelled
    ? { 'aria-invalid': 'spelling' as const, 'data-spelling': 'misspelled' }
    : leaf.contextSlip
      ? { 'aria-invalid': 'grammar' as const, 'data-spelling': 'context' }
      : {};
  return (
    <span {...attributes} className={className} {...spelling}>
      {out}
    </span>
  );
}

export { renderChunk } from './chunk';
