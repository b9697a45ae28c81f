// Sync pass cost on the disk folder, beside a plain recursive directory listing of the
// same share measured in the same run (the baseline: what "look at everything" costs).
// The common case is a poll with nothing changed; it must not read revision files.
//
//   tsx tests/bench/sync.ts                 10,000 articles
//   QALAM_BENCH_SYNC_ARTICLES=500 tsx tests/bench/sync.ts
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block } from '../../electron/common/document/types';
import { openLibrary } from '../../electron/services/store/library';
import { DiskFolder } from '../../electron/services/sync/disk-folder';
import { syncOnce } from '../../electron/services/sync/engine';
import type { Folder } from '../../electron/services/sync/folder';
import { RACY_WINDOW_MS } from '../../electron/services/sync/scan';

const ARTICLES = Number(process.env.QALAM_BENCH_SYNC_ARTICLES ?? 10_000);
const CHANGED = Math.min(100, ARTICLES);

/** Counts calls by kind, to show what a pass touched. */
function counting(folder: Folder): { folder: Folder; counts: Record<string, number>; reset(): void } {
  const counts: Record<string, number> = {};
  const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const wrapped: Folder = {
    description: folder.description,
    list: (p) => (bump('list'), folder.list(p)),
    read: (p, m) => (bump(p.includes('/revisions/') ? 'read revision' : 'read other'), folder.read(p, m)),
    writeAtomic: (p, d, o) => (bump('write'), folder.writeAtomic(p, d, o)),
    stat: (p) => (bump('stat'), folder.stat(p)),
    mkdirp: (p) => (bump('mkdir'), folder.mkdirp(p)),
    removeTemp: (p) => (bump('remove'), folder.removeTemp(p)),
    exists: (p) => (bump('stat'), folder.exists(p)),
  };
  return { folder: wrapped, counts, reset: () => Object.keys(counts).forEach((k) => delete counts[k]) };
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const body = (i: number, words: string): Block[] => [
  { type: 'paragraph', children: [{ text: `${words} — الفقرة الأولى من الخبر رقم ${i}، وفيها ما يكفي من الكلمات لتشبه خبرًا حقيقيًا.` }] },
  { type: 'paragraph', children: [{ text: 'وأضاف المصدر أن التفاصيل ستُعلن في مؤتمر صحفي لاحقًا.' }] },
];

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-bench-sync-'));
  const share = join(dir, 'share');
  await mkdir(share);
  try {
    const a = openLibrary(join(dir, 'a.db'), { synchronous: 'NORMAL' });
    const b = openLibrary(join(dir, 'b.db'), { synchronous: 'NORMAL' });
    const ids: string[] = [];
    a.transaction(() => {
      for (let i = 0; i < ARTICLES; i++) ids.push(a.create({ meta: { headline: `خبر رقم ${i}` }, body: body(i, 'نص') }).id);
    });
    const disk = counting(new DiskFolder(share));
    const syncA = () => syncOnce({ library: a, folder: disk.folder, device: { name: 'DESK-1' } });
    const syncB = () => syncOnce({ library: b, folder: disk.folder, device: { name: 'DESK-2' } });

    const firstPush = await time(syncA);
    const firstPull = await time(syncB);
    await time(syncA); // A publishes nothing new but reads B's heads once
    // Let every head file age past the racy window, then one pass records them as settled.
    await new Promise((resolve) => setTimeout(resolve, RACY_WINDOW_MS + 200));
    await syncA();
    await syncB();

    const listing = await time(async () => (await readdir(share, { recursive: true, withFileTypes: true })).length);
    disk.reset();
    const quietB = await time(syncB);
    const quietCounts = { ...disk.counts };
    const quietA = await time(syncA);
    const listingAgain = await time(async () => (await readdir(share, { recursive: true, withFileTypes: true })).length);
    const baseline = Math.min(listing.ms, listingAgain.ms);

    a.transaction(() => {
      for (const id of ids.slice(0, CHANGED)) a.save({ id, body: body(0, 'تحديث') });
    });
    const pushChanged = await time(syncA);
    disk.reset();
    const pullChanged = await time(syncB);
    const changedCounts = { ...disk.counts };
    if (pushChanged.value.pushed.articles.length !== CHANGED || pullChanged.value.pulled.articles.length !== CHANGED) {
      throw new Error(`expected ${CHANGED} changed articles to travel`);
    }

    const row = (name: string, ms: number, extra = '') =>
      console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / baseline).toFixed(2).padStart(6)}× listing  ${extra}`);
    console.log(`sync bench: ${ARTICLES} articles on the disk folder ${share}`);
    console.log(`baseline: recursive directory listing of the share (${listing.value} entries)`);
    row('recursive listing (baseline)', baseline);
    row('first push (all articles, device A)', firstPush.ms);
    row('first pull (all articles, device B)', firstPull.ms);
    row('pass, nothing changed (device B)', quietB.ms, JSON.stringify(quietCounts));
    row('pass, nothing changed (device A)', quietA.ms);
    row(`push, ${CHANGED} changed (device A)`, pushChanged.ms);
    row(`pull, ${CHANGED} changed (device B)`, pullChanged.ms, JSON.stringify(changedCounts));
    if ((quietCounts['read revision'] ?? 0) > 0) throw new Error('a pass with nothing changed read revision files');
    a.close();
    b.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
