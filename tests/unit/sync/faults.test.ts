// 200 fault points — a failing call somewhere in a sync pass: a full disk, a refused
// rename, a write cut short, the share vanishing, a listing that comes back empty —
// while three desks keep writing. After each: no partly written file under a final
// name, no local article or revision lost. Afterwards clean passes converge.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { canonicalJson } from '../../../electron/common/canonical-json';
import { listConflicts, resolveConflict } from '../../../electron/services/sync/conflicts';
import { assetFromName, deviceIdFromName, revisionIdFromName } from '../../../electron/services/sync/layout';
import type { FaultKind } from '../../../electron/services/sync/memory-folder';
import { FAULT_KINDS, MemoryFolder, faultAt, seededRandom } from '../../../electron/services/sync/memory-folder';
import { deviceFileSchema, headFileSchema, shareMarkerSchema } from '../../../electron/services/sync/share-files';
import type { Desk, Device } from './helpers';
import { PNG_1x1, desk, paragraph, revisionIds } from './helpers';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Every file under a final name on the share is whole: it parses and, where its name
 * is a hash, hashes to its name. Temp files (*.tmp) may be left behind; they are never
 * read. */
function checkShareWhole(share: MemoryFolder): number {
  let checked = 0;
  for (const [path, bytes] of share.files()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name.endsWith('.tmp')) continue;
    checked++;
    const where = `${path} is whole`;
    if (path.endsWith('/article.html')) {
      assert.match(decode(bytes), /<\/html>\s*$/, where);
    } else if (path.includes('/revisions/')) {
      const id = revisionIdFromName(name);
      assert.ok(id, where);
      assert.equal(sha256(canonicalJson(JSON.parse(decode(bytes)))), id, where);
    } else if (path.includes('/assets/')) {
      assert.equal(sha256(bytes), assetFromName(name)?.hash, where);
    } else if (path.includes('/heads/')) {
      assert.ok(deviceIdFromName(name), where);
      headFileSchema.parse(JSON.parse(decode(bytes)));
    } else if (path.startsWith('qalam/devices/')) {
      deviceFileSchema.parse(JSON.parse(decode(bytes)));
    } else if (path === 'qalam/share.json') {
      shareMarkerSchema.parse(JSON.parse(decode(bytes)));
    } else {
      assert.fail(`unexpected file ${path}`);
    }
  }
  return checked;
}

function articleIds(device: Device): Set<string> {
  return new Set(device.library.heads().map((h) => h.id));
}

describe('sync under injected faults', () => {
  let room: Desk;
  afterEach(async () => room.close());

  it('200 fault points: nothing half-written, nothing lost, then convergence', async () => {
    const share = new MemoryFolder();
    room = await desk(() => share);
    const devices = ['desk-1', 'desk-2', 'desk-3'].map((n) => room.device(n));
    const random = seededRandom(20260301);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const { hash: figure } = devices[0]!.library.putAsset(PNG_1x1, 'image/png');
    const headlines = ['عاجل', 'تحليل', 'مقابلة', 'تقرير', 'رأي', 'متابعة'];
    let fired = 0;
    let conflicts = 0;
    let paused = 0;
    const kinds = new Map<FaultKind, number>();

    for (let point = 0; point < 200; point++) {
      // Desks keep working between passes.
      const writer = pick(devices);
      const own = writer.library.heads().filter((h) => !h.trashed);
      const roll = random();
      if (own.length < 3 || roll < 0.2) {
        const withFigure = writer === devices[0] && random() < 0.5;
        writer.library.create({
          meta: { headline: `${pick(headlines)} ${point}` },
          body: withFigure
            ? [paragraph(`نص ${point}`), { type: 'figure', asset: figure, alt: 'صورة', children: [{ text: 'تعليق' }] }]
            : [paragraph(`نص ${point}`)],
        });
      } else if (roll < 0.85) {
        writer.library.save({ id: pick(own).id, body: [paragraph(`تعديل ${point} من ${writer.name}`)] });
      } else if (roll < 0.9) {
        writer.library.trash(pick(own).id);
      } else {
        const conflict = listConflicts(writer.library)[0];
        if (conflict) resolveConflict(writer.library, conflict.articleId, { take: random() < 0.5 ? 'mine' : 'theirs' });
      }

      const syncing = pick(devices);
      const before = devices.map((d) => ({ revisions: revisionIds(d.library), articles: articleIds(d) }));
      const kind = pick(FAULT_KINDS);
      share.setFaults(faultAt(Math.floor(random() * 40), kind));
      const firedBefore = share.fired.length;
      const report = await syncing.sync();
      conflicts += report.conflicts.length;
      if (report.status !== 'ok') paused++;
      share.setFaults(undefined);
      share.restore();
      if (share.fired.length > firedBefore) {
        fired++;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      assert.ok(report.status, 'the pass reports a status instead of throwing');

      checkShareWhole(share);
      devices.forEach((d, i) => {
        const now = { revisions: revisionIds(d.library), articles: articleIds(d) };
        for (const id of before[i]!.revisions) assert.ok(now.revisions.has(id), `point ${point}: ${d.name} kept revision ${id}`);
        for (const id of before[i]!.articles) assert.ok(now.articles.has(id), `point ${point}: ${d.name} kept article ${id}`);
      });
    }
    assert.ok(fired >= 150, `at least 150 of the 200 fault points fired (fired ${fired})`);
    assert.ok(paused > 0 && conflicts > 0, `some passes paused (${paused}) and some found conflicts (${conflicts})`);
    assert.ok(kinds.size === FAULT_KINDS.length, `every kind of fault fired: ${[...kinds.keys()].join(', ')}`);

    // Clean passes: every pass completes, conflicts get resolved, and the desks converge.
    for (let round = 0; round < 8; round++) {
      for (const d of devices) assert.equal((await d.sync()).status, 'ok', `clean pass on ${d.name}`);
      const open = devices.find((d) => listConflicts(d.library).length > 0);
      if (!open) break;
      for (const conflict of listConflicts(open.library)) resolveConflict(open.library, conflict.articleId, { take: 'mine', theirs: conflict.theirs });
    }
    for (const d of devices) await d.sync();
    const heads = devices.map((d) => JSON.stringify(d.library.heads().map((h) => [h.id, h.revision, h.trashed]).sort()));
    assert.equal(heads[1], heads[0], 'desk-2 converged with desk-1');
    assert.equal(heads[2], heads[0], 'desk-3 converged with desk-1');
    for (const d of devices) assert.deepEqual(listConflicts(d.library), []);
    assert.ok(checkShareWhole(share) > 0);
    // Each figure arrived with its article.
    for (const d of devices) assert.deepEqual(d.library.getAsset(figure).bytes, PNG_1x1);
  });
});
