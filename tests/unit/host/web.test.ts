import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startWebHost, type WebHost } from '../../../electron/host/web';
import { FAKE_ASSET, fakeHandlers } from './fake-handlers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test controls Host, Origin and the exact path bytes. */
function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('web host', () => {
  let dir: string;
  let host: WebHost;
  let handlers: ReturnType<typeof fakeHandlers>;
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'Content-Type': 'application/json', 'X-Qalam-Token': host.token, ...headers },
      body: JSON.stringify(body),
    });

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-host-'));
    const root = path.join(dir, 'renderer');
    await mkdir(root);
    await writeFile(path.join(root, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>قلم</title></html>');
    await writeFile(path.join(root, 'main.js'), 'console.log("قلم")');
    await writeFile(path.join(root, '.build-stamp'), '1');
    await writeFile(path.join(dir, 'secret.txt'), 'كلمة السر');
    await symlink(path.join(dir, 'secret.txt'), path.join(root, 'leak.txt'));
    handlers = fakeHandlers();
    host = await startWebHost({ handlers, port: 0, quiet: true, rendererDir: root });
  });
  after(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('announces a loopback URL carrying a random token', () => {
    assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    assert.equal(new URL(host.url).searchParams.get('token'), host.token);
  });

  test('listens on loopback only', async (t) => {
    const lan = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!lan) return t.skip('this machine has no non-loopback IPv4 address');
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: lan.address, port: host.port });
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    assert.equal(refused, true, `reachable on ${lan.address}`);
  });

  test('answers the contract with a Result, Arabic intact', async () => {
    const created = await api('articles.create', { meta: { headline: 'صدام حفتر في باريس' } });
    assert.equal(created.status, 200);
    const result = JSON.parse(created.body);
    assert.equal(result.ok, true);
    assert.equal(result.value.meta.headline, 'صدام حفتر في باريس');
    const fetched = JSON.parse((await api('articles.get', { id: result.value.id })).body);
    assert.deepEqual(fetched, { ok: true, value: result.value });
  });

  test('a call without the token, or with another one, is 401 and reaches no handler', async () => {
    const before = handlers.calls.length;
    const missing = await send(host.port, { method: 'POST', path: '/api/articles.list', body: '{}' });
    assert.equal(missing.status, 401);
    assert.deepEqual(JSON.parse(missing.body), { ok: false, error: { code: 'unauthorized' } });
    const wrong = await api('articles.list', {}, { 'X-Qalam-Token': 'x'.repeat(32) });
    assert.equal(wrong.status, 401);
    assert.equal(handlers.calls.length, before);
  });

  test('a Host header that is not ours is 403, even with the token (DNS rebinding)', async () => {
    const rebound = await api('articles.list', {}, { Host: `evil.example:${host.port}` });
    assert.equal(rebound.status, 403);
    const otherPort = await send(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } });
    assert.equal(otherPort.status, 403);
    const localhost = await api('articles.list', {}, { Host: `localhost:${host.port}` });
    assert.equal(localhost.status, 200);
  });

  test('a call from another origin is 403', async () => {
    const cross = await api('articles.list', {}, { Origin: 'http://evil.example' });
    assert.equal(cross.status, 403);
    const own = await api('articles.list', {}, { Origin: `http://127.0.0.1:${host.port}` });
    assert.equal(own.status, 200);
  });

  test('a payload that fails the schema names the field and the problem', async () => {
    const reply = await api('articles.get', { id: 'not-a-ulid' });
    assert.equal(reply.status, 400);
    const result = JSON.parse(reply.body);
    assert.equal(result.ok, false);
    assert.equal(result.error.code, 'invalid');
    assert.match(result.error.detail, /^id: /);
    const extra = JSON.parse((await api('articles.list', { colour: 'red' })).body);
    assert.equal(extra.error.code, 'invalid');
  });

  test('errors thrown by a handler come back as data, never as a stack', async () => {
    const missing = await api('articles.get', { id: '01J00000000000000000000999' });
    assert.equal(missing.status, 404);
    assert.deepEqual(JSON.parse(missing.body), { ok: false, error: { code: 'not_found', detail: '01J00000000000000000000999' } });
    const crash = await api('library.check', undefined);
    assert.equal(crash.status, 500);
    const result = JSON.parse(crash.body);
    assert.equal(result.error.code, 'internal');
    assert.doesNotMatch(crash.body, /at .*\.ts:\d+/);
  });

  test('rejects bodies that are not JSON, unknown channels, wrong methods and oversize requests', async () => {
    const notJson = await send(host.port, { method: 'POST', path: '/api/articles.list', headers: { 'X-Qalam-Token': host.token }, body: '{"oops' });
    assert.equal(notJson.status, 400);
    assert.equal(JSON.parse(notJson.body).error.code, 'bad_request');
    assert.equal((await api('articles.explode', {})).status, 404);
    assert.equal((await api('constructor', {})).status, 404);
    const get = await send(host.port, { path: '/api/articles.list', headers: { 'X-Qalam-Token': host.token } });
    assert.equal(get.status, 405);
    const huge = await api('articles.create', { meta: { standfirst: 'ا'.repeat(17 * 1024 * 1024) } });
    assert.equal(huge.status, 413);
  });

  test('serves the renderer with its type and the CSP', async () => {
    const index = await send(host.port, { path: '/' });
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(String(index.headers['content-security-policy']), /default-src 'none'; script-src 'self'/);
    assert.match(String(index.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(index.headers['x-content-type-options'], 'nosniff');
    assert.match(index.body, /قلم/);
    const script = await send(host.port, { path: '/main.js?v=1' });
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
  });

  test('serves stored images by hash to a page holding the token, and to no one else', async () => {
    const image = await send(host.port, { path: `/assets/${FAKE_ASSET.hash}?t=${host.token}` });
    assert.equal(image.status, 200);
    assert.equal(image.headers['content-type'], 'image/png');
    assert.equal(Buffer.from(image.body, 'latin1').length, 8);
    assert.equal((await send(host.port, { path: `/assets/${FAKE_ASSET.hash}` })).status, 401);
    assert.equal((await send(host.port, { path: `/assets/${FAKE_ASSET.hash}?t=wrong` })).status, 401);
    assert.equal((await send(host.port, { path: `/assets/${'b'.repeat(64)}?t=${host.token}` })).status, 404);
    const rebound = await send(host.port, { path: `/assets/${FAKE_ASSET.hash}?t=${host.token}`, headers: { Host: 'evil.example' } });
    assert.equal(rebound.status, 403);
  });

  test('nothing outside the renderer folder can be read', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/leak.txt', '/.build-stamp', '/%00index.html', '/nope.js']) {
      const reply = await send(host.port, { path: p });
      assert.equal(reply.status, 404, p);
      assert.doesNotMatch(reply.body, /كلمة السر/, p);
    }
  });
});

test('a port already taken is a clear error, not a second server', async () => {
  const first = await startWebHost({ handlers: fakeHandlers(), port: 0, quiet: true, rendererDir: os.tmpdir() });
  try {
    await assert.rejects(startWebHost({ handlers: fakeHandlers(), port: first.port, quiet: true }), /EADDRINUSE/);
  } finally {
    await first.close();
  }
});
