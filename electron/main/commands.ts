// Sending menu commands to the page, and waiting (bounded) for the page to finish one:
// before the window closes main sends 'flush' with an ack number; the preload answers
// once every listener's promise has settled, so the last keystrokes are saved first.
import { MENU_ACK_CHANNEL, MENU_CHANNEL, type MenuCommand, type MenuMessage } from '../common/menu-commands';

export interface CommandTarget {
  send(channel: string, message: MenuMessage): void;
  isDestroyed(): boolean;
}

export interface AckSource {
  on(channel: string, listener: (event: { sender: unknown }, ack?: unknown) => void): unknown;
}

export type AckOutcome = 'done' | 'timeout' | 'gone';

export class CommandSender {
  private next = 1;
  private readonly waiting = new Map<number, { target: unknown; resolve: (outcome: AckOutcome) => void }>();

  constructor(ipcMain: AckSource) {
    ipcMain.on(MENU_ACK_CHANNEL, (event, ack) => {
      if (typeof ack !== 'number') return;
      const entry = this.waiting.get(ack);
      // An ack counts only from the page it was asked of.
      if (!entry || entry.target !== event.sender) return;
      this.waiting.delete(ack);
      entry.resolve('done');
    });
  }

  send(target: CommandTarget, command: MenuCommand): void {
    if (target.isDestroyed()) return;
    target.send(MENU_CHANNEL, { command });
  }

  /** Sends `command` and resolves when the page has finished it, or after `timeoutMs`. */
  request(target: CommandTarget, command: MenuCommand, timeoutMs: number): Promise<AckOutcome> {
    if (target.isDestroyed()) return Promise.resolve('gone');
    const ack = this.next++;
    return new Promise<AckOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(ack);
        resolve('timeout');
      }, timeoutMs);
      this.waiting.set(ack, {
        target,
        resolve: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
      });
      try {
        target.send(MENU_CHANNEL, { command, ack });
      } catch {
        this.waiting.delete(ack);
        clearTimeout(timer);
        resolve('gone');
      }
    });
  }
}
