// The preload is tested as it ships: bundled by the same esbuild options as
// build/build-electron.ts, then run in a fresh V8 context whose require() offers only a
// fake 'electron', as a sandboxed preload's does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { build } from 'esbuild';
import { electronBuildOptions } from '../../../build/build-electron';
import { CHANNELS, splitChannel } from '../../../electron/common/contract';
import { EDIT_CHANNEL } from '../../../electron/common/edit-commands';
import { MENU_ACK_CHANNEL, MENU_CHANNEL, MENU_STATE_CHANNEL } from '../../../electron/common/menu-commands';
import { ARTICLE_ID } from './fakes';

type AnyFn = (...args: unknown[]) => unknown;

async function bundledPreload(): Promise<string> {
  const { preload } = await electronBuildOptions({ quiet: true });
  const out = await build({ ...preload, write: false, sourcemap: false, outfile: 'preload.cjs' });
  return out.outputFiles[0]!.text;
}

const bundle = bundledPreload();

async function runPreload() {
  const exposed: { key: string; api: Record<string, unknown> }[] = [];
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const ipcListeners = new Map<string, AnyFn[]>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { ok: true, value: 'from main' };
      },
      on: (channel: string, l: AnyFn) => ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), l]),
      removeListener: (channel: string, l: AnyFn) => ipcListeners.set(channel, (ipcListeners.get(channel) ?? []).filter((x) => x !== l)),
      send: (...args: unknown[]) => sent.push(args),
    },
  };
  const module = { exports: {} };
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    },
  };
  vm.runInNewContext(await bundle, sandbox, { filename: 'preload.cjs' });
  const fromMain = (message: unknown) => {
    for (const l of ipcListeners.get(MENU_CHANNEL) ?? []) l({}, message);
  };
  return { exposed, invoked, sent, required, fromMain };
}

test('the preload exposes window.qalam once, and nothing else', async () => {
  const { exposed, required } = await runPreload();
  assert.deepEqual(exposed.map((e) => e.key), ['qalam']);
  assert.deepEqual([...new Set(required)], ['electron'], 'the bundle needs nothing a sandbox lacks');
});

test('window.qalam holds exactly the contract’s methods, nested by group, plus onMenuCommand, setMenuState and edit', async () => {
  const { exposed } = await runPreload();
  const api = exposed[0]!.api;
  const actual: string[] = [];
  for (const [group, value] of Object.entries(api)) {
    if (typeof value === 'function') actual.push(group);
    else for (const [method, fn] of Object.entries(value as object)) {
      assert.equal(typeof fn, 'function', `${group}.${method}`);
      actual.push(`${group}.${method}`);
    }
  }
  const expected = [...CHANNELS.map((c) => splitChannel(c).join('.')), 'onMenuCommand', 'setMenuState', 'edit'];
  assert.deepEqual(actual.sort(), expected.sort());
  assert.equal('ipcRenderer' in api, false);
  assert.equal('invoke' in api, false);
});

test('a method invokes its own channel with the request alone and resolves to main’s Result', async () => {
  const { exposed, invoked } = await runPreload();
  const articles = exposed[0]!.api.articles as Record<string, AnyFn>;
  const save = { id: ARTICLE_ID, body: [{ type: 'paragraph', children: [{ text: 'قالت مصادر عسكرية إن التحركات بدأت فجرًا.' }] }] };
  const result = await articles.save!(save, 'extra argument', () => 'callback');
  assert.deepEqual(result, { ok: true, value: 'from main' });
  assert.deepEqual(invoked, [['articles.save', save]]);
});

test('menu commands reach every listener; unsubscribing stops them; unknown messages are ignored', async () => {
  const { exposed, fromMain } = await runPreload();
  const onMenuCommand = exposed[0]!.api.onMenuCommand as (l: AnyFn) => () => void;
  const seen: unknown[][] = [];
  const unsubscribe = onMenuCommand((...args) => void seen.push(args));
  fromMain({ command: 'bold' });
  fromMain({ command: 'heading-2' });
  fromMain({ command: 'rm -rf /' });
  fromMain('bold');
  fromMain(null);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(seen, [['bold'], ['heading-2']]);
  unsubscribe();
  fromMain({ command: 'italic' });
  await new Promise((r) => setImmediate(r));
  assert.equal(seen.length, 2);
});

test('a command sent with an ack is acknowledged only after every listener has finished', async () => {
  const { exposed, fromMain, sent } = await runPreload();
  const onMenuCommand = exposed[0]!.api.onMenuCommand as (l: AnyFn) => () => void;
  let finishSave: () => void = () => undefined;
  onMenuCommand((command) => (command === 'flush' ? new Promise<void>((r) => (finishSave = r)) : undefined));
  onMenuCommand(() => {
    throw new Error('a failing listener does not block the ack');
  });
  fromMain({ command: 'flush', ack: 7 });
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sent, [], 'not before the save finished');
  finishSave();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sent, [[MENU_ACK_CHANNEL, 7]]);
});

test('the page tells main what it offers: a fresh { details } on the menu-state channel, anything else refused', async () => {
  const { exposed, sent } = await runPreload();
  const setMenuState = exposed[0]!.api.setMenuState as (state: unknown) => void;
  setMenuState({ details: false });
  const sneaky = { details: true, get [Symbol.toStringTag]() { return 'x'; } };
  setMenuState(sneaky);
  // Made in the preload's own context: compared as the data that crosses.
  assert.deepEqual(JSON.parse(JSON.stringify(sent)), [[MENU_STATE_CHANNEL, { details: false }], [MENU_STATE_CHANNEL, { details: true }]]);
  assert.notEqual(sent[1]![1], sneaky, 'a copy crosses, not the page’s object');
  for (const bad of [undefined, { details: 'yes' }, { details: true, more: 1 }]) assert.throws(() => setMenuState(bad), { name: 'TypeError' });
  assert.equal(sent.length, 2);
});

test('edit asks main on its own channel with only cut, copy or paste', async () => {
  const { exposed, invoked } = await runPreload();
  const edit = exposed[0]!.api.edit as (action: unknown) => Promise<unknown>;
  assert.deepEqual(await edit('paste'), { ok: true, value: 'from main' });
  assert.throws(() => edit('executeJavaScript'), { name: 'TypeError' });
  assert.throws(() => edit({ toString: () => 'copy' }), { name: 'TypeError' });
  assert.deepEqual(invoked, [[EDIT_CHANNEL, 'paste']]);
});
