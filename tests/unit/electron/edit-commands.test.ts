// The editor's Cut / Copy / Paste items ask main to run the page's own editing command
// (webContents.cut/copy/paste, which fire the DOM events the keys do). Main hears only
// its own window's top frame showing app://, and only the three names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EDIT_CHANNEL } from '../../../electron/common/edit-commands';
import { listenForEditCommands } from '../../../electron/main/edit-commands';
import type { IpcSenderEvent } from '../../../electron/main/ipc';

function mainSide() {
  const ran: string[] = [];
  const page = { cut: () => ran.push('cut'), copy: () => ran.push('copy'), paste: () => ran.push('paste') };
  const refused: (string | undefined)[] = [];
  const handlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>>();
  listenForEditCommands({ handle: (channel, listener) => handlers.set(channel, listener) }, { isOurContents: (c) => c === page, onRefused: (url) => refused.push(url) });
  const ask = (event: IpcSenderEvent, payload: unknown) => handlers.get(EDIT_CHANNEL)!(event, payload);
  const fromPage: IpcSenderEvent = { sender: page, senderFrame: { url: 'app://qalam/index.html#/article/01J', parent: null } };
  return { ask, ran, refused, page, fromPage };
}

test('Copy, Cut and Paste from the page run the page’s own copy(), cut() and paste()', async () => {
  const main = mainSide();
  assert.deepEqual(await main.ask(main.fromPage, 'copy'), { ok: true, value: null });
  assert.deepEqual(await main.ask(main.fromPage, 'cut'), { ok: true, value: null });
  assert.deepEqual(await main.ask(main.fromPage, 'paste'), { ok: true, value: null });
  assert.deepEqual(main.ran, ['copy', 'cut', 'paste']);
});

test('another window, a subframe, a page navigated elsewhere or a gone frame runs nothing', async () => {
  const main = mainSide();
  const frame = main.fromPage.senderFrame;
  for (const event of [
    { sender: { cut() {}, copy() {}, paste() {} }, senderFrame: frame },
    { sender: main.page, senderFrame: { url: 'app://qalam/index.html', parent: {} } },
    { sender: main.page, senderFrame: { url: 'https://example.com/', parent: null } },
    { sender: main.page, senderFrame: null },
  ]) assert.deepEqual(await main.ask(event, 'paste'), { ok: false, error: { code: 'unauthorized' } });
  assert.deepEqual(main.ran, []);
  assert.deepEqual(main.refused, ['app://qalam/index.html#/article/01J', 'app://qalam/index.html', 'https://example.com/', undefined]);
});

test('only the names cut, copy and paste are taken: no other webContents method can be reached', async () => {
  const main = mainSide();
  for (const payload of [undefined, null, 'selectAll', 'executeJavaScript', 'constructor', ['paste'], { action: 'paste' }, 'PASTE']) {
    const answer = (await main.ask(main.fromPage, payload)) as { ok: boolean; error?: { code: string } };
    assert.equal(answer.error?.code, 'invalid', JSON.stringify(payload));
  }
  assert.deepEqual(main.ran, []);
});
