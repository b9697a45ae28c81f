// Page object for sync: the status in the status bar, the panel, the conflict view; and
// two desks on one shared folder for the tests that need them.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { callApi, launchBrowser, startApp, type App } from './support/app';

export interface TwoDesks {
  a: App;
  b: App;
  close(): Promise<void>;
}

/** A browser and two apps (DESK-1, DESK-3) with their own libraries on one temp share,
 * sync on with an hour's interval: passes happen when the test asks for them. */
export async function twoDesks(): Promise<TwoDesks> {
  const browser: Browser = await launchBrowser();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-e2e-desks-'));
  const share = path.join(dir, 'share');
  await mkdir(share);
  const a = await startApp(browser);
  const b = await startApp(browser);
  await callApi(a, 'sync.configure', { shareFolder: share, deviceName: 'DESK-1', intervalSeconds: 3600, enabled: true });
  await callApi(b, 'sync.configure', { shareFolder: share, deviceName: 'DESK-3', intervalSeconds: 3600, enabled: true });
  return {
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

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
