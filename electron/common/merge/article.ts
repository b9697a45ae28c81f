// Three-way merge of two versions of an article, block by block, so resolving a sync
// conflict keeps what both desks wrote and loses no figure, table, link or mark.
//
// The unit is the block (paragraph, heading, list, figure, table…), compared by its
// canonical JSON: a block changed on one side only is taken from that side; a block
// changed differently on both sides (or an insertion at the same place) is a hunk the
// editor decides — mine, theirs, or both. Metadata fields merge the same way one field
// at a time. With no common ancestor known, every difference is a hunk to decide (a
// two-way comparison cannot tell an addition from a deletion).
import { diff3Merge, diffComm } from 'node-diff3';
import { canonicalJson } from '../canonical-json';
import type { ArticleMeta, Block } from '../document/types';

export interface MergeInput {
  meta: ArticleMeta;
  body: Block[];
}

export type MergeHunk =
  /** Agreed by both, or changed on one side only: taken as is. */
  | { kind: 'settled'; blocks: Block[] }
  /** Both changed this stretch differently: the editor picks. */
  | { kind: 'conflict'; mine: Block[]; theirs: Block[]; base: Block[] };

/** The metadata an editor writes (dates are the store's). */
export const MERGED_META_FIELDS = [
  'kicker',
  'headline',
  'standfirst',
  'byline',
  'section',
  'tags',
  'slug',
  'status',
  'language',
  'targetWords',
  'deadline',
] as const satisfies readonly (keyof ArticleMeta)[];
export type MergedMetaField = (typeof MERGED_META_FIELDS)[number];
export type EditableMeta = Pick<ArticleMeta, MergedMetaField>;

export interface MetaConflict<F extends MergedMetaField = MergedMetaField> {
  field: F;
  mine: ArticleMeta[F];
  theirs: ArticleMeta[F];
}

export interface ArticleMerge {
  /** Every field merged, taking mine where both changed it (see `metaConflicts`). */
  meta: EditableMeta;
  metaConflicts: MetaConflict[];
  hunks: MergeHunk[];
  /** False when no common ancestor was known (a two-way comparison). */
  threeWay: boolean;
}

export type HunkChoice = 'mine' | 'theirs' | 'both';

export interface MergeChoices {
  /** Per conflicting field; mine when missing. */
  meta?: Partial<Record<MergedMetaField, 'mine' | 'theirs'>>;
  /** Per conflict hunk, in order of the conflict hunks; mine when missing. */
  hunks?: readonly HunkChoice[];
}

const key = (value: unknown) => (value === undefined ? '∅' : canonicalJson(value));
const same = (a: unknown, b: unknown) => key(a) === key(b);

export function mergeArticles(base: MergeInput | undefined, mine: MergeInput, theirs: MergeInput): ArticleMerge {
  const meta = {} as Record<MergedMetaField, unknown>;
  const metaConflicts: MetaConflict[] = [];
  for (const field of MERGED_META_FIELDS) {
    const m = mine.meta[field];
    const t = theirs.meta[field];
    if (same(m, t)) meta[field] = m;
    else if (base && same(m, base.meta[field])) meta[field] = t;
    else if (base && same(t, base.meta[field])) meta[field] = m;
    else {
      meta[field] = m;
      metaConflicts.push({ field, mine: m, theirs: t } as MetaConflict);
    }
  }
  return { meta: meta as EditableMeta, metaConflicts, hunks: mergeBodies(base?.body, mine.body, theirs.body), threeWay: base !== undefined };
}

function mergeBodies(base: Block[] | undefined, mine: Block[], theirs: Block[]): MergeHunk[] {
  const mineKeys = mine.map(key);
  const theirsKeys = theirs.map(key);
  const hunks: MergeHunk[] = [];
  const settle = (blocks: Block[]) => {
    if (blocks.length === 0) return;
    const last = hunks[hunks.length - 1];
    if (last?.kind === 'settled') last.blocks.push(...blocks);
    else hunks.push({ kind: 'settled', blocks: [...blocks] });
  };
  if (base === undefined) {
    let i = 0;
    let j = 0;
    for (const part of diffComm(mineKeys, theirsKeys)) {
      if (part.common) {
        settle(mine.slice(i, i + part.common.length));
        i += part.common.length;
        j += part.common.length;
      } else {
        const a = part.buffer1 ?? [];
        const b = part.buffer2 ?? [];
        hunks.push({ kind: 'conflict', mine: mine.slice(i, i + a.length), theirs: theirs.slice(j, j + b.length), base: [] });
        i += a.length;
        j += b.length;
      }
    }
    return hunks;
  }
  const baseKeys = base.map(key);
  // Blocks are recovered by position: every region reports where it sits in each version.
  const byKey = new Map<string, Block>();
  for (const list of [base, mine, theirs]) for (const b of list) byKey.set(key(b), b);
  for (const region of diff3Merge(mineKeys, baseKeys, theirsKeys, { excludeFalseConflicts: true })) {
    if (region.ok) settle(region.ok.map((k) => byKey.get(k)!));
    else if (region.conflict) {
      const c = region.conflict;
      const m = mine.slice(c.aIndex, c.aIndex + c.a.length);
      const t = theirs.slice(c.bIndex, c.bIndex + c.b.length);
      const o = base.slice(c.oIndex, c.oIndex + c.o.length);
      if (m.length === o.length && t.length === o.length) {
        // diff3 joins neighbouring changes into one conflict; with no block added or
        // removed, paragraph k still answers paragraph k, so settle it one block at a time
        // (desk 1 edits the lead, desk 2 the next paragraph: no question to ask).
        for (let k = 0; k < o.length; k++) {
          const [mk, tk, ok] = [c.a[k]!, c.b[k]!, c.o[k]!];
          if (mk === tk || tk === ok) settle([m[k]!]);
          else if (mk === ok) settle([t[k]!]);
          else hunks.push({ kind: 'conflict', mine: [m[k]!], theirs: [t[k]!], base: [o[k]!] });
        }
      } else hunks.push({ kind: 'conflict', mine: m, theirs: t, base: o });
    }
  }
  return hunks;
}

/** The merged article for the editor's choices (mine wherever none was made). */
export function applyChoices(merge: ArticleMerge, choices: MergeChoices = {}): { meta: EditableMeta; body: Block[] } {
  const meta = { ...merge.meta } as Record<MergedMetaField, unknown>;
  for (const c of merge.metaConflicts) meta[c.field] = choices.meta?.[c.field] === 'theirs' ? c.theirs : c.mine;
  const body: Block[] = [];
  let n = 0;
  for (const hunk of merge.hunks) {
    if (hunk.kind === 'settled') {
      body.push(...hunk.blocks);
      continue;
    }
    const choice = choices.hunks?.[n++] ?? 'mine';
    if (choice !== 'theirs') body.push(...hunk.mine);
    if (choice !== 'mine') body.push(...hunk.theirs);
  }
  // An article always has at least one block to type in.
  if (body.length === 0) body.push({ type: 'paragraph', children: [{ text: '' }] });
  const out = meta as EditableMeta;
  // Optional fields cleared on the chosen side stay cleared.
  if (out.targetWords === undefined) delete (out as Partial<EditableMeta>).targetWords;
  if (out.deadline === undefined) delete (out as Partial<EditableMeta>).deadline;
  return { meta: out, body };
}

export const conflictHunks = (merge: ArticleMerge) => merge.hunks.filter((h): h is Extract<MergeHunk, { kind: 'conflict' }> => h.kind === 'conflict');
