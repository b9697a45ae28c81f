// A section break. Void: Slate still needs its children rendered (an empty spacer).
import type { RenderElementProps } from 'slate-react';
import { useFocused, useSelected } from 'slate-react';

export function Divider({ attributes, children }: Omit<RenderElementProps, 'element'>) {
  const selected = useSelected();
  const focused = useFocused();
  return (
    <div {...attributes} className={`divider${selected && focused ? ' is-selected' : ''}`}>
      <div contentEditable={false}>
        <hr />
      </div>
      {children}
    </div>
  );
}
