// The same article edited on two desks from the same starting point: both versions are
// kept on both desks, and one editor's resolution settles it everywhere.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { listConflicts, resolveConflict } from '../../../electron/services/sync/conflicts';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import type { Desk, Device } from './helpers';
import { desk, expectOk, paragraph, snapshot } from './helpers';

async function diverged(room: Desk, names: string[]): Promise<{ devices: Device[]; id: string; edits: string[]; base: string }> {
  const devices = names.map((n) => room.device(n));
  const first = devices[0]!;
  const article = first.library.create({ meta: { headline: 'موازنة العام المقبل' }, body: [paragraph('أقرّ المجلس الموازنة.')] });
  for (const d of devices) expectOk(await d.sync());
  const edits = devices.slice(0, 2).map(
    (d, i) =>
      d.library.save({ id: article.id, body: [paragraph(i === 0 ? 'أقرّ المجلس الموازنة بالإجماع.' : 'أقرّ المجلس الموازنة بعد نقاش طويل.')] })
        .revision,
  );
  return { devices, id: article.id, edits, base: article.revision };
}

describe('sync conflicts', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('two desks editing the same article keep both versions, on both desks', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const { devices, id, edits, base } = await diverged(room, ['desk-1', 'desk-2']);
    const [a, b] = devices as [Device, Device];

    const first = expectOk(await a.sync());
    assert.deepEqual(first.conflicts, []);
    const second = expectOk(await b.sync());
    assert.deepEqual(second.conflicts.map((c) => [c.articleId, c.mine, c.theirs]), [[id, edits[1], edits[0]]]);
    const third = expectOk(await a.sync());
    assert.deepEqual(third.conflicts.map((c) => [c.articleId, c.mine, c.theirs]), [[id, edits[0], edits[1]]]);

    // Each desk keeps its own words as the article and the other's as a stored revision.
    assert.equal(a.library.get(id).revision, edits[0]);
    assert.equal(b.library.get(id).revision, edits[1]);
    assert.deepEqual(a.library.getRevision(id, edits[1]!).body, b.library.get(id).body);
    assert.deepEqual(listConflicts(a.library).map((c) => [c.mine, c.theirs]), [[edits[0], edits[1]]]);
    assert.deepEqual(listConflicts(b.library).map((c) => [c.mine, c.theirs]), [[edits[1], edits[0]]]);

    // A further pass does not report it again, nor lose it.
    const quiet = expectOk(await a.sync());
    assert.deepEqual(quiet.conflicts, []);
    assert.equal(quiet.openConflicts, 1);

    // Desk 1 keeps writing on its side: still one conflict on desk 2, now with the newer words.
    const later = a.library.save({ id, body: [paragraph('أقرّ المجلس الموازنة بالإجماع مساء أمس.')] }).revision;
    expectOk(await a.sync());
    expectOk(await b.sync());
    assert.deepEqual(listConflicts(b.library).map((c) => [c.mine, c.theirs]), [[edits[1], later]]);
    // Both still start from the article as created: the base of a three-way merge.
    assert.deepEqual([listConflicts(a.library)[0]!.base, listConflicts(b.library)[0]!.base], [base, base]);
  });

  it('resolving on one desk settles it everywhere with a two-parent revision', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const { devices, id, edits } = await diverged(room, ['desk-1', 'desk-2', 'desk-3']);
    for (let round = 0; round < 2; round++) for (const d of devices) expectOk(await d.sync());
    for (const d of devices) assert.equal(listConflicts(d.library).length, 1, `${d.name} sees the conflict`);

    const [a, b, c] = devices as [Device, Device, Device];
    const merged = resolveConflict(b.library, id, {
      take: 'merged',
      body: [paragraph('أقرّ المجلس الموازنة بالإجماع بعد نقاش طويل.')],
    });
    assert.deepEqual([...(merged.parents ?? [])].sort(), [...edits].sort());
    assert.equal(listConflicts(b.library).length, 0);

    for (let round = 0; round < 2; round++) for (const d of [b, a, c]) expectOk(await d.sync());
    for (const d of devices) {
      assert.equal(listConflicts(d.library).length, 0, `${d.name} is settled`);
      assert.equal(d.library.get(id).revision, merged.revision, `${d.name} has the merged version`);
    }
    assert.deepEqual(snapshot(a.library), snapshot(c.library));
  });

  it('taking theirs keeps mine in the history', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const { devices, id, edits } = await diverged(room, ['desk-1', 'desk-2']);
    const [a, b] = devices as [Device, Device];
    expectOk(await a.sync());
    expectOk(await b.sync());
    const resolved = resolveConflict(b.library, id, { take: 'theirs' });
    assert.deepEqual(resolved.body, a.library.get(id).body);
    const history = b.library.listRevisions(id).map((r) => r.id);
    for (const edit of edits) assert.ok(history.includes(edit));
    expectOk(await b.sync());
    expectOk(await a.sync());
    assert.equal(a.library.get(id).revision, resolved.revision);
  });

  it('unsaved typing on a desk is kept when another desk moves the article on', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'حريق في السوق القديم' } });
    expectOk(await a.sync());
    expectOk(await b.sync());
    // An autosave soon after the last revision keeps the words without a revision.
    b.library.save({ id: article.id, body: [paragraph('اندلع حريق صباح اليوم.')], reason: 'autosave' });
    a.library.save({ id: article.id, body: [paragraph('سيطرت فرق الإطفاء على الحريق.')] });
    expectOk(await a.sync());
    const pass = expectOk(await b.sync());
    assert.equal(pass.conflicts.length, 1);
    assert.deepEqual(b.library.get(article.id).body, [paragraph('اندلع حريق صباح اليوم.')]);
  });
});
