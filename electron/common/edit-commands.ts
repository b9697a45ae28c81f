// Cut, copy and paste from the editor's own right-click menus. In the desktop app the
// page cannot put text on (or read it from) the system clipboard by itself, so it asks
// main to run the window's own editing command (webContents.cut/copy/paste): Chromium
// then fires the same DOM cut/copy/paste events a Ctrl+X/C/V does, and the editor's
// clipboard handling (the model clipboard, the sanitizing paste) runs exactly as for
// the keys. One channel, invoked (so the page hears when it failed), outside the
// services' contract: only main holds the window.
import { z } from 'zod';
import type { Result } from './contract';

export const EDIT_ACTIONS = ['cut', 'copy', 'paste'] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

/** The IPC channel the page asks on (ipcRenderer.invoke; answers a Result<null>). */
export const EDIT_CHANNEL = 'qalam:edit';

/** Exactly one of the three names: main takes nothing else on this channel. */
export const editActionSchema = z.enum(EDIT_ACTIONS);

/** The addition the Electron preload makes to `window.qalam` for it. Absent in the web
 * host, where the page uses the browser's own clipboard access instead. */
export interface EditBridge {
  edit(action: EditAction): Promise<Result<null>>;
}
