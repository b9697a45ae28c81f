import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

test('`npm run web` builds, opens the library, prints one line with the URL, and serves the contract', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-web-'));
  const dbPath = path.join(dir, 'library.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/web.ts', '--port', '0', '--db', dbPath], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const match = /^Qalam: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/.exec(line);
    assert.ok(match, line);
    const [, url, , token] = match;
    const page = await fetch(url!);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html lang="ar" dir="rtl">/);
    const created = await fetch(new URL('/api/articles.create', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': token! },
      body: JSON.stringify({ meta: { headline: 'تحركات دبلوماسية في باريس' } }),
    });
    const result = (await created.json()) as { ok: boolean; value: { meta: { headline: string } } };
    assert.equal(result.ok, true);
    assert.equal(result.value.meta.headline, 'تحركات دبلوماسية في باريس');
    assert.equal(stdout.trim().split('\n').length, 1, 'exactly one line');
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
});
