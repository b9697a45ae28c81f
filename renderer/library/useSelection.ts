// The library's multi-select: a set of ids plus the anchor a Shift+click ranges from.
// Ctrl/Cmd+click and Space toggle one, Shift+click selects from the anchor, Ctrl+A all
// the rows shown. Ids no longer shown (trashed, filtered out) drop out by themselves.
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';

export interface Selection {
  ids: ReadonlySet<string>;
  /** The selected ids in the list's order. */
  ordered: string[];
  toggle(id: string): void;
  /** From the anchor to `id`, in the list's order (replaces the selection). */
  range(id: string): void;
  all(): void;
  clear(): void;
}

export function useSelection(shown: readonly string[]): Selection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<string>();
  const visible = useMemo(() => new Set(shown), [shown]);
  const ordered = useMemo(() => shown.filter((id) => picked.has(id)), [shown, picked]);
  const ids = useMemo(() => new Set(ordered), [ordered]);

  const toggle = useCallback((id: string) => {
    setAnchor(id);
    setPicked((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const range = useCallback(
    (id: string) => {
      const from = anchor !== undefined && visible.has(anchor) ? shown.indexOf(anchor) : shown.indexOf(id);
      const to = shown.indexOf(id);
      if (to < 0) return;
      setAnchor(shown[from]);
      setPicked(new Set(shown.slice(Math.min(from, to), Math.max(from, to) + 1)));
    },
    [anchor, shown, visible],
  );
  const all = useCallback(() => setPicked(new Set(shown)), [shown]);
  const clear = useCallback(() => setPicked(new Set()), []);
  return { ids, ordered, toggle, range, all, clear };
}

/** Keys in the list: Ctrl/Cmd+A selects every row shown, Escape clears, arrows move
 * between the rows (Space on a row is the row's own: it toggles that row). */
export function listKeys(e: KeyboardEvent<HTMLElement>, selection: Selection): void {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
    e.preventDefault();
    selection.all();
  } else if (e.key === 'Escape' && selection.ordered.length > 0) {
    e.preventDefault();
    selection.clear();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const links = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-qalam="library-item"]')];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    links[e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0)]?.focus();
  }
}
