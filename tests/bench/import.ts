// Import cost beside what cannot be avoided, measured in the same run:
//   text   textToArticle on the sample  vs  splitting it at blank lines (a floor: any
//          importer reads every line once)
//   html   importHtml on the news-page fixture (DOMPurify on jsdom + article picking +
//          conversion)  vs  parsing the same HTML with a fresh JSDOM (what any DOM-based
//          importer pays)
//   docx   importDocx on a generated Word file  vs  mammoth.convertToHtml alone
//
//   tsx tests/bench/import.ts
//   QALAM_BENCH_IMPORT_ROUNDS=5 tsx tests/bench/import.ts
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { Document, Packer, Paragraph, HeadingLevel, TextRun } from 'docx';
import { textToArticle } from '../../electron/common/import/text';
import { importDocx, importHtml } from '../../electron/services/import/index';

const ROUNDS = Number(process.env.QALAM_BENCH_IMPORT_ROUNDS ?? 40);
const SAMPLE = readFileSync(new URL('../fixtures/article-ar.txt', import.meta.url), 'utf8');
const PAGE = readFileSync(new URL('../fixtures/import/web-page-ar.html', import.meta.url), 'utf8');
const putAsset = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function perRound(rounds: number, fn: () => unknown): Promise<number> {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await fn();
  return (performance.now() - start) / rounds;
}

function report(name: string, ours: number, baseline: number, baselineName: string): void {
  console.log(`${name.padEnd(6)} ${ours.toFixed(2).padStart(8)} ms  vs ${baselineName} ${baseline.toFixed(2)} ms  → ${(ours / baseline).toFixed(2)}×`);
}

async function sampleDocx(): Promise<Uint8Array> {
  const paragraphs = SAMPLE.split(/\n\s*\n/).map((block, i) =>
    i === 0
      ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block)] })
      : new Paragraph({ bidirectional: true, children: [new TextRun({ text: block, rightToLeft: true })] }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

console.log(`import bench: ${ROUNDS} rounds each (QALAM_BENCH_IMPORT_ROUNDS)`);
const bigText = Array.from({ length: 20 }, () => SAMPLE).join('\n\n');
report(
  'text',
  await perRound(ROUNDS * 10, () => textToArticle(bigText)),
  await perRound(ROUNDS * 10, () => bigText.split(/\n\s*\n/).map((b) => b.split('\n'))),
  'blank-line split',
);
report(
  'html',
  await perRound(ROUNDS, () => importHtml(PAGE, { putAsset })),
  await perRound(ROUNDS, () => new JSDOM(PAGE).window.close()),
  'fresh JSDOM parse',
);
const docx = await sampleDocx();
const buffer = Buffer.from(docx);
report(
  'docx',
  await perRound(ROUNDS, () => importDocx(docx, { putAsset })),
  await perRound(ROUNDS, () => mammoth.convertToHtml({ buffer })),
  'mammoth alone',
);
