// Find & replace state: the query and options, every match (recomputed when the body
// changes while the panel is open), the current one, and a decorate that highlights
// them all.
import { useCallback, useMemo, useState } from 'react';
import { Element, Transforms, type NodeEntry, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ArticleEditorInstance } from '../types';
import { DEFAULT_FIND_OPTIONS, type FindOptions } from './match';
import { findMatches, indexByBlock } from './ranges';
import { replaceAll, replaceMatch } from './replace';
import { mountSelection } from '../elements/chunk-mounting';

export type FindMode = 'find' | 'replace';

export function useFind(editor: ArticleEditorInstance, docVersion: number) {
  const [open, setOpen] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(0);

  const matches = useMemo(
    () => (open && query ? findMatches(editor.children, query, options) : []),
    // docVersion stands for editor.children, which Slate mutates in place.
    [editor, open, query, options, docVersion],
  );
  const currentIndex = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const byBlock = useMemo(() => indexByBlock(matches, currentIndex), [matches, currentIndex]);

  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => (Element.isElement(node) && byBlock.size > 0 ? byBlock.get(path.join(',')) ?? [] : []),
    [byBlock],
  );

  const reveal = useCallback(
    (index: number) => {
      const match = matches[index];
      if (!match) return;
      // The match may lie in a chunk of a long article that is not on the page: selecting
      // it pins that chunk, and mounting it now lets us scroll to it at once.
      Transforms.select(editor, match.range);
      mountSelection(editor);
      try {
        ReactEditor.toDOMRange(editor, match.range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } catch {
        // Not on the page after all (read-only preview without chunks): the highlight still moves.
      }
    },
    [editor, matches],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (matches.length === 0) return;
      const next = (currentIndex + delta + matches.length) % matches.length;
      setCurrent(next);
      reveal(next);
    },
    [matches.length, currentIndex, reveal],
  );

  const replaceCurrent = useCallback(() => {
    const match = matches[currentIndex];
    if (match) replaceMatch(editor, match, replacement);
  }, [editor, matches, currentIndex, replacement]);

  const replaceEvery = useCallback(() => replaceAll(editor, query, replacement, options), [editor, query, replacement, options]);

  return {
    open, setOpen, query, setQuery: (q: string) => { setQuery(q); setCurrent(0); }, replacement, setReplacement,
    options, setOptions, matches, currentIndex, decorate, step, replaceCurrent, replaceEvery,
  };
}

export type FindState = ReturnType<typeof useFind>;
