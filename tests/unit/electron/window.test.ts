import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  denyAllPermissions,
  guardNavigation,
  isAppUrl,
  printWindowOptions,
  secureWindowOptions,
  type GuardedContents,
} from '../../../electron/main/window';
import { FakeEmitter, preventable } from './fakes';

class FakeContents extends FakeEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

function guarded() {
  const contents = new FakeContents();
  const opened: string[] = [];
  guardNavigation(contents as GuardedContents, async (url) => {
    opened.push(url);
  });
  return { contents, opened };
}

test('the editor window is isolated, sandboxed, without Node, with web security, and without Chromium’s spellchecker (Qalam checks spelling itself)', () => {
  const options = secureWindowOptions('/app/build/out/electron/preload.cjs', { width: 1200 });
  const prefs = options.webPreferences!;
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.navigateOnDragDrop, false);
  assert.equal(prefs.spellcheck, false);
  assert.equal(prefs.preload, '/app/build/out/electron/preload.cjs');
  assert.equal(options.show, false, 'shown only once painted');
  assert.equal(options.width, 1200);
});

test('extra options cannot weaken the web preferences', () => {
  const sneaky = { webPreferences: { nodeIntegration: true, sandbox: false } } as unknown as Parameters<typeof secureWindowOptions>[1];
  const prefs = secureWindowOptions('/p.cjs', sneaky).webPreferences!;
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.sandbox, true);
});

test('the print window runs no script, has no preload and is never shown', () => {
  const options = printWindowOptions();
  assert.equal(options.show, false);
  assert.equal(options.webPreferences!.javascript, false);
  assert.equal(options.webPreferences!.sandbox, true);
  assert.equal(options.webPreferences!.contextIsolation, true);
  assert.equal(options.webPreferences!.preload, undefined);
});

test('app URLs are recognised only after parsing', () => {
  assert.ok(isAppUrl('app://qalam/index.html#/article/01JF8Z3K4M5N6P7Q8R9S0T1V2W'));
  assert.equal(isAppUrl('app://evil/index.html'), false);
  assert.equal(isAppUrl('https://qalam/index.html'), false);
  assert.equal(isAppUrl('file:///app://qalam/'), false);
  assert.equal(isAppUrl('app:qalam'), false);
});

test('navigation away from the app is stopped; web links open in the system browser instead', async () => {
  const { contents, opened } = guarded();
  const away = preventable('https://example.com/story');
  contents.emit('will-navigate', away);
  const file = preventable('file:///home/editor/تقرير.docx');
  contents.emit('will-navigate', file);
  const js = preventable('javascript:alert(1)');
  contents.emit('will-frame-navigate', js);
  await new Promise((r) => setImmediate(r));
  assert.equal(away.prevented, true);
  assert.equal(file.prevented, true, 'a dropped file never replaces the app');
  assert.equal(js.prevented, true);
  assert.deepEqual(opened, ['https://example.com/story']);
});

test('moving between the app’s own pages is allowed', () => {
  const { contents, opened } = guarded();
  const own = preventable('app://qalam/index.html#/article/01JF8Z3K4M5N6P7Q8R9S0T1V2W');
  contents.emit('will-navigate', own);
  assert.equal(own.prevented, false);
  assert.deepEqual(opened, []);
});

test('redirects out of the app are stopped', () => {
  const { contents } = guarded();
  const redirect = preventable('https://example.com/');
  contents.emit('will-redirect', redirect);
  assert.equal(redirect.prevented, true);
});

test('window.open is always denied; only http/https/mailto reach the browser', async () => {
  const { contents, opened } = guarded();
  for (const url of ['https://example.com/', 'mailto:desk@example.com', 'file:///etc/passwd', 'smb://server/share', 'app://qalam/index.html', 'myapp://x']) {
    assert.deepEqual(contents.openHandler!({ url }), { action: 'deny' }, url);
  }
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(opened, ['https://example.com/', 'mailto:desk@example.com']);
});

test('webviews never attach', () => {
  const { contents } = guarded();
  const attach = preventable();
  contents.emit('will-attach-webview', attach);
  assert.equal(attach.prevented, true);
});

test('every permission request and check is answered no', () => {
  let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let check: ((c: unknown, p: string) => boolean) | undefined;
  denyAllPermissions({
    setPermissionRequestHandler: (h) => (request = h),
    setPermissionCheckHandler: (h) => (check = h),
  });
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
    let granted: boolean | undefined;
    request!({}, permission, (g) => (granted = g));
    assert.equal(granted, false, permission);
    assert.equal(check!({}, permission), false, permission);
  }
});
