// Tables (insert 3×2, rows and columns, header row, Tab between cells, right-to-left
// columns) and figures (file picker → stored asset → figure with caption, alt, credit).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deflateSync, crc32 } from 'node:zlib';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Block, TableElement } from '../../electron/common/document/types';
import { launchBrowser } from './support/app';
import { cleanupHarness, openBodyEditor, textOf, type BodyEditor } from './editor-page';

/** A small solid-colour PNG, made here so the fixture is exactly what the test says. */
function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const cellTexts = (table: Block | undefined) =>
  (table as TableElement | undefined)?.children.map((row) => row.children.map((cell) => textOf(cell as never))) ?? [];

describe('editor: tables and figures', () => {
  let browser: Browser;
  let dir: string;
  before(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-editor-figure-'));
  });
  after(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
    await cleanupHarness();
  });

  async function withEditor(run: (ed: BodyEditor) => Promise<void>): Promise<void> {
    const ed = await openBodyEditor(browser);
    try {
      await run(ed);
    } finally {
      await ed.close();
    }
  }

  test('insert a 3×2 table, type with Tab between cells, header row renders <th>', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.tool('table').click();
      // The sizes offered in Arabic digits, and Arabic digits typed there are read.
      assert.deepEqual([await ed.page.locator('[data-qalam="table-rows"]').inputValue(), await ed.page.locator('[data-qalam="table-cols"]').inputValue()], ['٣', '٢']);
      await ed.page.locator('[data-qalam="table-rows"]').fill('٣');
      await ed.page.locator('[data-qalam="table-cols"]').fill('2');
      await ed.page.locator('.table-dialog button[type="submit"]').click();
      await ed.blocks('table').waitFor();
      assert.equal(await ed.blocks('tr').count(), 3);
      assert.equal(await ed.blocks('td').count(), 6);
      for (const word of ['المحافظة', 'العدد', 'دمشق', '12', 'حلب', '7']) {
        await ed.type(word);
        await ed.page.keyboard.press('Tab');
      }
      // Tab from the last cell added a fourth row; Shift+Tab goes back into the third.
      assert.equal(await ed.blocks('tr').count(), 4);
      await ed.page.keyboard.press('Shift+Tab');
      await ed.tool('header-row').click();
      await ed.blocks('th').first().waitFor();
      assert.equal(await ed.blocks('th').count(), 2);
      assert.equal(await ed.blocks('th').first().getAttribute('scope'), 'col');
      // Columns run right to left: the first cell sits to the right of the second.
      const [first, second] = await ed.blocks('tr').first().locator('th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().left));
      assert.ok(first! > second!, 'first column on the right');

      const body = await ed.stored((b) => b[0]?.type === 'table' && (b[0] as TableElement).children[0]?.children[0]?.header === true);
      assert.deepEqual(cellTexts(body[0]), [['المحافظة', 'العدد'], ['دمشق', '12'], ['حلب', '7'], ['', '']]);
      assert.deepEqual((body[0] as TableElement).children[0]!.children.map((c) => c.header), [true, true]);
    });
  });

  test('add and remove rows and columns from the table tools', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.tool('table').click();
      await ed.page.locator('.table-dialog button[type="submit"]').click();
      await ed.blocks('table').waitFor();
      await ed.type('أ');
      await ed.tool('row-below').click();
      assert.equal(await ed.blocks('tr').count(), 4);
      await ed.tool('column-after').click();
      assert.equal(await ed.blocks('tr').first().locator('td').count(), 3);
      await ed.tool('remove-column').click();
      assert.equal(await ed.blocks('tr').first().locator('td').count(), 2);
      await ed.tool('remove-row').click();
      assert.equal(await ed.blocks('tr').count(), 3);
      const body = await ed.stored((b) => b[0]?.type === 'table' && (b[0] as TableElement).children.length === 3);
      assert.deepEqual(cellTexts(body[0]), [['أ', ''], ['', ''], ['', '']]);
    });
  });

  test('Backspace at the start of a cell leaves the table whole', async () => {
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.tool('table').click();
      await ed.page.locator('.table-dialog button[type="submit"]').click();
      await ed.blocks('table').waitFor();
      await ed.type('أ');
      await ed.page.keyboard.press('Tab');
      await ed.page.keyboard.press('Backspace'); // clears the selected (empty) cell text only
      await ed.page.keyboard.press('Backspace');
      await ed.page.keyboard.press('Backspace');
      assert.equal(await ed.blocks('td').count(), 6);
      assert.equal(await ed.blocks('td').first().innerText().then((t) => t.trim()), 'أ');
    });
  });

  test('an image from the file picker becomes a figure with caption, alt and credit', async () => {
    const file = path.join(dir, 'tank.png');
    await writeFile(file, makePng(6, 4, [160, 38, 45]));
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('قبل الصورة');
      const chooser = ed.page.waitForEvent('filechooser');
      await ed.tool('figure').click();
      await (await chooser).setFiles(file);
      const img = ed.blocks('figure img');
      await img.waitFor();
      await ed.page.waitForFunction(() => {
        const el = document.querySelector('[data-qalam="body"] figure img') as HTMLImageElement | null;
        return !!el && el.complete && el.naturalWidth === 6;
      });
      await ed.type('دبابة على طريق الساحل');
      await ed.page.locator('[data-qalam="figure-alt"]').fill('دبابة رمادية على طريق ساحلي');
      await ed.page.locator('[data-qalam="figure-credit"]').fill('رويترز');
      const body = await ed.stored((b) => b[1]?.type === 'figure' && 'credit' in b[1]! && b[1].credit === 'رويترز' && textOf(b[1]) !== '');
      const figure = body[1] as Extract<Block, { type: 'figure' }>;
      assert.match(figure.asset, /^[0-9a-f]{64}$/);
      assert.equal(figure.alt, 'دبابة رمادية على طريق ساحلي');
      assert.equal(figure.credit, 'رويترز');
      assert.equal(textOf(figure), 'دبابة على طريق الساحل');
      assert.equal(textOf(body[0]), 'قبل الصورة');

      await ed.page.locator('[data-qalam="figure-remove"]').click();
      await img.waitFor({ state: 'detached' });
      const after = await ed.stored((b) => !b.some((x) => x.type === 'figure'));
      assert.deepEqual(after.map(textOf), ['قبل الصورة', '']);
    });
  });

  test('an image dropped on the text becomes a figure', async () => {
    const png = makePng(5, 5, [30, 120, 60]).toString('base64');
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.type('فقرة تسقط عليها صورة');
      const box = (await ed.body.locator('p').first().boundingBox())!;
      await ed.body.evaluate(
        (el, { base64, x, y }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'drop.png', { type: 'image/png' }));
          const target = el.querySelector('p')!;
          for (const type of ['dragenter', 'dragover', 'drop']) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, clientX: x, clientY: y, bubbles: true, cancelable: true }));
          }
        },
        { base64: png, x: box.x + 10, y: box.y + box.height / 2 },
      );
      await ed.blocks('figure img').waitFor();
      const body = await ed.stored((b) => b.some((x) => x.type === 'figure'));
      assert.equal(textOf(body[0]), 'فقرة تسقط عليها صورة');
      assert.equal(body[1]?.type, 'figure');
    });
  });

  test('an image pasted from the clipboard becomes a figure', async () => {
    const png = makePng(3, 3, [20, 80, 140]).toString('base64');
    await withEditor(async (ed) => {
      await ed.focusEnd();
      await ed.paste({ files: [{ name: 'screenshot.png', type: 'image/png', base64: png }] });
      await ed.blocks('figure img').waitFor();
      const body = await ed.stored((b) => b.some((x) => x.type === 'figure'));
      assert.ok(body.some((x) => x.type === 'figure' && /^[0-9a-f]{64}$/.test(x.asset)));
    });
  });
});
