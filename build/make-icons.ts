// The app icon: the letter ق in Amiri Bold, white on ink blue, drawn by Chromium (no
// image tools needed) at every size the platforms ask for, then packed into the
// Windows .ico and macOS .icns containers, both of which accept PNG entries.
// Run once after a design change: `tsx build/make-icons.ts`; the results are committed
// in assets/icons (electron-builder reads them from there).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../electron/services/chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'assets', 'icons');

async function iconHtml(): Promise<string> {
  const font = (await readFile(path.join(ROOT, 'assets', 'fonts', 'amiri-arabic-700-normal.woff2'))).toString('base64');
  return `<!doctype html><html><head><style>
@font-face { font-family: Amiri; font-weight: 700; src: url(data:font/woff2;base64,${font}) format('woff2'); }
html, body { margin: 0; background: transparent; }
.icon { width: 1024px; height: 1024px; box-sizing: border-box; border-radius: 224px;
  background: linear-gradient(160deg, #24487a, #122a4c); display: flex; align-items: center; justify-content: center; }
.letter { font: 700 720px/1 Amiri; color: #fdfaf2; transform: translateY(-60px); }
.nib { position: absolute; bottom: 170px; width: 360px; height: 18px; border-radius: 9px; background: #d9a441; }
</style></head><body><div class="icon"><span class="letter">ق</span><div class="nib"></div></div></body></html>`;
}

/** ICO with PNG entries (Windows Vista and later read them). */
export function packIco(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
export function packIcns(pngs: { size: number; data: Buffer }[]): Buffer {
  const TYPES: Record<number, string> = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const chunks = pngs
    .filter((p) => TYPES[p.size])
    .map(({ size, data }) => {
      const head = Buffer.alloc(8);
      head.write(TYPES[size]!, 0, 'latin1');
      head.writeUInt32BE(data.length + 8, 4);
      return Buffer.concat([head, data]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const html = await iconHtml();
    const pngs: { size: number; data: Buffer }[] = [];
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: size / 1024 });
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const data = await page.locator('.icon').screenshot({ omitBackground: true });
      pngs.push({ size, data });
      await page.close();
    }
    for (const { size, data } of pngs) {
      if ([16, 32, 48, 64, 128, 256, 512].includes(size)) await writeFile(path.join(OUT, `${size}x${size}.png`), data);
    }
    await writeFile(path.join(OUT, 'icon.png'), pngs.find((p) => p.size === 512)!.data);
    await writeFile(path.join(OUT, 'icon.ico'), packIco(pngs.filter((p) => [16, 32, 48, 64, 128, 256].includes(p.size))));
    await writeFile(path.join(OUT, 'icon.icns'), packIcns(pngs));
    console.log(`icons written to ${OUT}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
