// The page's Cut / Copy / Paste menu items (common/edit-commands.ts): main runs the
// sender's own webContents.cut()/copy()/paste(), which act on the focused element of
// that page as the keys would. Heard only from the top frame of one of our windows
// showing our app:// page (the same check as every contract channel), and only for
// exactly 'cut', 'copy' or 'paste'.
import { EDIT_CHANNEL, editActionSchema, type EditAction } from '../common/edit-commands';
import type { Result } from '../common/contract';
import { isTrustedSender, type IpcMainLike, type IpcSenderEvent } from './ipc';

/** The part of webContents these items use. */
export type EditingContents = Record<EditAction, () => void>;

export interface EditCommandDeps {
  isOurContents(contents: unknown): boolean;
  /** Told about refused senders. */
  onRefused?(url: string | undefined): void;
}

/** The listener for EDIT_CHANNEL; exported for tests. */
export function editCommandListener(deps: EditCommandDeps) {
  return async (event: IpcSenderEvent, payload?: unknown): Promise<Result<null>> => {
    if (!isTrustedSender(event, deps.isOurContents)) {
      deps.onRefused?.(event.senderFrame?.url);
      return { ok: false, error: { code: 'unauthorized' } };
    }
    const action = editActionSchema.safeParse(payload);
    if (!action.success) return { ok: false, error: { code: 'invalid', detail: `${EDIT_CHANNEL}: expected cut, copy or paste` } };
    // isTrustedSender has checked that the sender is one of our windows' webContents.
    (event.sender as EditingContents)[action.data]();
    return { ok: true, value: null };
  };
}

export function listenForEditCommands(ipc: Pick<IpcMainLike, 'handle'>, deps: EditCommandDeps): void {
  ipc.handle(EDIT_CHANNEL, editCommandListener(deps));
}
