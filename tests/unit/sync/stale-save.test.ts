// An editor open on desk A while a pass brings desk B's newer version: A's next save
// must not write over B's words. By ancestry the two diverged, so both are kept as a
// conflict — on A at once, and on B after the next passes.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { blocksToText } from '../../../electron/common/serialize/text';
import { listConflicts } from '../../../electron/services/sync/conflicts';
import { MemoryFolder } from '../../../electron/services/sync/memory-folder';
import { saveFromEditor } from '../../../electron/services/sync/stale-save';
import type { Desk } from './helpers';
import { desk, expectOk, paragraph, revisionIds } from './helpers';

describe('a save from an editor that started before a pull', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('becomes this desk’s side of a conflict instead of undoing the other desk’s edit', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const b = room.device('desk-2');
    const article = a.library.create({ meta: { headline: 'افتتاح معرض الكتاب' }, body: [paragraph('يفتتح المعرض أبوابه غدًا.')] });
    expectOk(await a.sync());
    expectOk(await b.sync());

    // A's editor is open at this revision.
    const editorBase = a.library.get(article.id).revision;
    const fromB = b.library.save({ id: article.id, body: [paragraph('يفتتح المعرض أبوابه غدًا بمشاركة ٤٠٠ دار نشر.')] });
    expectOk(await b.sync());
    expectOk(await a.sync());
    assert.equal(a.library.get(article.id).revision, fromB.revision, 'the pass fast-forwarded A');

    // The editor, still at its old base, saves its own change.
    const saved = saveFromEditor(a.library, {
      id: article.id,
      body: [paragraph('يفتتح المعرض أبوابه غدًا في القاعة الكبرى.')],
      baseRevision: editorBase,
      reason: 'autosave',
    });
    assert.deepEqual(saved.parents, [editorBase], 'A’s version descends from where its editor started');
    assert.equal(blocksToText(a.library.get(article.id).body), 'يفتتح المعرض أبوابه غدًا في القاعة الكبرى.');
    const onA = listConflicts(a.library, article.id);
    assert.equal(onA.length, 1);
    assert.equal(onA[0]!.theirs, fromB.revision);
    assert.ok(revisionIds(a.library).has(fromB.revision), 'B’s words are kept');

    // The other desk learns of it at the next passes; resolving settles both.
    expectOk(await a.sync());
    expectOk(await b.sync());
    assert.equal(listConflicts(b.library, article.id).length, 1);
  });

  it('a stale save over this desk’s own newer revision keeps the plain rule: saved, nothing lost, no conflict', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const article = a.library.create({ meta: { headline: 'خبر محلي' }, body: [paragraph('نص أول.')] });
    const base = article.revision;
    const other = a.library.save({ id: article.id, body: [paragraph('نص من نافذة أخرى.')] });
    const saved = saveFromEditor(a.library, { id: article.id, body: [paragraph('نص من المحرر.')], baseRevision: base, reason: 'autosave' });
    assert.deepEqual(saved.parents, [other.revision]);
    assert.equal(listConflicts(a.library, article.id).length, 0);
    assert.ok(revisionIds(a.library).has(other.revision));
  });

  it('an up-to-date save is an ordinary save', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const a = room.device('desk-1');
    const article = a.library.create({ meta: { headline: 'خبر' }, body: [paragraph('نص.')] });
    const saved = saveFromEditor(a.library, { id: article.id, meta: { headline: 'خبر عاجل' }, baseRevision: article.revision, reason: 'snapshot' });
    assert.deepEqual(saved.parents, [article.revision]);
    assert.equal(saved.meta.headline, 'خبر عاجل');
    assert.equal(listConflicts(a.library).length, 0);
  });
});
