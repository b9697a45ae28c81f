// PDF export read back with poppler, as the print desk's tools read it. One Chromium for
// the whole file (launched by the first print, closed at the end).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumPrinter } from '../../../electron/services/export/chromium-printer';
import { exportPdf, type PdfExportOptions } from '../../../electron/services/export/pdf';
import { exportHtml } from '../../../electron/services/export/html';
import { PAPER_POINTS } from '../../../electron/common/serialize/print-css';
import type { Article } from '../../../electron/common/document/types';
import type { AssetSource } from '../../../electron/services/export/images';
import { articleWords, importedSample, longArticle, sampleArticle } from './sample-article';
import { inOrder, pageSize, pdfFonts, pdfInfo, pdfPages, pdfText, imagePages, words, wordsWhole } from './poppler';
import * as layouts from './layouts';

let dir: string;
let printer: ChromiumPrinter;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'qalam-pdf-'));
  printer = new ChromiumPrinter();
});
after(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
async function printed(article: Article, options: PdfExportOptions = {}, assetSource?: AssetSource): Promise<string> {
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, await exportPdf(article, { date: '2026-11-29', ...options }, { printer, assetSource }));
  return file;
}

const sample = sampleArticle();
const sourceWords = words(articleWords(sample).join(' '));
let samplePdf: Promise<string> | undefined;
const sampleA4 = () => (samplePdf ??= printed(sample));

test('every font is embedded and subset, and the text layer is tagged', async () => {
  const file = await sampleA4();
  const fonts = pdfFonts(file);
  assert.ok(fonts.length > 0);
  for (const f of fonts) {
    assert.ok(f.emb, `${f.name} embedded`);
    assert.ok(f.sub, `${f.name} subset`);
    assert.ok(f.uni, `${f.name} has a ToUnicode map`);
    assert.match(f.name, /^[A-Z]{6}\+Amiri-(Regular|Bold)$/);
  }
  assert.equal(pdfInfo(file)['Tagged'], 'yes');
});

test('the article text comes back in logical order with at least 95% of words whole', async (t) => {
  const text = pdfText(await sampleA4());
  const out = words(text);
  const { whole, total, missing } = wordsWhole(sourceWords, out);
  t.diagnostic(`words whole: ${whole}/${total} = ${((100 * whole) / total).toFixed(1)}%; broken: ${missing.join(' ')}`);
  assert.ok(whole / total >= 0.95, `${whole}/${total} words whole`);
  assert.ok(inOrder(sourceWords, out) >= 0.95, 'words in reading order');
  // Block by block: kicker, headline, standfirst, the first heading, the list, the table, the last paragraph.
  const flat = out.join(' ');
  const starts = [
    'تحركات',
    'صدام حفتر يجري',
    'صدام حفتر يزور',
    'أبعاد لقاء صدام',
    'تطوير برامج التدريب',
    'محور النقاش',
    'ساهمت تحركات صدام',
  ].map((s) => flat.indexOf(words(s).join(' ')));
  assert.ok(starts.every((i) => i >= 0), `every block found: ${starts}`);
  assert.deepEqual([...starts].sort((a, b) => a - b), starts, 'blocks in order');
});

test('the sample as the text importer reads it prints with its words whole and in order too', async (t) => {
  const imported = importedSample();
  const source = words(articleWords(imported).join(' '));
  const out = words(pdfText(await printed(imported)));
  const { whole, total } = wordsWhole(source, out);
  t.diagnostic(`imported sample: ${whole}/${total} words whole`);
  assert.ok(whole / total >= 0.95);
  assert.ok(inOrder(source, out) >= 0.95);
});

test('page numbers in Arabic-Indic digits by default, Latin when asked; running head from page 2', async () => {
  const pages = pdfPages(await sampleA4());
  assert.equal(pages.length, 2);
  assert.match(pages[0]!, /صفحة\s*١\s*من\s*٢/);
  assert.match(pages[1]!, /صفحة\s*٢\s*من\s*٢/);
  assert.doesNotMatch(pages[0]!, /شؤون دولية/);
  assert.match(pages[1]!, /شؤون دولية/);
  assert.match(pages[1]!, /٢٩\s*نوفمبر\s*٢٠٢٦/);

  const latin = pdfPages(await printed(sample, { digits: 'latn' }));
  assert.match(latin[0]!, /صفحة\s*1\s*من\s*2/);
  assert.match(latin[1]!, /29\s*نوفمبر\s*2026/);
  assert.doesNotMatch(latin.join(''), /[٠-٩]/);
});

test('title, author, subject and keywords come from the article', async () => {
  const info = pdfInfo(await sampleA4());
  assert.equal(info['Title'], `${sample.meta.kicker}: ${sample.meta.headline}`);
  assert.equal(info['Author'], 'فاطمة الزهراء');
  assert.equal(info['Subject'], sample.meta.standfirst);
  assert.equal(info['Keywords'], 'ليبيا, فرنسا, صدام حفتر');
  assert.equal(info['Creator'], 'Qalam');
});

test('each paper size gives its page size', async () => {
  assert.deepEqual(pageSize(pdfInfo(await sampleA4())), PAPER_POINTS.A4);
  for (const paper of ['A3', 'Letter', 'Tabloid'] as const) {
    assert.deepEqual(pageSize(pdfInfo(await printed(sample, { paper }))), PAPER_POINTS[paper], paper);
  }
});

test('two columns keep words whole, the headline first', async (t) => {
  const file = await printed(sample, { columns: 2 });
  const out = words(pdfText(file));
  const { whole, total } = wordsWhole(sourceWords, out);
  t.diagnostic(`2 columns: ${whole}/${total} words whole; in order ${inOrder(sourceWords, out).toFixed(2)} (pdftotext's column guessing)`);
  assert.ok(whole / total >= 0.95);
  const flat = out.join(' ');
  assert.ok(flat.indexOf(words(sample.meta.headline).join(' ')) < flat.indexOf(words('ركزت المباحثات التي').join(' ')));
  assert.equal(pdfInfo(file)['Pages'], '1');
});

test('Amiri keeps words whole where Noto Naskh Arabic breaks them (why Amiri is the default)', async (t) => {
  const share = async (font: 'Amiri' | 'Noto Naskh Arabic') => {
    const r = wordsWhole(sourceWords, words(pdfText(await printed(sample, { font }))));
    return r.whole / r.total;
  };
  const amiri = await share('Amiri');
  const noto = await share('Noto Naskh Arabic');
  t.diagnostic(`words whole: Amiri ${(amiri * 100).toFixed(1)}%, Noto Naskh Arabic ${(noto * 100).toFixed(1)}%`);
  assert.ok(amiri >= 0.95);
  assert.ok(noto < amiri);
});

test('a long article runs over many pages, numbered "صفحة N من M"', async () => {
  const pages = pdfPages(await printed(longArticle(6)));
  assert.ok(pages.length >= 5, `${pages.length} pages`);
  const last = pages.length;
  const arabic = (k: number) => String(k).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
  pages.forEach((page, i) => assert.match(page, new RegExp(`صفحة\\s*${arabic(i + 1)}\\s*من\\s*${arabic(last)}`)));
});

test('no heading is left alone at a page foot, in one column or two', async () => {
  const headings = Array.from({ length: 36 }, (_, i) => layouts.headingText(i));
  for (const columns of [1, 2] as const) {
    const pages = pdfPages(await printed(layouts.headingsArticle(36), { columns }));
    assert.ok(pages.length >= 3);
    assert.deepEqual(layouts.strandedHeadings(pages, headings), [], `${columns} column(s)`);
  }
});

test('a table running over pages repeats its header row on each', async () => {
  const pages = pdfPages(await printed(layouts.longTableArticle(70)));
  const withRows = pages.filter((p) => /بند متابعة رقمه/.test(p));
  assert.ok(withRows.length >= 3, `table spans ${withRows.length} pages`);
  for (const page of withRows) assert.match(page, /محور النقاش/);
});

test('figures are never split: each caption prints on its image\'s page', async () => {
  const { article, assets } = layouts.figuresArticle(8);
  const file = await printed(article, {}, async (hash) => ({ bytes: assets.get(hash)!, mime: 'image/png' }));
  const pages = pdfPages(file);
  const images = imagePages(file);
  assert.equal(images.length, 8);
  assert.ok(pages.length >= 3);
  const captions = images.map((_, i) => layouts.pageOf(pages, layouts.captionText(i)));
  assert.deepEqual(captions, images);
});

test('the printer runs no script, even one the document itself carries', async () => {
  const html =
    '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ت</title></head>' +
    '<body><p id="p">نص سليم</p><script>document.getElementById("p").textContent = "PWNED"</script>' +
    '<img src="x" alt="" onerror="document.body.textContent = \'PWNED\'"></body></html>';
  const file = join(dir, 'script.pdf');
  writeFileSync(file, await printer.print(html, { paper: 'A4', tagged: false, outline: false }));
  const text = pdfText(file);
  assert.match(text, /نص سليم/);
  assert.doesNotMatch(text, /PWNED/);
});

test('jobs printed at the same time each get their own document', async () => {
  const other = sampleArticle();
  other.meta = { ...other.meta, kicker: '', headline: 'افتتاح معرض الكتاب في القاهرة', standfirst: 'دور نشر من عشرين بلدًا', section: 'ثقافة' };
  other.body = [{ type: 'paragraph', children: [{ text: 'افتتح المعرض أبوابه صباح اليوم بمشاركة واسعة من دور النشر العربية.' }] }];
  const [a, b] = await Promise.all([printed(sample), printed(other)]);
  const textA = pdfText(a);
  const textB = pdfText(b);
  assert.match(textA, /صدام حفتر يجري مباحثات/);
  assert.doesNotMatch(textA, /معرض الكتاب/);
  assert.match(textB, /افتتاح معرض الكتاب في القاهرة/);
  assert.doesNotMatch(textB, /حفتر/);
  assert.equal(pdfInfo(b)['Pages'], '1');
});

test('the exported HTML file, printed from a browser, gets the same page set-up', async () => {
  const html = await exportHtml(sample, { date: '2026-11-29', print: { paper: 'A3', columns: 2 } });
  const file = join(dir, 'from-html.pdf');
  writeFileSync(file, await printer.print(html, { paper: 'Letter', tagged: false, outline: false }));
  assert.deepEqual(pageSize(pdfInfo(file)), PAPER_POINTS.A3, "the document's own @page size wins");
  assert.match(pdfPages(file)[0]!, /صفحة\s*١\s*من\s*١/);
  for (const f of pdfFonts(file)) assert.ok(f.emb && /Amiri/.test(f.name), f.name);
});
