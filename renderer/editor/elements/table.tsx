// Tables. Columns run right to left because the table inherits (or carries) dir=rtl;
// a header row renders <th scope="col"> so export and screen readers agree.
import type { RenderElementProps } from 'slate-react';
import type { Direction } from '../types';

type Props<T> = Omit<RenderElementProps, 'element'> & { element: T };

export function Table({ attributes, children, element }: Props<{ dir?: Direction }>) {
  return (
    <table {...attributes} dir={element.dir}>
      <tbody>{children}</tbody>
    </table>
  );
}

export function TableRow({ attributes, children }: Props<unknown>) {
  return <tr {...attributes}>{children}</tr>;
}

export function TableCell({ attributes, children, element }: Props<{ dir?: Direction; header?: boolean }>) {
  return element.header ? (
    <th {...attributes} scope="col" dir={element.dir}>{children}</th>
  ) : (
    <td {...attributes} dir={element.dir}>{children}</td>
  );
}
