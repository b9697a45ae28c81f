// Devices for sync tests: each has its own library file in a temp dir, all share one
// folder (in memory or on disk).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block } from '../../../electron/common/document/types';
import { draftMeta } from '../../../electron/common/document/types';
import type { Library } from '../../../electron/services/store/library';
import type { RevisionContent } from '../../../electron/services/store/revisions';
import { openLibrary } from '../../../electron/services/store/library';
import type { Folder } from '../../../electron/services/sync/folder';
import { syncOnce } from '../../../electron/services/sync/engine';
import type { SyncReport } from '../../../electron/services/sync/report';

export interface Device {
  name: string;
  library: Library;
  sync(folder?: Folder | string): Promise<SyncReport>;
}

export interface Desk {
  dir: string;
  device(name: string, options?: { clockSkewMs?: number }): Device;
  close(): Promise<void>;
}

export async function desk(share: () => Folder | string): Promise<Desk> {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-sync-'));
  const libraries: Library[] = [];
  return {
    dir,
    device(name, options = {}) {
      const skew = options.clockSkewMs ?? 0;
      const clock = () => new Date(Date.now() + skew);
      // NORMAL: tests need no power-loss durability, and FULL's fsyncs dominate their run time.
      const library = openLibrary(join(dir, `${name}.db`), { now: clock, synchronous: 'NORMAL' });
      libraries.push(library);
      return {
        name,
        library,
        sync: (folder) => syncOnce({ library, folder: folder ?? share(), device: { name, user: name }, clock }),
      };
    },
    async close() {
      for (const library of libraries) library.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

/** A "create" revision as another desk writes it, for planting on a share by hand;
 * `meta` overrides the draft defaults. */
export function createRevision(o: {
  articleId: string;
  headline: string;
  device: string;
  at: string;
  parents?: string[];
  author?: string;
  body?: Block[];
  meta?: Partial<RevisionContent['meta']>;
}): RevisionContent {
  return {
    articleId: o.articleId,
    parents: o.parents ?? [],
    meta: { ...draftMeta(o.at), headline: o.headline, ...o.meta },
    body: o.body ?? [paragraph(o.headline)],
    kind: 'create',
    createdAt: o.at,
    author: o.author ?? 'مجهول',
    device: o.device,
  };
}

/** A 1×1 PNG (the store checks magic numbers, so it must look like one). */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Everything that matters about a library's articles: id → [revision, headline, trashed]. */
export function snapshot(library: Library): Record<string, [string, string, boolean]> {
  const out: Record<string, [string, string, boolean]> = {};
  for (const head of library.heads()) {
    out[head.id] = [head.revision, library.revisionContent(head.revision).meta.headline, head.trashed];
  }
  return out;
}

/** All revision ids in a library. */
export function revisionIds(library: Library): Set<string> {
  return new Set((library.db.prepare('SELECT id FROM revisions').all() as { id: string }[]).map((r) => r.id));
}

export function expectOk(report: SyncReport): SyncReport {
  if (report.status !== 'ok') throw new Error(`sync ${report.status}: ${report.message}`);
  return report;
}
