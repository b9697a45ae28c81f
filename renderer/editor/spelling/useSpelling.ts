// The editor's spelling: a decorate that underlines misspelt words, and what the
// context menu needs for the word under the pointer. Decorating is cheap enough to run
// on every keystroke: Slate calls decorate only for blocks on the page (chunks far from
// the viewport are not mounted), and a block's words are worked out again only when
// the block itself changed (a new node object) or an answer it waited for arrived.
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { Transforms, type BaseRange, type Element, type NodeEntry, type Point, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ArticleEditorInstance } from '../types';
import { blockWords, isTextBlock, wordAt, type BlockWord } from './blocks';
import { spellingCacheFor, type SpellingApi, type SpellingCache } from './cache';
import type { WordActions } from './SpellingItems';

interface BlockEntry {
  bad: BlockWord[];
  /** Some word had no verdict yet when this was worked out. */
  pending: boolean;
  version: number;
  acceptedVersion: number;
}

/** A misspelt word the context menu can act on. */
export interface SpellingTarget {
  text: string;
  key: string;
  range: BaseRange;
}

export type SpellingActions = WordActions<SpellingTarget>;

const noSubscription = () => () => undefined;

function workOut(block: Element, cache: SpellingCache): BlockEntry {
  const entry: BlockEntry = { bad: [], pending: false, version: cache.version, acceptedVersion: cache.acceptedVersion };
  for (const word of blockWords(block)) {
    const verdict = cache.verdict(word.key);
    if (verdict === undefined) entry.pending = true;
    else if (verdict === 'bad') entry.bad.push(word);
  }
  return entry;
}

export function useSpelling(editor: ArticleEditorInstance, api: SpellingApi | undefined, enabled: boolean) {
  const cache = useMemo(() => (api && enabled ? spellingCacheFor(api) : undefined), [api, enabled]);
  // A new version (answers arrived, a word accepted) gives a new decorate, which makes
  // Slate decorate the mounted blocks again.
  const version = useSyncExternalStore(cache ? (l) => cache.subscribe(l) : noSubscription, () => cache?.version ?? 0);
  const blocks = useRef(new WeakMap<Element, BlockEntry>());

  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => {
      if (!cache || !isTextBlock(editor, node)) return [];
      let entry = blocks.current.get(node);
      if (!entry || (entry.pending && entry.version !== cache.version) || entry.acceptedVersion !== cache.acceptedVersion) {
        entry = workOut(node, cache);
        blocks.current.set(node, entry);
      }
      return entry.bad.map((word) => ({
        anchor: { path: path.concat(word.anchor.path), offset: word.anchor.offset },
        focus: { path: path.concat(word.focus.path), offset: word.focus.offset },
        misspelled: true,
      }));
    },
    // version stands for the cache's answers, which it mutates in place.
    [editor, cache, version],
  );

  /** The misspelt word at `at`, if the word there is one. */
  const targetAt = useCallback(
    (at: Point | null | undefined): SpellingTarget | undefined => {
      if (!cache || !at) return undefined;
      const word = wordAt(editor, at);
      if (!word || !cache.isBad(word.key)) return undefined;
      return { text: word.text, key: word.key, range: { anchor: word.anchor, focus: word.focus } };
    },
    [editor, cache],
  );

  const actions = useMemo<SpellingActions | undefined>(
    () =>
      cache && {
        suggest: (target) => cache.suggest(target.key),
        replace: (target, suggestion) => {
          // One history step: Ctrl+Z brings the misspelt word back.
          Transforms.insertText(editor, suggestion, { at: target.range });
          ReactEditor.focus(editor);
        },
        add: (target) => cache.add(target.key),
        ignore: (target) => cache.ignore(target.key),
      },
    [editor, cache],
  );

  return { decorate, targetAt, actions };
}
