import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHANNELS, type Handlers } from '../../../electron/common/contract';
import { QalamError } from '../../../electron/common/errors';
import { registerIpcHandlers, type IpcSenderEvent } from '../../../electron/main/ipc';
import { ARTICLE_ID, recordingHandlers } from './fakes';

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

const ourContents = { id: 1 };
const APP_PAGE = `app://qalam/index.html#/article/${ARTICLE_ID}`;

function bound(handlers: Handlers) {
  const registered = new Map<string, Listener>();
  const refused: string[] = [];
  const unbind = registerIpcHandlers({
    ipcMain: {
      handle: (channel, listener) => {
        assert.equal(registered.has(channel), false, `${channel} bound twice`);
        registered.set(channel, listener);
      },
      removeHandler: (channel) => registered.delete(channel),
    },
    handlers,
    isOurContents: (contents) => contents === ourContents,
    onRefused: (channel) => refused.push(channel),
  });
  const call = (channel: string, event: IpcSenderEvent, payload?: unknown) => registered.get(channel)!(event, payload);
  return { registered, refused, unbind, call };
}

const fromApp: IpcSenderEvent = { sender: ourContents, senderFrame: { url: APP_PAGE, parent: null } };

test('every channel of the contract is bound, once, and unbinding removes them all', () => {
  const { registered, unbind } = bound(recordingHandlers().handlers);
  assert.deepEqual([...registered.keys()].sort(), [...CHANNELS].sort());
  unbind();
  assert.equal(registered.size, 0);
});

test('a valid call from the app’s own page reaches the handler with the parsed request', async () => {
  const { handlers, calls } = recordingHandlers();
  const { call } = bound(handlers);
  const result = await call('articles.get', fromApp, { id: ARTICLE_ID });
  assert.deepEqual(result, { ok: true, value: { echoed: 'articles.get' } });
  assert.deepEqual(calls, [{ channel: 'articles.get', request: { id: ARTICLE_ID } }]);
});

test('calls from another window, a subframe, a foreign page or a gone frame are refused unheard', async () => {
  const { handlers, calls } = recordingHandlers();
  const { call, refused } = bound(handlers);
  const strangers: [string, IpcSenderEvent][] = [
    ['another webContents', { sender: { id: 2 }, senderFrame: { url: APP_PAGE, parent: null } }],
    ['a subframe of our window', { sender: ourContents, senderFrame: { url: APP_PAGE, parent: { url: APP_PAGE } } }],
    ['our window showing a web page', { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['our window showing a file', { sender: ourContents, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['another app:// host', { sender: ourContents, senderFrame: { url: 'app://other/index.html', parent: null } }],
    ['a frame that went away', { sender: ourContents, senderFrame: null }],
  ];
  for (const [who, event] of strangers) {
    assert.deepEqual(await call('articles.purge', event, { id: ARTICLE_ID }), { ok: false, error: { code: 'unauthorized' } }, who);
  }
  assert.deepEqual(calls, [], 'no handler ran');
  assert.equal(refused.length, strangers.length);
});

test('a malformed payload is refused as invalid, naming the field, before any handler runs', async () => {
  const { handlers, calls } = recordingHandlers();
  const { call } = bound(handlers);
  const bad = await call('articles.get', fromApp, { id: '../../etc/passwd' });
  assert.equal((bad as { ok: boolean }).ok, false);
  const error = (bad as { error: { code: string; detail?: string } }).error;
  assert.equal(error.code, 'invalid');
  assert.match(error.detail ?? '', /id/);
  const extra = await call('articles.get', fromApp, { id: ARTICLE_ID, sql: 'DROP TABLE articles' });
  assert.equal((extra as { error: { code: string } }).error.code, 'invalid');
  const missing = await call('articles.search', fromApp, undefined);
  assert.equal((missing as { error: { code: string } }).error.code, 'invalid');
  assert.deepEqual(calls, []);
});

test('errors thrown by a handler come back as data: its own code, or internal', async () => {
  const { handlers } = recordingHandlers();
  handlers['articles.get'] = async () => {
    throw new QalamError('not_found', ARTICLE_ID);
  };
  handlers['articles.list'] = async () => {
    throw new TypeError('boom');
  };
  const { call } = bound(handlers);
  assert.deepEqual(await call('articles.get', fromApp, { id: ARTICLE_ID }), { ok: false, error: { code: 'not_found', detail: ARTICLE_ID } });
  const internal = (await call('articles.list', fromApp, undefined)) as { ok: false; error: { code: string } };
  assert.equal(internal.error.code, 'internal');
});
