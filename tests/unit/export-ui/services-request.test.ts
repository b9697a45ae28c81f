// The services' side of the export channels: contract options → the export request the
// serializers get, and the batch writer's names and refusals.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Article } from '../../../electron/common/document/types';
import { baseNameFor, exportBatch } from '../../../electron/services/export/batch';
import { exportRequestFor } from '../../../electron/services/index';
import { htmlProblems } from '../export/validator';

test('contract options become the export request; fragment is HTML without a page', () => {
  assert.deepEqual(exportRequestFor('pdf', { paper: 'A3', columns: 2, header: false, font: 'Noto Naskh Arabic' }), {
    format: 'pdf',
    fragment: false,
    paper: 'A3',
    columns: 2,
    header: false,
    font: 'Noto Naskh Arabic',
  });
  assert.deepEqual(exportRequestFor('fragment', { digits: 'latn' }), { format: 'html', fragment: true, digits: 'latn' });
  assert.deepEqual(exportRequestFor('html', undefined), { format: 'html', fragment: false });
});

function article(id: string, slug: string, headline: string): Article {
  return { id, meta: { slug, headline } } as unknown as Article;
}

test('batch: one file per article named by slug or id, existing files kept, a missing article reported', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-batch-'));
  try {
    const folder = path.join(dir, 'صادر', 'اليوم');
    const store = new Map([
      ['A1', article('A1', 'حفتر-باريس', 'صدام حفتر في باريس')],
      ['A2', article('A2', '', 'البنك المركزي يثبّت سعر الفائدة')],
    ]);
    const get = (id: string) => {
      const a = store.get(id);
      if (!a) throw Object.assign(new Error('no such article'), { code: undefined });
      return a;
    };
    const first = await exportBatch({ ids: ['A1', 'A2', 'A1', 'GONE'], folder, format: 'html' }, get, async (a) => `<p>${a.meta.headline}</p>`);
    assert.deepEqual(
      first.files.map((f) => path.basename(f.file)),
      ['حفتر-باريس.html', 'A2.html'],
      'the slug, else the id; an id given twice is written once',
    );
    assert.deepEqual(first.failed.map((f) => f.id), ['GONE']);
    // Again into the same folder: nothing overwritten.
    await writeFile(path.join(folder, 'A2.fragment.html'), 'mine');
    const second = await exportBatch({ ids: ['A1', 'A2'], folder, format: 'fragment' }, get, async () => 'x');
    assert.deepEqual(second.files.map((f) => path.basename(f.file)), ['حفتر-باريس.fragment.html', 'A2-2.fragment.html']);
    assert.equal(await readFile(path.join(folder, 'A2.fragment.html'), 'utf8'), 'mine');
    assert.equal((await readdir(folder)).length, 5);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('batch: a relative folder is refused before anything is written', async () => {
  await assert.rejects(
    exportBatch({ ids: ['A1'], folder: 'exports', format: 'pdf' }, () => article('A1', '', ''), async () => 'x'),
    (e: Error & { code?: string }) => e.code === 'bad_request',
  );
});

test('a slug that is not letters, digits and hyphens never names a file', () => {
  assert.equal(baseNameFor(article('01ID', '../x', '')), '01ID');
  assert.equal(baseNameFor(article('01ID', 'رياضة-اليوم', '')), 'رياضة-اليوم');
});

test('export.html through the services carries the dialog page set-up into the print stylesheet', async () => {
  const { createServices } = await import('../../../electron/services/index');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qalam-export-html-'));
  const services = await createServices({ dbPath: path.join(dir, 'qalam.db') });
  try {
    const article = await services.handlers['articles.create']({
      meta: { headline: 'صدام حفتر في باريس', section: 'دولي' },
      body: [{ type: 'paragraph', children: [{ text: 'استقبل مسؤولو قصر الإليزيه نائب القائد العام في ٢٠٢٥.' }] }],
    });
    const plain = (await services.handlers['export.html']({ id: article.id })).html;
    assert.match(plain, /size:A4 portrait/);
    assert.match(plain, /@bottom-center/, 'folios by default');
    assert.match(plain, /@top-right\{content:"دولي"/, 'running head by default');
    const { html } = await services.handlers['export.html']({
      id: article.id,
      options: { paper: 'A3', columns: 2, margins: 'wide', header: false, pageNumbers: false, font: 'Noto Naskh Arabic', digits: 'latn' },
    });
    assert.match(html, /size:A3 portrait/);
    assert.match(html, /margin:28mm 25mm 28mm 25mm/);
    assert.match(html, /column-count:2/);
    assert.doesNotMatch(html, /@bottom-center/);
    assert.doesNotMatch(html, /@top-right\{content:"دولي"/);
    assert.match(html, /font-family:'Noto Naskh Arabic'/);
    assert.match(html, /2025/, 'Latin digits in the text');
    assert.deepEqual(await htmlProblems(html), [], 'still valid HTML with every option changed');
    const fragment = (await services.handlers['export.html']({ id: article.id, fragment: true, options: { digits: 'latn' } })).html;
    assert.match(fragment, /^<article/);
    assert.match(fragment, /2025/);
  } finally {
    await services.close();
    await rm(dir, { recursive: true, force: true });
  }
});
