// Merging by ancestry only (DESIGN §6). Which of two heads wins is decided by the
// revision graph — who descends from whom — and never by a timestamp: a device whose
// clock is ten minutes fast must not be able to overwrite a newer edit (Joplin #13531).

/** Parents of a revision, or undefined when the revision is not known here. */
export type ParentsOf = (revisionId: string) => readonly string[] | undefined;

/** True when `ancestor` is `descendant` or lies on one of its parent chains.
 * Revisions not known locally end a chain (they cannot be walked further). */
export function isAncestor(ancestor: string, descendant: string, parentsOf: ParentsOf): boolean {
  if (ancestor === descendant) return true;
  const seen = new Set<string>([descendant]);
  const queue: string[] = [descendant];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const parent of parentsOf(current) ?? []) {
      if (parent === ancestor) return true;
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
    }
  }
  return false;
}

/** What to do with a remote head, seen from the local one.
 * - 'same': nothing to do
 * - 'adopt': no local head yet — take the remote one
 * - 'fast-forward': remote descends from local — move local up to it
 * - 'keep-local': local already contains remote
 * - 'conflict': the histories diverged — keep both until an editor resolves them */
export type HeadDecision = 'same' | 'adopt' | 'fast-forward' | 'keep-local' | 'conflict';

export function decide(localHead: string | undefined, remoteHead: string, parentsOf: ParentsOf): HeadDecision {
  if (localHead === undefined) return 'adopt';
  if (localHead === remoteHead) return 'same';
  if (isAncestor(localHead, remoteHead, parentsOf)) return 'fast-forward';
  if (isAncestor(remoteHead, localHead, parentsOf)) return 'keep-local';
  return 'conflict';
}

/** Revisions reachable from `head` (itself included) that `known` does not hold, parents
 * first — the order they can be inserted in. `parentsOf` must know every one of them
 * (the caller has fetched them); unknown ids are returned as `missing`. */
export function unknownAncestry(
  head: string,
  known: (revisionId: string) => boolean,
  parentsOf: ParentsOf,
): { order: string[]; missing: string[] } {
  const order: string[] = [];
  const missing: string[] = [];
  const visited = new Set<string>();
  // Iterative post-order DFS: histories can be thousands of revisions deep.
  const stack: { id: string; expanded: boolean }[] = [{ id: head, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: string; expanded: boolean };
    if (top.expanded) {
      stack.pop();
      order.push(top.id);
      continue;
    }
    if (visited.has(top.id) || known(top.id)) {
      stack.pop();
      continue;
    }
    visited.add(top.id);
    const parents = parentsOf(top.id);
    if (parents === undefined) {
      stack.pop();
      missing.push(top.id);
      continue;
    }
    top.expanded = true;
    for (const parent of parents) if (!visited.has(parent) && !known(parent)) stack.push({ id: parent, expanded: false });
  }
  return { order, missing };
}

/** The nearest revision both `a` and `b` descend from (the base of a three-way merge),
 * or undefined when their known histories never meet. Breadth-first from `b`, so the
 * first hit is the closest to it; for criss-cross histories any nearest one will do. */
export function nearestCommonAncestor(a: string, b: string, parentsOf: ParentsOf): string | undefined {
  const ofA = new Set<string>([a]);
  const stack = [a];
  while (stack.length > 0) {
    for (const parent of parentsOf(stack.pop() as string) ?? []) {
      if (!ofA.has(parent)) {
        ofA.add(parent);
        stack.push(parent);
      }
    }
  }
  const seen = new Set<string>([b]);
  let level = [b];
  while (level.length > 0) {
    const next: string[] = [];
    for (const id of level) {
      if (ofA.has(id)) return id;
      for (const parent of parentsOf(id) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    }
    level = next;
  }
  return undefined;
}
