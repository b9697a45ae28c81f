// Chunks of a long article (slate-react's children chunking). The browser skips layout
// of chunks off screen (content-visibility: auto in editor.css), and on open only the
// first few chunks are mounted at once: the rest follow one per idle slot, so a
// 5,000-paragraph article paints its top as fast as a short one and is complete a moment
// later. Short articles (≤ EAGER_CHUNKS chunks) mount whole, exactly as before.
import { createContext, useContext, useEffect, useState } from 'react';
import type { RenderChunkProps } from 'slate-react';

export const EAGER_CHUNKS = 3;

export interface ChunkMounting {
  /** Lowest chunks still allowed to mount in the first render. */
  eagerLeft: number;
  queue: (() => void)[];
  scheduled: boolean;
}

export const newChunkMounting = (): ChunkMounting => ({ eagerLeft: EAGER_CHUNKS, queue: [], scheduled: false });

export const ChunkMountingContext = createContext<ChunkMounting | null>(null);

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 50 }) : setTimeout(fn, 0);

function pump(state: ChunkMounting): void {
  if (state.scheduled) return;
  state.scheduled = true;
  idle(() => {
    state.scheduled = false;
    state.queue.shift()?.();
    if (state.queue.length > 0) pump(state);
  });
}

function LowestChunk({ attributes, children }: Pick<RenderChunkProps, 'attributes' | 'children'>) {
  const state = useContext(ChunkMountingContext);
  const [mounted, setMounted] = useState(() => !state || state.eagerLeft-- > 0);
  useEffect(() => {
    if (mounted || !state) return;
    let live = true;
    state.queue.push(() => live && setMounted(true));
    pump(state);
    return () => {
      live = false;
    };
  }, [mounted, state]);
  if (!mounted) {
    // Not yet mounted: a non-editable block of about the right height, so the scroll
    // bar is roughly right and the caret cannot land inside.
    return <div {...attributes} className="body-chunk body-chunk-pending" contentEditable={false} />;
  }
  return (
    <div {...attributes} className="body-chunk">
      {children}
    </div>
  );
}

export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  if (!lowest) return <div {...attributes}>{children}</div>;
  return <LowestChunk attributes={attributes}>{children}</LowestChunk>;
}
