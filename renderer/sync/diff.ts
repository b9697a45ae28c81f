// The conflict view's arithmetic: both versions as plain text (the same serializer the
// search and .txt export use), diffed word by word, split into the two columns: what
// only my version has on one side, what only theirs has on the other.
import type { ArticleMeta, Block } from '../../electron/common/document/types';
import { blocksToText } from '../../electron/common/serialize/text';
import { diffSegments, type DiffSegment } from '../history/changes';

export interface SideBySide {
  mine: DiffSegment[];
  theirs: DiffSegment[];
}

/** Headline fields then body, as an editor reads the article. */
export function versionText(version: { meta: Pick<ArticleMeta, 'kicker' | 'headline' | 'standfirst'>; body: readonly Block[] }): string {
  const { kicker, headline, standfirst } = version.meta;
  return [kicker, headline, standfirst, blocksToText(version.body)].filter((s) => s.trim() !== '').join('\n\n');
}

/** A space between two changed runs on one side joins them, so "وفق ما أعلنته" is
 * marked as one phrase rather than three islands. */
function joinRuns(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = out[out.length - 1];
    const next = segments[i + 1];
    if (s.change === 'same' && /^\s+$/.test(s.text) && prev && prev.change !== 'same' && next && next.change === prev.change) {
      prev.text += s.text + next.text;
      i++;
    } else if (prev && prev.change === s.change) {
      prev.text += s.text;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** Mine keeps same + removed (words the other lacks); the other keeps same + added. */
export function sideBySide(mine: string, theirs: string): SideBySide {
  const segments = diffSegments(mine, theirs);
  return {
    mine: joinRuns(segments.filter((s) => s.change !== 'added')),
    theirs: joinRuns(segments.filter((s) => s.change !== 'removed')),
  };
}
