// window.qalam, built from the contract: one method per channel, nested by the part
// before the dot (`window.qalam.articles.save(req)`), each resolving to a Result. The
// renderer never sees ipcRenderer. The two additions are `onMenuCommand`, the way menu
// commands (and main's flush-before-quit request) reach the page, and `setMenuState`,
// the way the page tells the menu what it offers, and `edit`, the way the editor's own
// right-click menu asks main to cut, copy or paste.
import { CHANNELS, splitChannel, type BridgeApi } from '../common/contract';
import { EDIT_ACTIONS, EDIT_CHANNEL, type EditAction, type EditBridge } from '../common/edit-commands';
import {
  MENU_ACK_CHANNEL,
  MENU_CHANNEL,
  MENU_STATE_CHANNEL,
  isMenuMessage,
  isMenuState,
  type MenuBridge,
  type MenuCommandListener,
} from '../common/menu-commands';

/** The part of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

export type QalamBridge = BridgeApi & MenuBridge & EditBridge;

type Method = (request?: unknown) => Promise<unknown>;

function contractMethods(ipc: IpcRendererLike): BridgeApi {
  const groups: Record<string, Record<string, Method>> = {};
  for (const channel of CHANNELS) {
    const [group, method] = splitChannel(channel);
    // Only the request crosses: a second argument or a callback from the page is dropped.
    (groups[group] ??= {})[method] = (request?: unknown) => ipc.invoke(channel, request);
  }
  // The loop above makes exactly BridgeApi's shape from CHANNELS; TypeScript cannot
  // follow a loop over keys, so the shape is asserted once here (tests compare it).
  return groups as unknown as BridgeApi;
}

function menuCommands(ipc: IpcRendererLike): MenuBridge {
  const listeners = new Set<MenuCommandListener>();
  const onMessage = (_event: unknown, message?: unknown) => {
    if (!isMenuMessage(message)) return;
    const runs = [...listeners].map(async (listener) => listener(message.command));
    if (message.ack !== undefined) {
      const ack = message.ack;
      void Promise.allSettled(runs).then(() => ipc.send(MENU_ACK_CHANNEL, ack));
    }
  };
  ipc.on(MENU_CHANNEL, onMessage);
  return {
    onMenuCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setMenuState(state) {
      if (!isMenuState(state)) throw new TypeError('setMenuState needs { details: boolean }');
      // A fresh object: nothing of the page's own value (a getter, a prototype) crosses.
      ipc.send(MENU_STATE_CHANNEL, { details: state.details });
    },
  };
}

function editCommands(ipc: IpcRendererLike): EditBridge {
  return {
    edit(action) {
      // Only the name crosses, and only one main knows (main checks again).
      if (!(EDIT_ACTIONS as readonly unknown[]).includes(action)) throw new TypeError('edit needs cut, copy or paste');
      return ipc.invoke(EDIT_CHANNEL, action as EditAction) as ReturnType<EditBridge['edit']>;
    },
  };
}

export function buildBridge(ipc: IpcRendererLike): QalamBridge {
  return { ...contractMethods(ipc), ...menuCommands(ipc), ...editCommands(ipc) };
}
