// A revision from a newer desk may carry top-level fields this Qalam does not know: the
// store keeps them, since they are part of what the id hashes (sync README "Versions").
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { canonicalJson } from '../../../electron/common/canonical-json';
import type { QalamError } from '../../../electron/common/errors';
import { sha256Hex } from '../../../electron/services/store/revisions';
import type { TempLibrary } from './helpers';
import { paragraph, tempLibrary } from './helpers';

let t: TempLibrary;
beforeEach(() => {
  t = tempLibrary();
});
afterEach(() => t.cleanup());

const remoteOf = (extra: Record<string, unknown>) => {
  const a = t.lib.create({ body: [paragraph('أصل الخبر')] });
  const base = t.lib.revisionContent(a.revision);
  return { a, remote: { ...base, parents: [a.revision], body: [paragraph('من جهاز أحدث')], kind: 'sync' as const, ...extra } };
};

test('insertRevision stores a newer desk’s extra fields with the revision, and its id hashes them', () => {
  const { a, remote } = remoteOf({ embargo: { until: '2026-11-30T06:00:00.000Z', desks: ['الأخبار'] } });
  const id = sha256Hex(canonicalJson(remote));
  assert.equal(t.lib.insertRevision(remote, id), id);
  assert.equal(t.lib.revisionJson(id), canonicalJson(remote));
  assert.deepEqual(t.lib.setHead(a.id, id, { fastForwardOnly: true }), { result: 'moved' });
  assert.deepEqual(t.lib.get(a.id).body, [paragraph('من جهاز أحدث')]);
});

test('a revision may name its format, qalam-revision/1, and is kept with it', () => {
  const { remote } = remoteOf({ format: 'qalam-revision/1' });
  const id = t.lib.insertRevision(remote);
  assert.equal(JSON.parse(t.lib.revisionJson(id)).format, 'qalam-revision/1');
  assert.equal(id, sha256Hex(canonicalJson(remote)));
});

test('insertRevision still refuses bad known fields, and extra fields that are not plain JSON data', () => {
  const { remote } = remoteOf({ embargo: true });
  const invalid = (detail: RegExp) => (e: unknown) => (e as QalamError).code === 'invalid' && detail.test((e as QalamError).detail ?? '');
  assert.throws(() => t.lib.insertRevision({ ...remote, kind: 'translate' }), invalid(/^revision\.kind/));
  assert.throws(() => t.lib.insertRevision({ ...remote, extra: Number.NaN }), invalid(/^revision\.extra: not a finite number/));
  assert.throws(() => t.lib.insertRevision({ ...remote, extra: [undefined] }), invalid(/^revision\.extra\[0\]: not JSON data/));
  assert.throws(() => t.lib.insertRevision({ ...remote, extra: new Date() }), invalid(/^revision\.extra: not JSON data/));
  assert.throws(() => t.lib.insertRevision({ ...remote, format: 'qalam-revision/2' }), invalid(/^revision\.format/));
});
