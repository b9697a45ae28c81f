// The commands the application menu sends to the renderer. The toolbar, the keyboard
// shortcuts and the menu all run the same command by the same id, so a menu item can
// never do something the toolbar button does not. Main sends them on one channel
// (`qalam:menu`); the preload hands them to `window.qalam.onMenuCommand` listeners.

/** Editor commands, named exactly as in the editor's command registry
 * (renderer/editor/commands/registry.ts), so the page runs the menu item through the
 * same entry as the toolbar button and the shortcut. */
export const EDITOR_MENU_COMMANDS = [
  'undo',
  'redo',
  'find',
  'replace',
  'tidy-text',
  'bold',
  'italic',
  'underline',
  'paragraph',
  'heading-2',
  'heading-3',
  'bulleted-list',
  'numbered-list',
  'link',
] as const;

/** Application commands the page runs (library, export, settings). */
export const APP_MENU_COMMANDS = [
  'article.new',
  'article.saveRevision',
  // Opens the export dialog (format, page set-up, live preview) for the open article.
  'article.export',
  'view.library',
  // Show or hide a side panel (the page also takes their keys itself: Ctrl+Shift+L / D).
  'view.panel.library',
  'view.panel.inspector',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'view.language.ar',
  'view.language.en',
  'help.shortcuts',
  // Sent by main before the window closes: save what is typed now. Main waits (bounded)
  // for the listeners' promises to settle before it closes the window.
  'flush',
] as const;

export const MENU_COMMANDS = [...EDITOR_MENU_COMMANDS, ...APP_MENU_COMMANDS] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The IPC channel main sends commands on, and the one the preload acknowledges on. */
export const MENU_CHANNEL = 'qalam:menu';
export const MENU_ACK_CHANNEL = 'qalam:menu-ack';

/** What travels on MENU_CHANNEL. `ack` asks the preload to answer on MENU_ACK_CHANNEL
 * with the same number once every listener's promise has settled. (Main opens an
 * article by moving the page to its #/article/<id> route, not by a command.) */
export interface MenuMessage {
  command: MenuCommand;
  ack?: number;
}

export function isMenuMessage(value: unknown): value is MenuMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    isMenuCommand(m.command) &&
    (m.ack === undefined || (typeof m.ack === 'number' && Number.isSafeInteger(m.ack)))
  );
}

/** A listener may return a promise (e.g. the flush of an autosave); main waits for it
 * only for commands sent with an ack. */
export type MenuCommandListener = (command: MenuCommand) => void | Promise<void>;

/**
 * What the page on screen offers, for the menu items that only make sense on some pages:
 * main greys out the others, as the page does its own buttons. The page sends it on
 * MENU_STATE_CHANNEL whenever it changes.
 */
export interface MenuState {
  /** The page has an article's details panel: only an open article has (the library's
   * own page, history and settings have nothing to inspect). */
  details: boolean;
}

/** Until the page says otherwise, every item is offered, as before pages told main. */
export const DEFAULT_MENU_STATE: MenuState = { details: true };

/** The channel the page tells main what it offers on (ipcRenderer.send, no answer). */
export const MENU_STATE_CHANNEL = 'qalam:menu-state';

/** Exactly a MenuState: main takes nothing else from the page on this channel. */
export function isMenuState(value: unknown): value is MenuState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'details' && typeof (value as Record<string, unknown>).details === 'boolean';
}

/** The additions the Electron preload makes to `window.qalam` beside the contract's
 * methods. Absent in the web host (no menu there), so the renderer treats them as optional. */
export interface MenuBridge {
  /** Calls `listener` for every menu command; returns a function that unsubscribes. */
  onMenuCommand(listener: MenuCommandListener): () => void;
  /** Tells main what the page offers (the menu greys out the rest). */
  setMenuState(state: MenuState): void;
}
