// Page object for sync: the status in the status bar, the panel, the conflict view.
import type { Locator, Page } from 'playwright-core';

export class SyncPage {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.locator('[data-qalam="sync-status"]');
  }
  get panel(): Locator {
    return this.page.locator('[data-qalam="sync-panel"]');
  }
  get conflictView(): Locator {
    return this.page.locator('[data-qalam="conflict-view"]');
  }

  async openPanel(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.status.click();
    await this.panel.waitFor();
  }

  async closePanel(): Promise<void> {
    await this.page.locator('[data-qalam="sync-panel-close"]').click();
    await this.panel.waitFor({ state: 'detached' });
  }

  /** Fill the settings as an editor would and save them. */
  async configure(folder: string, device: string, intervalSeconds: number): Promise<void> {
    await this.openPanel();
    await this.panel.locator('[data-qalam="sync-folder"]').fill(folder);
    await this.panel.locator('[data-qalam="sync-device"]').fill(device);
    await this.panel.locator('[data-qalam="sync-interval"]').fill(String(intervalSeconds));
    await this.panel.locator('[data-qalam="sync-save"]').click();
    await this.panel.locator('[data-qalam="sync-message"]').waitFor();
  }

  /** "Sync now" in the panel; waits for the button to come back (the pass is over). */
  async syncNow(): Promise<void> {
    await this.openPanel();
    const button = this.panel.locator('[data-qalam="sync-now"]');
    await button.click();
    await this.page.waitForFunction(() => {
      const b = document.querySelector('[data-qalam="sync-now"]');
      return b instanceof HTMLButtonElement && !b.disabled;
    });
    await this.closePanel();
  }

  async statusText(): Promise<string> {
    return (await this.status.innerText()).trim();
  }
}
