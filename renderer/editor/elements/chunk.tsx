// Chunks of a long article (slate-react's children chunking). A lowest chunk (up to
// CHUNK_SIZE top-level blocks) has its blocks on the page only while it is near the
// viewport, holds an end of the selection, or left the screen recently (chunk-mounting.ts);
// otherwise it is an empty, non-editable block of the height it had (or, never laid out,
// of an estimate from its text), so the scroll bar stays about right and the caret
// cannot land inside.
// Mounted chunks also skip layout and paint off screen (content-visibility in
// editor.css). Short articles (≤ EAGER_CHUNKS chunks) mount whole, as before.
import { isValidElement, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSlateStatic, type RenderChunkProps } from 'slate-react';
import { chunkMountingOf, chunkWeight, type ChunkNodes } from './chunk-mounting';

export { EAGER_CHUNKS } from './chunk-mounting';

const noSubscription = () => () => undefined;

/** slate-react renders a chunk's blocks through one element whose `ancestor` prop is
 * the chunk-tree node listing them. */
function chunkNodesOf(children: ReactNode): ChunkNodes | undefined {
  if (!isValidElement(children)) return undefined;
  const ancestor = (children.props as { ancestor?: ChunkNodes }).ancestor;
  return ancestor && Array.isArray(ancestor.children) ? ancestor : undefined;
}

function LowestChunk({ attributes, children }: Pick<RenderChunkProps, 'attributes' | 'children'>) {
  const editor = useSlateStatic();
  const state = chunkMountingOf(editor);
  const chunk = chunkNodesOf(children);
  const [near, setNear] = useState(() => !state || state.eagerLeft-- > 0);
  const [lingering, setLingering] = useState(near);
  const pinned = useSyncExternalStore(state?.subscribe ?? noSubscription, () => !!state && !!chunk && state.pins(chunk));
  const ref = useRef<HTMLDivElement>(null);
  // Height when last laid out; undefined until the browser has rendered the chunk.
  const height = useRef<number | undefined>(undefined);
  const learned = useRef(false);

  const wanted = near || pinned;
  const mounted = !state || !chunk || wanted || lingering;

  useEffect(() => {
    const el = ref.current;
    if (!state || !el) return;
    const stop = state.observe(el, setNear);
    // content-visibility tells when the browser really lays the chunk out: its height
    // then is real, not the placeholder's guess.
    const rendered = (e: Event) => {
      if ((e as Event & { skipped?: boolean }).skipped) return;
      requestAnimationFrame(() => {
        if (!el.isConnected || el.classList.contains('body-chunk-pending')) return;
        height.current = el.getBoundingClientRect().height;
        if (!learned.current && chunk) {
          learned.current = true;
          state.learn(chunkWeight(chunk), height.current);
        }
      });
    };
    el.addEventListener('contentvisibilityautostatechange', rendered);
    return () => {
      stop();
      el.removeEventListener('contentvisibilityautostatechange', rendered);
    };
  }, [state, chunk]);

  // Leaving the screen: linger mounted until the chunk is among the oldest of those
  // that left (chunk-mounting.ts), then measure and unmount in idle time.
  const [unmount] = useState(() => () => {
    const el = ref.current;
    if (el && height.current !== undefined && el.checkVisibility?.({ contentVisibilityAuto: true })) height.current = el.getBoundingClientRect().height;
    setLingering(false);
  });
  useEffect(() => {
    if (!state) return;
    if (wanted) {
      state.retain(unmount);
      setLingering(true);
      return;
    }
    if (lingering) state.release(unmount);
  }, [state, wanted, lingering, unmount]);
  useEffect(() => () => state?.retain(unmount), [state, unmount]);

  if (!mounted) {
    const px = Math.round(height.current ?? chunkWeight(chunk!) * state!.pxPerWeight);
    return <div {...attributes} ref={ref} className="body-chunk-pending" contentEditable={false} style={{ blockSize: `${px}px` }} />;
  }
  const px = height.current ?? (state && chunk ? Math.round(chunkWeight(chunk) * state.pxPerWeight) : undefined);
  return (
    <div {...attributes} ref={ref} className="body-chunk" style={px ? { containIntrinsicSize: `auto ${px}px` } : undefined}>
      {children}
    </div>
  );
}

export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  if (!lowest) return <div {...attributes}>{children}</div>;
  return <LowestChunk attributes={attributes}>{children}</LowestChunk>;
}
