// The editor's spelling: a decorate that underlines misspelt words, and what the
// context menu needs for the word under the pointer. Decorating is cheap enough to run
// on every keystroke: Slate calls decorate only for blocks on the page (chunks far from
// the viewport are not mounted), and a block's words are worked out again only when
// the block itself changed (a new node object) or an answer it waited for arrived.
// The word being typed (the caret at its end) is left alone until the caret leaves it,
// so a pause in the middle of a word does not underline half a word.
// Context slips (slips.ts: «وقال ان» for «وقال إن») are underlined apart: they need no
// service, so they show with the setting on even where no checker answers; where a slip
// and a misspelt word are the same word (ayaspell rejects «ان»), the slip is shown.
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Node, Path, Range, Text, Transforms, type BaseRange, type Element, type NodeEntry, type Point } from 'slate';
import { ReactEditor } from 'slate-react';
import { spellingKey } from '../../../electron/common/spelling';
import type { ArticleEditorInstance } from '../types';
import { blockWords, isTextBlock, wordAt, type BlockWord } from './blocks';
import { spellingCacheFor, type SpellingApi, type SpellingCache } from './cache';
import { blockSlips, ignoreSlip, replaceLetters, slipAt, slipsIgnoredVersion, subscribeIgnoredSlips, type BlockSlip } from './slips';
import type { WordActions } from './SpellingItems';

interface BlockEntry {
  bad: BlockWord[];
  slips: BlockSlip[];
  cache: SpellingCache | undefined;
  ignoredVersion: number;
  /** Some word had no verdict yet when this was worked out. */
  pending: boolean;
  version: number;
  acceptedVersion: number;
  /** The word at the caret was left unchecked (it is being typed). */
  deferred: boolean;
  epoch: number;
}

/** A misspelt word (or a context slip) the context menu can act on. */
export interface SpellingTarget {
  text: string;
  key: string;
  range: BaseRange;
  slip?: {
    corrections: readonly string[];
    /** The verb it follows, as written: the menu says why. */
    cue: string;
    /** What "ignore" remembers. */
    key: string;
    /** The point of an offset in the word. */
    pointIn(offset: number, preferEnd: boolean): Point;
  };
}

export type SpellingActions = WordActions<SpellingTarget>;

const noSubscription = () => () => undefined;

const WORD_CHAR = /[\p{L}\p{M}\u0640]/u;

function workOut(block: Element, cache: SpellingCache | undefined, caret: number | undefined, epoch: number): BlockEntry {
  const entry: BlockEntry = {
    bad: [],
    slips: [],
    cache,
    ignoredVersion: slipsIgnoredVersion(),
    pending: false,
    version: cache?.version ?? 0,
    acceptedVersion: cache?.acceptedVersion ?? 0,
    deferred: false,
    epoch,
  };
  const slips = blockSlips(block);
  for (const slip of slips) {
    // The word, or the word after it (which may still turn «ان كـ» into «إن كان»), being typed.
    if (caret === slip.end || caret === slip.span.end) entry.deferred = true;
    else entry.slips.push(slip);
  }
  if (!cache) return entry;
  const slipStarts = new Set(slips.map((slip) => slip.start));
  for (const word of blockWords(block)) {
    if (slipStarts.has(word.start)) continue;
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
  // A new version (answers arrived, a word accepted, a slip ignored) gives a new decorate,
  // which makes Slate decorate the mounted blocks again.
  const version = useSyncExternalStore(cache ? (l) => cache.subscribe(l) : noSubscription, () => cache?.version ?? 0);
  const ignoredVersion = useSyncExternalStore(subscribeIgnoredSlips, slipsIgnoredVersion);
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
      if (!enabled || !isTextBlock(editor, node)) return [];
      let entry = blocks.current.get(node);
      if (
        !entry ||
        entry.cache !== cache ||
        entry.ignoredVersion !== ignoredVersion ||
        (cache && entry.pending && entry.version !== cache.version) ||
        (cache && entry.acceptedVersion !== cache.acceptedVersion) ||
        (entry.deferred && entry.epoch !== epoch)
      ) {
        entry = workOut(node, cache, caretIn(node, path), epoch);
        blocks.current.set(node, entry);
        if (entry.deferred) deferring.current = true;
      }
      const at = (point: { path: Path; offset: number }) => ({ path: path.concat(point.path), offset: point.offset });
      const ranges: Range[] = entry.bad.map((word) => ({ anchor: at(word.anchor), focus: at(word.focus), misspelled: true }));
      for (const slip of entry.slips) ranges.push({ anchor: at(slip.anchor), focus: at(slip.focus), contextSlip: true });
      return ranges;
    },
    // version and ignoredVersion stand for the answers and ignored slips, kept mutably.
    [editor, enabled, cache, version, ignoredVersion, epoch],
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

  /** The context slip or misspelt word at `at`, if the word there is one. */
  const targetAt = useCallback(
    (at: Point | null | undefined): SpellingTarget | undefined => {
      if (!enabled || !at) return undefined;
      const found = slipAt(editor, at);
      if (found) {
        const { slip, pointIn } = found;
        const range = { anchor: pointIn(0, false), focus: pointIn(slip.word.length, true) };
        return { text: slip.word, key: spellingKey(slip.word), range, slip: { corrections: slip.corrections, cue: slip.cue, key: slip.key, pointIn } };
      }
      if (!cache) return undefined;
      const word = wordAt(editor, at);
      if (!word || !cache.isBad(word.key)) return undefined;
      return { text: word.text, key: word.key, range: { anchor: word.anchor, focus: word.focus } };
    },
    [editor, enabled, cache],
  );

  const actions = useMemo<SpellingActions | undefined>(
    () =>
      enabled
        ? {
            suggest: (target) => (target.slip ? Promise.resolve([...target.slip.corrections]) : cache ? cache.suggest(target.key) : Promise.resolve([])),
            replace: (target, suggestion) => {
              // One history step: Ctrl+Z brings the misspelt word back.
              if (target.slip) replaceLetters(editor, target.range, target.text, suggestion, target.slip.pointIn);
              else Transforms.insertText(editor, suggestion, { at: target.range });
              ReactEditor.focus(editor);
            },
            add: (target) => (cache ? cache.add(target.key) : Promise.resolve()),
            ignore: (target) => {
              // The underline the editor saw goes: the slip here, and the word's own verdict
              // (ayaspell rejects «ان» itself), as "ignore" does for a misspelt word.
              if (target.slip) ignoreSlip(target.slip.key);
              cache?.ignore(target.key);
            },
          }
        : undefined,
    [editor, enabled, cache],
  );

  return { decorate, targetAt, actions, caretMoved };
}
