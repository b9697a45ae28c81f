// The page tells main what it offers (common/menu-commands.ts MenuState) so the menu can
// grey out what the page has not got, such as View › details on history or settings.
// Only our own window's top frame is heard, only an exact MenuState is taken, and the
// menu is rebuilt only when the state changes (every route change sends one).
import { isMenuState, MENU_STATE_CHANNEL, type MenuState } from '../common/menu-commands';
import { isTrustedSender, type IpcSenderEvent } from './ipc';

export interface MenuStateIpc {
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
}

export interface MenuStateDeps {
  isOurContents(contents: unknown): boolean;
  /** The current state (what the menu was last built with). */
  current(): MenuState;
  /** A new state from the page: rebuild the menu with it. */
  onChange(state: MenuState): void;
}

/** The listener for MENU_STATE_CHANNEL; exported for tests. */
export function menuStateListener(deps: MenuStateDeps) {
  return (event: IpcSenderEvent, state?: unknown): void => {
    if (!isTrustedSender(event, deps.isOurContents) || !isMenuState(state)) return;
    if (state.details === deps.current().details) return;
    deps.onChange({ details: state.details });
  };
}

export function listenForMenuState(ipc: MenuStateIpc, deps: MenuStateDeps): void {
  ipc.on(MENU_STATE_CHANNEL, menuStateListener(deps));
}
