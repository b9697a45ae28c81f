// Cut, copy and paste for the editor's own right-click menus, the host's way. The
// desktop app asks main (window.qalam.edit) to run the page's own editing command:
// Chromium fires the same cut/copy/paste events as Ctrl+X/C/V, so everything the keys
// do (the model clipboard, the sanitizing paste) happens alike. A browser (the web
// host) cuts and copies with execCommand, allowed from a click, and pastes what
// navigator.clipboard gives (which the browser may refuse: the caller then says to use
// the keys) through the caller's own paste path, the one a Ctrl+V takes there.
import type { EditAction, EditBridge } from '../../electron/common/edit-commands';
import { describeHotkey } from './commands/hotkeys';
import { t, type UiLang } from './strings';

/** What the clipboard holds, as a paste event would carry it. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

export type ClipboardOutcome = 'done' | 'refused';

/** The desktop app's bridge, when its preload offers edit(). */
function editBridge(): EditBridge | undefined {
  const bridge = window.qalam as unknown as Partial<EditBridge> | undefined;
  return typeof bridge?.edit === 'function' ? (bridge as EditBridge) : undefined;
}

async function viaMain(bridge: EditBridge, action: EditAction): Promise<ClipboardOutcome> {
  try {
    return (await bridge.edit(action)).ok ? 'done' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Cut or copy the focused element's selection, as the keys would. */
export async function cutOrCopy(action: 'cut' | 'copy'): Promise<ClipboardOutcome> {
  const bridge = editBridge();
  if (bridge) return viaMain(bridge, action);
  return document.execCommand(action) ? 'done' : 'refused';
}

/** The clipboard's HTML and text, or null when the browser will not hand them over. */
async function readClipboard(): Promise<ClipboardContent | null> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return null;
  try {
    const content: ClipboardContent = { text: '' };
    for (const item of await clipboard.read()) {
      if (content.html === undefined && item.types.includes('text/html')) content.html = await (await item.getType('text/html')).text();
      if (content.text === '' && item.types.includes('text/plain')) content.text = await (await item.getType('text/plain')).text();
    }
    return content;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotAllowedError') return null;
  }
  // read() missing or failing otherwise (a type it cannot hand over): the text at least.
  try {
    return { text: await clipboard.readText() };
  } catch {
    return null;
  }
}

/** Paste at the focused element's caret: through main in the desktop app, else what
 * the clipboard holds handed to `insert` (the host page's Ctrl+V path). */
export async function pasteFromClipboard(insert: (content: ClipboardContent) => void): Promise<ClipboardOutcome> {
  const bridge = editBridge();
  if (bridge) return viaMain(bridge, 'paste');
  const content = await readClipboard();
  if (!content || (content.text === '' && content.html === undefined)) return content ? 'done' : 'refused';
  insert(content);
  return 'done';
}

/** What to tell the person when the menu could not paste: the keys that still can. */
export function pasteRefusedNotice(lang: UiLang): string {
  return t('clipPasteRefused', lang, { keys: describeHotkey('mod+v') });
}
