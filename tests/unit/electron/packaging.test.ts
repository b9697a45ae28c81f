// The packaging config cannot be exercised here (electron-builder downloads Electron for
// each target), so it is held to electron-builder's own schema and to the files it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger, log } from 'builder-util';
import type { Configuration } from 'app-builder-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CONFIG = 'build/electron-builder.yml';

// electron-builder logs "loaded configuration" straight to stdout, which node:test's
// process isolation reads as its own channel: give its logger a stream that drops lines.
(log as unknown as { stream: { write(chunk: string): boolean } }).stream = { write: () => true };

async function loaded(): Promise<Configuration> {
  return getConfig(ROOT, CONFIG, null);
}

test('the electron-builder config passes electron-builder’s own validation', async () => {
  await validateConfiguration(await loaded(), new DebugLogger(false));
});

test('a config with a misspelt key is rejected by the same validation (the check is real)', async () => {
  const config = { ...(await loaded()), asarUnpak: ['x'] } as Configuration;
  await assert.rejects(validateConfiguration(config, new DebugLogger(false)), /asarUnpak/);
});

test('it builds Qalam for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg)', async () => {
  const config = await loaded();
  assert.equal(config.appId, 'com.qalam.app');
  assert.equal(config.productName, 'Qalam');
  const targets = (t: unknown) => (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));
  assert.deepEqual(targets(config.linux?.target), ['AppImage', 'deb']);
  assert.deepEqual(targets(config.win?.target), ['nsis']);
  assert.deepEqual(targets(config.mac?.target), ['dmg']);
});

test('fonts, dictionaries and icons are packed; better-sqlite3, the spelling and migration workers and the dictionaries sit outside the asar', async () => {
  const config = await loaded();
  // getConfig normalizes `files` into filter groups.
  const files = (config.files as ({ filter: string[] } | string)[]).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  for (const needed of ['build/out/electron/*.cjs', 'build/out/renderer/**/*', 'assets/fonts/**/*', 'assets/dictionaries/**/*']) {
    assert.ok(files.includes(needed), needed);
  }
  assert.deepEqual(config.asarUnpack, [
    'node_modules/better-sqlite3/**/*',
    'build/out/electron/spelling-worker.cjs',
    'build/out/electron/migrate-worker.cjs',
    'assets/dictionaries/**/*',
  ]);
  for (const icon of [config.win?.icon, config.mac?.icon, 'assets/icons/512x512.png', 'assets/icons/icon.png']) {
    assert.ok(icon && existsSync(path.join(ROOT, icon)), String(icon));
  }
  for (const dictionary of ['ar.aff', 'ar.dic', 'en-US.aff', 'en-US.dic', 'LICENSE-ar.txt', 'LICENSE-en-US.txt']) {
    assert.ok(existsSync(path.join(ROOT, 'assets', 'dictionaries', dictionary)), dictionary);
  }
});

test('package.json points Electron at the main bundle the build writes, and dist uses this config', async () => {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
  assert.equal(pkg.main, 'build/out/electron/main.cjs');
  assert.match(pkg.scripts.dist ?? '', /build-electron/);
  assert.match(pkg.scripts.dist ?? '', /electron-builder --config build\/electron-builder\.yml/);
});

test('the packaged binary cannot be run as plain Node or opened to an inspector', async () => {
  const fuses = (await loaded()).electronFuses;
  assert.equal(fuses?.runAsNode, false);
  assert.equal(fuses?.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(fuses?.enableNodeCliInspectArguments, false);
  assert.equal(fuses?.grantFileProtocolExtraPrivileges, false);
});
