// Commands from the application menu (Electron: window.qalam.onMenuCommand). The page
// also accepts them as a `qalam:menu-command` DOM event, which is how the web host's
// end-to-end tests play a menu click, since a browser has no application menu. The
// other way, the page tells the menu what it offers (setMenuState).
import { useEffect, useRef } from 'react';
import { isMenuCommand, type MenuBridge, type MenuCommand, type MenuState } from '../electron/common/menu-commands';

export const MENU_EVENT = 'qalam:menu-command';

type Listener = (command: MenuCommand) => void | Promise<unknown>;
const settled = (value: void | Promise<unknown>): void | Promise<void> => (value ? value.then(() => undefined) : undefined);

export function onMenuCommand(listener: Listener): () => void {
  const bridge = window.qalam as unknown as Partial<MenuBridge> | undefined;
  const unsubscribe = bridge?.onMenuCommand?.((command) => settled(listener(command)));
  const onEvent = (event: Event) => {
    const command = (event as CustomEvent<unknown>).detail;
    if (isMenuCommand(command)) void listener(command);
  };
  window.addEventListener(MENU_EVENT, onEvent);
  return () => {
    unsubscribe?.();
    window.removeEventListener(MENU_EVENT, onEvent);
  };
}

/** Subscribe for the component's life; the latest handler always runs. */
export function useMenuCommands(handler: Listener): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => onMenuCommand((command) => ref.current(command)), []);
}

/** Raised on window with each MenuState the page sends, so the web host's end-to-end
 * tests see what the desktop menu would be told. */
export const MENU_STATE_EVENT = 'qalam:menu-state';

/** Tell the application menu what this page offers (Electron: the web host has no
 * menu), whenever it changes: View › details is greyed out where there are none. */
export function useMenuState(details: boolean): void {
  useEffect(() => {
    const bridge = window.qalam as unknown as Partial<MenuBridge> | undefined;
    const state: MenuState = { details };
    bridge?.setMenuState?.(state);
    window.dispatchEvent(new CustomEvent<MenuState>(MENU_STATE_EVENT, { detail: state }));
  }, [details]);
}
