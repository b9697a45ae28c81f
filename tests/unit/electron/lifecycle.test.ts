import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MENU_ACK_CHANNEL, MENU_CHANNEL, type MenuMessage } from '../../../electron/common/menu-commands';
import { CommandSender } from '../../../electron/main/commands';
import { flushBeforeClose, setupCrashRecovery } from '../../../electron/main/lifecycle';
import { ARTICLE_ID, FakeEmitter, preventable } from './fakes';

class FakePage {
  destroyed = false;
  readonly sent: MenuMessage[] = [];
  send(channel: string, message: MenuMessage): void {
    assert.equal(channel, MENU_CHANNEL);
    this.sent.push(message);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function sender() {
  const ipcMain = new FakeEmitter();
  const commands = new CommandSender(ipcMain);
  const ack = (from: unknown, n: unknown) => ipcMain.emit(MENU_ACK_CHANNEL, { sender: from }, n);
  return { commands, ack };
}

test('a command reaches the page by its id', () => {
  const { commands } = sender();
  const page = new FakePage();
  commands.send(page, 'view.library');
  commands.send(page, 'bold');
  assert.deepEqual(page.sent, [{ command: 'view.library' }, { command: 'bold' }]);
});

test('a flush resolves when that page acknowledges it, not when another page does', async () => {
  const { commands, ack } = sender();
  const page = new FakePage();
  const outcome = commands.request(page, 'flush', 60_000);
  const asked = page.sent[0]!;
  assert.equal(asked.command, 'flush');
  ack(new FakePage(), asked.ack);
  ack(page, 'not a number');
  ack(page, asked.ack);
  assert.equal(await outcome, 'done');
});

test('a page that never answers does not keep the app open; a gone page is not waited for', async () => {
  const { commands } = sender();
  assert.equal(await commands.request(new FakePage(), 'flush', 10), 'timeout');
  const gone = new FakePage();
  gone.destroyed = true;
  assert.equal(await commands.request(gone, 'flush', 60_000), 'gone');
});

class FakeWindow extends FakeEmitter {
  closed = 0;
  destroyed = false;
  close(): void {
    this.closed++;
    const event = preventable();
    this.emit('close', event);
    if (!event.prevented) this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

test('closing the window flushes the autosave first, once, then really closes', async () => {
  const win = new FakeWindow();
  let flushes = 0;
  let finish: () => void = () => undefined;
  flushBeforeClose(win, () => {
    flushes++;
    return new Promise((resolve) => (finish = () => resolve('done')));
  });
  win.close();
  win.close(); // a second click on the close button while saving
  assert.equal(win.destroyed, false, 'held open while the page saves');
  assert.equal(flushes, 1);
  finish();
  await new Promise((r) => setImmediate(r));
  assert.equal(win.destroyed, true);
});

test('a failed flush still lets the window close', async () => {
  const win = new FakeWindow();
  flushBeforeClose(win, () => Promise.reject(new Error('renderer gone')));
  win.close();
  await new Promise((r) => setImmediate(r));
  assert.equal(win.destroyed, true);
});

class FakeContents extends FakeEmitter {
  readonly loaded: string[] = [];
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  isDestroyed(): boolean {
    return false;
  }
}

test('a crashed renderer is reloaded at the article it showed', () => {
  const contents = new FakeContents();
  setupCrashRecovery(contents, { entryUrl: 'app://qalam/index.html', now: () => 0, onGiveUp: () => assert.fail('gave up') });
  contents.emit('did-navigate', {}, 'app://qalam/index.html');
  contents.emit('did-navigate-in-page', {}, `app://qalam/index.html#/article/${ARTICLE_ID}`);
  contents.emit('did-navigate-in-page', {}, 'https://evil.example/#/article/x');
  contents.emit('render-process-gone', {}, { reason: 'crashed' });
  assert.deepEqual(contents.loaded, [`app://qalam/index.html#/article/${ARTICLE_ID}`]);
});

test('a clean exit is not a crash; a renderer that keeps dying is given up on', () => {
  const contents = new FakeContents();
  const gaveUp: string[] = [];
  let clock = 0;
  setupCrashRecovery(contents, { entryUrl: 'app://qalam/index.html', now: () => clock, onGiveUp: (r) => gaveUp.push(r), maxReloads: 3, windowMs: 60_000 });
  contents.emit('render-process-gone', {}, { reason: 'clean-exit' });
  assert.deepEqual(contents.loaded, []);
  for (let i = 0; i < 4; i++) contents.emit('render-process-gone', {}, { reason: 'oom' });
  assert.equal(contents.loaded.length, 3);
  assert.deepEqual(gaveUp, ['oom']);
  clock = 120_000; // long after: a new crash is reloaded again
  contents.emit('render-process-gone', {}, { reason: 'crashed' });
  assert.equal(contents.loaded.length, 4);
});
