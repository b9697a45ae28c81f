// Which chunks of a long article have their blocks on the page. Keeping React
// components and DOM for all 20,000 paragraphs of a long article costs ten times
// ProseMirror's heap, so a chunk's blocks are mounted only while it is near the
// viewport, or while it holds an end of the selection: Slate needs DOM there to show
// the caret and the selection (Ctrl+A, find & replace, undo of a far-away edit move
// the selection into chunks nobody scrolled to). Everything else — autosave, counts,
// find, export — reads the model, which is always whole.
import { Editor, Range, type Node } from 'slate';
import { ReactEditor } from 'slate-react';
import { flushSync } from 'react-dom';

/** Chunks mounted with the first render (the top of the article). */
export const EAGER_CHUNKS = 3;
/** A chunk mounts when within this distance of the visible area… */
export const MOUNT_MARGIN = '150% 0px';
/** …and stays mounted after leaving it while no more than this many chunks linger so:
 * the least recently seen goes first, in idle time, so scrolling back and forth does not
 * rebuild the same chunks and typing never waits for an unmount. */
export const KEEP_LINGERING = 5;

/** The part of slate-react's chunk tree a lowest chunk exposes: its top-level blocks. */
export interface ChunkNodes {
  children: readonly { type: string; node?: Node }[];
}

export interface ChunkMounting {
  /** Lowest chunks still allowed to mount in the first render. */
  eagerLeft: number;
  /** Top-level block indices that must be on the page (the selection's ends). */
  pinned: readonly number[];
  subscribe(listener: () => void): () => void;
  notify(): void;
  /** True when the chunk holds a pinned block. */
  pins(chunk: ChunkNodes): boolean;
  /** Watch a chunk's element; `near` is told whether it is close to the viewport. */
  observe(el: Element, near: (isNear: boolean) => void): () => void;
  /** A mounted chunk is no longer near nor pinned: `unmount` it once it is among the
   * oldest beyond KEEP_LINGERING. */
  release(unmount: () => void): void;
  /** The chunk is wanted again (or gone): forget its release. */
  retain(unmount: () => void): void;
  /** Height per unit of text (see `chunkWeight`) learned from chunks laid out so far. */
  pxPerWeight: number;
  learn(weight: number, px: number): void;
}

const MOUNTINGS = new WeakMap<Editor, ChunkMounting>();

export const chunkMountingOf = (editor: Editor): ChunkMounting | undefined => MOUNTINGS.get(editor);

const blockIndex = (editor: Editor, node: Node | undefined): number => {
  if (!node) return -1;
  try {
    return ReactEditor.findPath(editor as ReactEditor, node)[0] ?? -1;
  } catch {
    return -1;
  }
};

/** Rough height of a chunk before it was ever laid out: its characters plus a line's
 * worth per block for margins and short last lines. */
export function chunkWeight(chunk: ChunkNodes): number {
  let weight = 0;
  for (const leaf of chunk.children) {
    if (!leaf.node) continue;
    weight += 60 + textLength(leaf.node);
  }
  return weight;
}

function textLength(node: Node): number {
  if ('text' in node) return node.text.length;
  let n = 0;
  for (const child of node.children) n += textLength(child);
  return n;
}

function scrollParent(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** Create the mounting state for an editor and keep the selection's chunks pinned. */
export function withChunkMounting<E extends Editor>(editor: E): E {
  const listeners = new Set<() => void>();
  let observer: IntersectionObserver | undefined;
  const watched = new Map<Element, (isNear: boolean) => void>();
  // Released chunks, oldest first (a Set keeps insertion order).
  const lingering = new Set<() => void>();
  let trimScheduled = false;
  const trim = () => {
    trimScheduled = false;
    const oldest = lingering.values().next();
    if (oldest.done || lingering.size <= KEEP_LINGERING) return;
    lingering.delete(oldest.value);
    oldest.value();
    scheduleTrim();
  };
  const scheduleTrim = () => {
    if (trimScheduled || lingering.size <= KEEP_LINGERING) return;
    trimScheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(trim, { timeout: 2000 });
    else setTimeout(trim, 50);
  };
  let learnedPx = 0;
  let learnedWeight = 0;

  const state: ChunkMounting = {
    eagerLeft: EAGER_CHUNKS,
    pinned: [],
    pxPerWeight: 0.7,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
    pins(chunk) {
      if (state.pinned.length === 0) return false;
      const leaves = chunk.children;
      const first = blockIndex(editor, leaves[0]?.node);
      const last = blockIndex(editor, leaves[leaves.length - 1]?.node);
      if (first < 0 || last < 0) return false;
      return state.pinned.some((i) => i >= first && i <= last);
    },
    observe(el, near) {
      if (typeof IntersectionObserver !== 'function') {
        near(true);
        return () => undefined;
      }
      // Rooted at the scrolling pane (the app's editor pane, or the page itself), so
      // the margin counts in that pane's scroll distance.
      observer ??= new IntersectionObserver(
        (entries) => {
          for (const entry of entries) watched.get(entry.target)?.(entry.isIntersecting);
        },
        { root: scrollParent(el), rootMargin: MOUNT_MARGIN },
      );
      watched.set(el, near);
      observer.observe(el);
      return () => {
        watched.delete(el);
        observer?.unobserve(el);
      };
    },
    release(unmount) {
      lingering.delete(unmount);
      lingering.add(unmount);
      scheduleTrim();
    },
    retain(unmount) {
      lingering.delete(unmount);
    },
    learn(weight, px) {
      if (weight <= 0 || px <= 0) return;
      learnedWeight += weight;
      learnedPx += px;
      state.pxPerWeight = learnedPx / learnedWeight;
    },
  };
  MOUNTINGS.set(editor, state);

  const { onChange } = editor;
  editor.onChange = (options) => {
    // Runs inside slate-react's batched update, before the Editable re-renders and
    // writes the selection into the DOM: the chunks it needs mount in time.
    const next = pinnedIndices(editor);
    const structural = editor.operations.some((op) => op.type !== 'set_selection' && op.type !== 'insert_text' && op.type !== 'remove_text');
    if (structural || next.length !== state.pinned.length || next.some((i, k) => i !== state.pinned[k])) {
      state.pinned = next;
      state.notify();
    }
    onChange(options);
  };
  return editor;
}

function pinnedIndices(editor: Editor): number[] {
  const { selection } = editor;
  if (!selection) return [];
  const [start, end] = Range.edges(selection);
  const a = start.path[0] ?? 0;
  const b = end.path[0] ?? 0;
  return a === b ? [a] : [a, b];
}

/** Mount the chunks holding the selection now (synchronously), for code that needs
 * the DOM right after moving the selection (scrolling to a find match). */
export function mountSelection(editor: Editor): void {
  const state = MOUNTINGS.get(editor);
  if (!state) return;
  state.pinned = pinnedIndices(editor);
  flushSync(() => state.notify());
}
