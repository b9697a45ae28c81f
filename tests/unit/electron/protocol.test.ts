import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_CSP, createAppRequestHandler, serveRenderer } from '../../../electron/main/protocol';
import { CSP as WEB_HOST_CSP } from '../../../electron/host/web';

let dir: string;
let serve: (request: Request) => Promise<Response>;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-protocol-'));
  const root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'fonts'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>قلم</title></html>');
  await writeFile(path.join(root, 'main.js'), 'console.log("قلم")');
  await writeFile(path.join(root, 'fonts', 'Amiri-Regular.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'notes.exe'), 'MZ');
  await writeFile(path.join(dir, 'secret.txt'), 'library password');
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
  serve = createAppRequestHandler(root);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

test('the page and its files are served with the strict CSP, the same as the web host’s', async () => {
  const page = await get('app://qalam/index.html');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.headers.get('content-security-policy'), APP_CSP);
  assert.equal(APP_CSP, WEB_HOST_CSP);
  assert.match(APP_CSP, /default-src 'none'/);
  assert.match(APP_CSP, /script-src 'self'(;|$)/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.match(await page.text(), /قلم/);
  const font = await get('app://qalam/fonts/Amiri-Regular.woff2');
  assert.equal(font.headers.get('content-type'), 'font/woff2');
  assert.equal((await get('app://qalam/')).status, 200, '/ is index.html');
});

test('nothing outside the renderer folder can be reached', async () => {
  for (const url of [
    'app://qalam/../secret.txt',
    'app://qalam/%2e%2e/secret.txt',
    'app://qalam/%2e%2e%2fsecret.txt',
    'app://qalam/fonts/..%2f..%2fsecret.txt',
    'app://qalam/..%5csecret.txt',
    'app://qalam/link.txt',
    'app://qalam/%00index.html',
    'app://qalam/notes.exe',
    'app://qalam/missing.js',
    'app://evil/index.html',
  ]) {
    const response = await get(url);
    assert.equal(response.status, 404, url);
    assert.doesNotMatch(await response.text(), /password/, url);
  }
});

test('only reading is allowed', async () => {
  assert.equal((await get('app://qalam/index.html', 'POST')).status, 405);
  const head = await get('app://qalam/main.js', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('serveRenderer binds the handler to the app scheme', () => {
  const bound: string[] = [];
  serveRenderer({ handle: (scheme) => void bound.push(scheme) }, dir);
  assert.deepEqual(bound, ['app']);
});

test('figures are served by content hash from the library, nothing else under /assets', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const hash = 'c'.repeat(64);
  const withAssets = createAppRequestHandler(path.join(dir, 'renderer'), (h) => (h === hash ? { bytes: png, mime: 'image/png' } : null));
  const found = await withAssets(new Request(`app://qalam/assets/${hash}`));
  assert.equal(found.status, 200);
  assert.equal(found.headers.get('content-type'), 'image/png');
  assert.equal(found.headers.get('content-security-policy'), APP_CSP);
  assert.deepEqual(new Uint8Array(await found.arrayBuffer()), png);
  assert.equal((await withAssets(new Request(`app://qalam/assets/${'d'.repeat(64)}`))).status, 404);
  assert.equal((await withAssets(new Request('app://qalam/assets/../secret.txt'))).status, 404);
  assert.equal((await withAssets(new Request(`app://qalam/assets/${hash}/x`))).status, 404);
});
