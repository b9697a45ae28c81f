// The editor's spelling: a decorate that underlines misspelt words, and what the
// context menu needs for the word under the pointer. Decorating is cheap enough to run
// on every keystroke: Slate calls decorate only for blocks on the page (chunks far from
// the viewport are not mounted), and a block's words are worked out again only when
// the block itself changed (a new node object) or an answer it waited for arrived.
// The word being typed (the caret at its end) is left alone until the caret leaves it,
// so a pause in the middle of a word does not underline half a word.
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Node, Path, Range, Text, Transforms, type BaseRange, type Element, type NodeEntry, type Point } from 'slate';
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
  /** The word at the caret was left unchecked (it is being typed). */
  deferred: boolean;
  epoch: number;
}

/** A misspelt word the context menu can act on. */
export interface SpellingTarget {
  text: string;
  key: string;
  range: BaseRange;
}

export type SpellingActions = WordActions<SpellingTarget>;

const noSubscription = () => () => undefined;

const WORD_CHAR = /[\p{L}\p{M}\u0640]/u;

function workOut(block: Element, cache: SpellingCache, caret: number | undefined, epoch: number): BlockEntry {
  const entry: BlockEntry = { bad: [], pending: false, version: cache.version, acceptedVersion: cache.acceptedVersion, deferred: false, epoch };
  for (const word of blockWords(block)) {
    if (word.end === caret) {
      entry.deferred = true;
      continue;
    }
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
  // Bumped when the caret leaves a word that was being typed: that block is looked at again.
  const [epoch, setEpoch] = useState(0);
  const deferring = useRef(false);

  /** The caret's offset in the block's text, when it is a caret inside this block. */
  const caretIn = (block: Element, path: Path): number | undefined => {
    const selection = editor.selection;
    if (!selection || !Range.isCollapsed(selection) || !Path.isAncestor(path, selection.anchor.path)) return undefined;
    let start = 0;
    for (const [leaf, relative] of Node.texts(block)) {
      if (Path.equals(path.concat(relative), selection.anchor.path)) return start + selection.anchor.offset;
      start += leaf.text.length;
    }
    return undefined;
  };

  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => {
      if (!cache || !isTextBlock(editor, node)) return [];
      let entry = blocks.current.get(node);
      if (
        !entry ||
        (entry.pending && entry.version !== cache.version) ||
        entry.acceptedVersion !== cache.acceptedVersion ||
        (entry.deferred && entry.epoch !== epoch)
      ) {
        entry = workOut(node, cache, caretIn(node, path), epoch);
        blocks.current.set(node, entry);
        if (entry.deferred) deferring.current = true;
      }
      return entry.bad.map((word) => ({
        anchor: { path: path.concat(word.anchor.path), offset: word.anchor.offset },
        focus: { path: path.concat(word.focus.path), offset: word.focus.offset },
        misspelled: true,
      }));
    },
    // version stands for the cache's answers, which it mutates in place.
    [editor, cache, version, epoch],
  );

  /** Call on every change, selection moves included: once the caret is no longer right
   * after a letter (a space typed, a click elsewhere), the word it left is checked. */
  const caretMoved = useCallback(() => {
    if (!deferring.current) return;
    const selection = editor.selection;
    let typing = false;
    if (selection && Range.isCollapsed(selection) && selection.anchor.offset > 0) {
      const leaf = Node.has(editor, selection.anchor.path) ? Node.get(editor, selection.anchor.path) : undefined;
      typing = Text.isText(leaf) && WORD_CHAR.test(leaf.text[selection.anchor.offset - 1] ?? '');
    }
    if (!typing) {
      deferring.current = false;
      setEpoch((e) => e + 1);
    }
  }, [editor]);

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

  return { decorate, targetAt, actions, caretMoved };
}
