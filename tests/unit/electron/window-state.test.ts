import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

test('a first start opens a default-sized window centred on the primary display', () => {
  assert.deepEqual(placeWindow(undefined, [laptop]), {
    x: (1920 - DEFAULT_SIZE.width) / 2,
    y: (1040 - DEFAULT_SIZE.height) / 2,
    ...DEFAULT_SIZE,
    maximized: false,
  });
});

test('a saved place on an attached display is kept exactly', () => {
  const saved = { x: 2100, y: 80, width: 1400, height: 1000, maximized: true };
  assert.deepEqual(placeWindow(saved, [laptop, rightMonitor]), saved);
});

test('a window left on an unplugged monitor comes back to the primary display', () => {
  const place = placeWindow({ x: 2100, y: 80, width: 1400, height: 1000 }, [laptop]);
  assert.ok(place.x >= 0 && place.x + place.width <= 1920);
  assert.ok(place.y >= 0 && place.y + place.height <= 1040);
  assert.equal(place.width, 1400);
});

test('a window hanging off the edge is pulled in, and one too big is shrunk to fit', () => {
  const edge = placeWindow({ x: 1700, y: -50, width: 1000, height: 700 }, [laptop]);
  assert.deepEqual({ x: edge.x, y: edge.y }, { x: 920, y: 0 });
  const huge = placeWindow({ x: 10, y: 10, width: 9000, height: 9000 }, [laptop]);
  assert.deepEqual({ width: huge.width, height: huge.height }, { width: 1920, height: 1040 });
});

test('the state survives a restart; a corrupt or hand-broken file is ignored', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-window-'));
  try {
    const file = path.join(dir, 'window-state.json');
    assert.equal(await loadWindowState(file), undefined, 'missing');
    await saveWindowState(file, { x: 5, y: 6, width: 1000, height: 700, maximized: false });
    assert.deepEqual(await loadWindowState(file), { x: 5, y: 6, width: 1000, height: 700, maximized: false });
    for (const broken of ['{"x":', '{"x":"5","y":0,"width":1,"height":1}', '{"x":1e12,"y":0,"width":800,"height":600}', 'null', '[]']) {
      await writeFile(file, broken);
      assert.equal(await loadWindowState(file), undefined, broken);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
