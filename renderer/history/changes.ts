// The history's arithmetic: how many words each revision added or removed against
// the one before it, and a word-level diff of two revisions' text (the `diff` package,
// spaces kept, so the rendered diff reads as the article does).
import { diffArrays } from 'diff';
import type { RevisionSummary } from '../../electron/common/contract';

/** Word change of each revision against its parent (or, failing that, the next older
 * revision in the list); undefined for the first revision. The list is newest first. */
export function wordChanges(revisions: readonly RevisionSummary[]): Map<string, number | undefined> {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const out = new Map<string, number | undefined>();
  revisions.forEach((r, i) => {
    const parent = (r.parents[0] !== undefined ? byId.get(r.parents[0]) : undefined) ?? revisions[i + 1];
    out.set(r.id, parent ? r.words - parent.words : undefined);
  });
  return out;
}

/** Which revisions changed the status, and from what (the list is newest first). */
export function statusChanges(revisions: readonly RevisionSummary[]): Map<string, { from: RevisionSummary['status'] }> {
  const out = new Map<string, { from: RevisionSummary['status'] }>();
  const byId = new Map(revisions.map((r) => [r.id, r]));
  revisions.forEach((r, i) => {
    const parent = (r.parents[0] !== undefined ? byId.get(r.parents[0]) : undefined) ?? revisions[i + 1];
    if (parent && parent.status !== r.status) out.set(r.id, { from: parent.status });
  });
  return out;
}

export type DiffSegment = { text: string; change: 'same' | 'added' | 'removed' };

/** Words (letters, digits and their marks: tashkeel stays with its word), runs of
 * space, and single punctuation marks. diffWordsWithSpace's own tokenizer knows only
 * Latin letters as word characters and cut Arabic words letter by letter. */
const TOKEN = /[\p{L}\p{N}\p{M}\u0640]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;
export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** Older → newer as segments; neighbouring segments of one kind are merged. */
export function diffSegments(older: string, newer: string): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const part of diffArrays(tokenize(older), tokenize(newer))) {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const text = part.value.join('');
    const last = out[out.length - 1];
    if (last && last.change === change) last.text += text;
    else out.push({ text, change });
  }
  return out;
}

/** Words added and removed in a diff (for the summary line above it). */
export function diffTotals(segments: readonly DiffSegment[]): { added: number; removed: number } {
  const count = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.change === 'added') added += count(s.text);
    else if (s.change === 'removed') removed += count(s.text);
  }
  return { added, removed };
}

/** "+١٢" / "−٣" / "٠": a signed word change with a real minus sign. */
export function signedChange(n: number, format: (n: number) => string): string {
  if (n > 0) return `+${format(n)}`;
  if (n < 0) return `−${format(-n)}`;
  return format(0);
}
