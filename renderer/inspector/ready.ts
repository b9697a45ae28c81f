// What an article marked "ready" should not be missing. Warnings, not a block: the desk
// decides; the inspector only says what it sees.
import type { Block, ArticleMeta, Inline } from '../../electron/common/document/types';

export type ReadyWarning =
  | { kind: 'noHeadline' }
  | { kind: 'noStandfirst' }
  | { kind: 'emptyCaption'; figure: number }
  | { kind: 'emptyAlt'; figure: number }
  | { kind: 'overTarget'; words: number; target: number }
  | { kind: 'underTarget'; words: number; target: number };

/** How far from the target length still counts as on target. */
export const TARGET_TOLERANCE = 0.1;

const inlineText = (children: Inline[]): string =>
  children.map((c) => ('text' in c ? c.text : c.children.map((t) => t.text).join(''))).join('');

export function readyWarnings(meta: Pick<ArticleMeta, 'headline' | 'standfirst' | 'targetWords'>, body: readonly Block[], words: number): ReadyWarning[] {
  const out: ReadyWarning[] = [];
  if (meta.headline.trim() === '') out.push({ kind: 'noHeadline' });
  if (meta.standfirst.trim() === '') out.push({ kind: 'noStandfirst' });
  let figure = 0;
  for (const block of body) {
    if (block.type !== 'figure') continue;
    figure++;
    if (inlineText(block.children).trim() === '') out.push({ kind: 'emptyCaption', figure });
    if (block.alt.trim() === '') out.push({ kind: 'emptyAlt', figure });
  }
  const target = meta.targetWords;
  if (target) {
    if (words > target * (1 + TARGET_TOLERANCE)) out.push({ kind: 'overTarget', words, target });
    else if (words < target * (1 - TARGET_TOLERANCE)) out.push({ kind: 'underTarget', words, target });
  }
  return out;
}
