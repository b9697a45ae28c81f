// The page tells main what it offers (View › details on pages that have details); main
// hears only its own window's top frame, takes only an exact MenuState, and rebuilds
// the menu only when the state changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_MENU_STATE, isMenuState, MENU_STATE_CHANNEL, type MenuState } from '../../../electron/common/menu-commands';
import type { IpcSenderEvent } from '../../../electron/main/ipc';
import { listenForMenuState } from '../../../electron/main/menu-state';

const OUR_PAGE = { id: 'editor window' };
const fromOurPage: IpcSenderEvent = { sender: OUR_PAGE, senderFrame: { url: 'app://qalam/index.html#/settings', parent: null } };

function mainSide() {
  let state: MenuState = DEFAULT_MENU_STATE;
  const rebuilt: MenuState[] = [];
  const listeners = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => void>();
  listenForMenuState(
    { on: (channel, listener) => listeners.set(channel, listener) },
    {
      isOurContents: (contents) => contents === OUR_PAGE,
      current: () => state,
      onChange: (next) => {
        state = next;
        rebuilt.push(next);
      },
    },
  );
  const send = (event: IpcSenderEvent, payload: unknown) => listeners.get(MENU_STATE_CHANNEL)!(event, payload);
  return { send, rebuilt, state: () => state };
}

test('the page going to settings, then to an article, greys the details item out and back; the same state twice rebuilds once', () => {
  const main = mainSide();
  main.send(fromOurPage, { details: false });
  main.send(fromOurPage, { details: false });
  main.send(fromOurPage, { details: true });
  assert.deepEqual(main.rebuilt, [{ details: false }, { details: true }]);
});

test('another page, a subframe or a page navigated elsewhere is not heard', () => {
  const main = mainSide();
  main.send({ sender: { id: 'someone else' }, senderFrame: fromOurPage.senderFrame }, { details: false });
  main.send({ sender: OUR_PAGE, senderFrame: { url: 'app://qalam/index.html', parent: {} } }, { details: false });
  main.send({ sender: OUR_PAGE, senderFrame: { url: 'https://example.com/', parent: null } }, { details: false });
  main.send({ sender: OUR_PAGE, senderFrame: null }, { details: false });
  assert.deepEqual(main.rebuilt, []);
  assert.deepEqual(main.state(), DEFAULT_MENU_STATE);
});

test('only exactly { details: boolean } is taken', () => {
  const main = mainSide();
  for (const payload of [undefined, null, 'details', [false], {}, { details: 'no' }, { details: 0 }, { details: false, extra: 1 }]) {
    main.send(fromOurPage, payload);
    assert.equal(isMenuState(payload), false, JSON.stringify(payload));
  }
  assert.deepEqual(main.rebuilt, []);
  assert.equal(isMenuState({ details: false }), true);
});
