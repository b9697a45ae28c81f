// Must hold: SIGKILL at random points during a loop of saves, 200 times; after each
// kill the database passes integrity_check and every acknowledged save is there.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { openLibrary } from '../../../electron/services/store/index';
import { paragraph, tempDir } from './helpers';

const KILLS = Number(process.env.QALAM_CRASH_KILLS ?? 200);
const repo = path.resolve(import.meta.dirname, '../../..');

let dir: string;
let cleanup: () => void;
let childScript: string;

before(async () => {
  ({ dir, cleanup } = tempDir());
  childScript = path.join(dir, 'crash-child.cjs');
  // Bundled once, so each child starts as plain node without a TypeScript loader.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: childScript,
    minify: true,
    logLevel: 'warning',
  });
});
after(() => cleanup());

interface Child {
  proc: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  opened: Promise<void>;
  exited: Promise<void>;
  /** Resolves once `n` saves are acknowledged (or the child is gone). */
  acks(n: number): Promise<void>;
}

function startChild(file: string, id: string, generation: number): Child {
  const proc = spawn(process.execPath, [childScript, file, id, String(generation)], {
    env: { ...process.env, NODE_PATH: path.join(repo, 'node_modules'), NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let waiting: { n: number; resolve: () => void } | undefined;
  let buffer = '';
  let onReady: () => void;
  let onOpen: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const opened = new Promise<void>((resolve) => (onOpen = resolve));
  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line === 'ready') onReady();
      else if (line === 'open') onOpen();
      else lines.push(line);
      if (waiting && lines.length >= waiting.n) waiting.resolve();
    }
  });
  const exited = new Promise<void>((resolve) =>
    proc.on('close', () => {
      onOpen();
      waiting?.resolve();
      resolve();
    }),
  );
  const acks = (n: number) =>
    new Promise<void>((resolve) => {
      if (lines.length >= n || proc.exitCode !== null) resolve();
      else waiting = { n, resolve };
    });
  return { proc, lines, ready, opened, exited, acks };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test(`SIGKILL during saves, ${KILLS} times: integrity_check ok and every acknowledged save is there`, async (t) => {
  const file = path.join(dir, 'crash', 'qalam.db');
  const lib = openLibrary(file);
  const { id } = lib.create({ meta: { headline: 'اختبار الانقطاع المفاجئ' }, body: [paragraph('g0-start')] });
  lib.close();

  const ackedSnapshots = new Set<string>();
  let lastAcked = 'g0-start';
  let totalAcks = 0;
  let killsMidSave = 0;
  let saveMs = 10;
  let committedNotAcked = 0;
  // A few children load ahead while the current one runs, so node's start-up stays
  // off the clock; each waits for "go" before it touches the database.
  const AHEAD = 3;
  const pool: Child[] = [];
  let started = 0;
  const refill = () => {
    while (pool.length < AHEAD && started < KILLS) pool.push(startChild(file, id, ++started));
  };
  refill();
  for (let generation = 1; generation <= KILLS; generation++) {
    const child = pool.shift()!;
    await child.ready;
    child.proc.stdin!.write('go\n');
    if (Math.random() < 0.2) {
      // One kill in five lands while the library opens (WAL recovery, checks).
      await sleep(Math.random() * 40);
    } else {
      // The rest land anywhere inside a save: after a random number of acknowledged
      // saves, wait a random part of a save's duration (measured, since this box is
      // shared and a save's fsync takes anywhere from 1 to 30 ms).
      await child.opened;
      const t0 = performance.now();
      const n = Math.floor(Math.random() * 6);
      await child.acks(n);
      const perSave = n > 0 ? (performance.now() - t0) / n : saveMs;
      saveMs = 0.8 * saveMs + 0.2 * perSave;
      await sleep(Math.random() * 1.2 * saveMs);
    }
    child.proc.kill('SIGKILL');
    await child.exited;
    refill();

    const acks = child.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' ') as [string, string, string]);
    totalAcks += acks.length;
    if (acks.length > 0) killsMidSave++;
    for (const [, marker, reason] of acks) if (reason === 'snapshot') ackedSnapshots.add(marker);
    if (acks.length > 0) lastAcked = acks.at(-1)![1];

    const db = new Database(file);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', `integrity after kill ${generation}`);
      const body = JSON.parse((db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body);
      const current: string = body[0].children[0].text;
      // The current state is the last acknowledged save, or the one after it when
      // the kill fell between its commit and its acknowledgement.
      const allowed = [lastAcked, nextMarker(lastAcked, generation)];
      assert.ok(allowed.includes(current), `after kill ${generation}: current ${current}, last acknowledged ${lastAcked}`);
      if (current !== lastAcked) committedNotAcked++;
      lastAcked = current;
      const inHistory = new Set(
        (db.prepare("SELECT json_extract(content, '$.body[0].children[0].text') AS m FROM revisions").all() as { m: string }[]).map(
          (r) => r.m,
        ),
      );
      for (const marker of ackedSnapshots) assert.ok(inHistory.has(marker), `snapshot ${marker} kept after kill ${generation}`);
    } finally {
      db.close();
    }
  }
  // The kills must actually land among saves, not only before the first one.
  assert.ok(killsMidSave > KILLS / 2, `only ${killsMidSave} of ${KILLS} kills came after a save`);
  assert.ok(totalAcks > KILLS, `${totalAcks} saves acknowledged`);
  t.diagnostic(
    `${KILLS} kills, ${killsMidSave} after at least one save, ${totalAcks} saves acknowledged, ` +
      `${committedNotAcked} saves committed but killed before their acknowledgement`,
  );
  const reopened = openLibrary(file);
  assert.equal(reopened.check().ok, true);
  reopened.close();
});

/** The marker the child writes after `marker` (in this generation, starting at 0). */
function nextMarker(marker: string, generation: number): string {
  const m = /^g(\d+)-(\d+)$/.exec(marker);
  if (m && Number(m[1]) === generation) return `g${generation}-${Number(m[2]) + 1}`;
  return `g${generation}-0`;
}
