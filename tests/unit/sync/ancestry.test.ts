// Who wins is decided by the revision graph alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide, isAncestor, nearestCommonAncestor, unknownAncestry } from '../../../electron/services/sync/ancestry';

//   root ─ a1 ─ a2 ─────── merge
//            └─ b1 ─ b2 ──┘
const graph: Record<string, string[]> = {
  root: [],
  a1: ['root'],
  a2: ['a1'],
  b1: ['a1'],
  b2: ['b1'],
  merge: ['a2', 'b2'],
};
const parentsOf = (id: string) => graph[id];

describe('ancestry', () => {
  it('a head that descends from ours fast-forwards; one we contain is kept as ours', () => {
    assert.equal(decide('a1', 'a2', parentsOf), 'fast-forward');
    assert.equal(decide('a2', 'a1', parentsOf), 'keep-local');
    assert.equal(decide('a2', 'a2', parentsOf), 'same');
    assert.equal(decide(undefined, 'a2', parentsOf), 'adopt');
  });

  it('diverged heads are a conflict; the merge descends from both', () => {
    assert.equal(decide('a2', 'b2', parentsOf), 'conflict');
    assert.equal(decide('b2', 'a2', parentsOf), 'conflict');
    assert.equal(decide('a2', 'merge', parentsOf), 'fast-forward');
    assert.equal(decide('b2', 'merge', parentsOf), 'fast-forward');
    assert.ok(isAncestor('root', 'merge', parentsOf));
    assert.ok(!isAncestor('b1', 'a2', parentsOf));
  });

  it('lists what is missing parents-first, stopping at what is known', () => {
    const known = new Set(['root', 'a1', 'a2']);
    const { order, missing } = unknownAncestry('merge', (id) => known.has(id), parentsOf);
    assert.deepEqual(order, ['b1', 'b2', 'merge']);
    assert.deepEqual(missing, []);
    const gap = unknownAncestry('merge', (id) => id === 'root', (id) => (id === 'b1' ? undefined : graph[id]));
    assert.deepEqual(gap.missing, ['b1']);
  });

  it('the base of a merge is the nearest revision both heads descend from', () => {
    assert.equal(nearestCommonAncestor('a2', 'b2', parentsOf), 'a1');
    assert.equal(nearestCommonAncestor('merge', 'b2', parentsOf), 'b2');
    assert.equal(nearestCommonAncestor('a2', 'a2', parentsOf), 'a2');
    // Histories that never meet here (an unknown parent ends the chain): no base.
    assert.equal(nearestCommonAncestor('a2', 'x', (id) => (id === 'x' ? ['unknown'] : graph[id])), undefined);
  });
});
