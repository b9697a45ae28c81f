// The export dialog's choices ↔ the contract's requests and the remembered settings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contract } from '../../../electron/common/contract';
import { settingsPatchSchema } from '../../../electron/common/settings';
import {
  exportCallFor,
  fileNameFor,
  initialChoice,
  pointsToMm,
  previewCallFor,
  previewKey,
  showDigits,
  toDefaults,
} from '../../../renderer/export/options';

const ID = '01J9ZQ4XKQ6M3V2T8R5N0B7C1D';

test('a first export starts on A4, normal margins, one column, Arabic-Indic digits, Amiri, head and folios on', () => {
  assert.deepEqual(initialChoice(undefined), {
    format: 'pdf',
    paper: 'A4',
    margins: 'normal',
    columns: 1,
    digits: 'arab',
    font: 'Amiri',
    header: true,
    pageNumbers: true,
  });
});

test('remembered choices come back; a value this version does not know falls back to the defaults', () => {
  const back = initialChoice({ format: 'html', paper: 'Tabloid', columns: 2, digits: 'latn', header: false });
  assert.equal(back.format, 'html');
  assert.equal(back.paper, 'Tabloid');
  assert.equal(back.columns, 2);
  assert.equal(back.digits, 'latn');
  assert.equal(back.header, false);
  assert.equal(back.font, 'Amiri');
  // Written by some other version: five columns, a paper we do not print on.
  assert.deepEqual(initialChoice({ paper: 'B5', columns: 5 }), initialChoice(undefined));
});

test('what is remembered is valid settings and round-trips to the same choice', () => {
  const choice = { ...initialChoice(undefined), format: 'fragment' as const, paper: 'A3' as const, columns: 3 as const, font: 'Noto Naskh Arabic' as const };
  const defaults = toDefaults(choice);
  assert.ok(settingsPatchSchema.safeParse({ exportDefaults: defaults }).success);
  assert.deepEqual(initialChoice(defaults), choice);
});

test('PDF: export.pdf with every page option, accepted by the contract', () => {
  const choice = { ...initialChoice(undefined), paper: 'Letter' as const, margins: 'wide' as const, columns: 2 as const, pageNumbers: false };
  const call = exportCallFor(ID, choice);
  assert.equal(call.channel, 'export.pdf');
  assert.deepEqual(call.request, {
    id: ID,
    options: { paper: 'Letter', margins: 'wide', columns: 2, digits: 'arab', font: 'Amiri', header: true, pageNumbers: false },
  });
  assert.ok(contract['export.pdf'].request.safeParse(call.request).success);
});

test('standalone HTML: export.html with the page set-up it prints with; the fragment carries digits only', () => {
  const html = exportCallFor(ID, { ...initialChoice(undefined), format: 'html', columns: 3 });
  assert.equal(html.channel, 'export.html');
  assert.equal((html.request as { fragment?: boolean }).fragment, undefined);
  assert.equal(html.request.options?.columns, 3);
  const fragment = exportCallFor(ID, { ...initialChoice(undefined), format: 'fragment', digits: 'latn', columns: 3 });
  assert.deepEqual(fragment, { channel: 'export.html', request: { id: ID, fragment: true, options: { digits: 'latn' } } });
  for (const call of [html, fragment]) assert.ok(contract['export.html'].request.safeParse(call.request).success);
});

test('the preview of standalone HTML is the PDF of the same set-up (the HTML prints with that stylesheet)', () => {
  const choice = { ...initialChoice(undefined), format: 'html' as const, paper: 'A3' as const };
  assert.deepEqual(previewCallFor(ID, choice), exportCallFor(ID, { ...choice, format: 'pdf' }));
  assert.equal(previewCallFor(ID, { ...choice, format: 'fragment' }).channel, 'export.html');
});

test('the preview is asked for again only when something it shows changed', () => {
  const a = initialChoice(undefined);
  assert.equal(previewKey(ID, a), previewKey(ID, { ...a }));
  assert.notEqual(previewKey(ID, a), previewKey(ID, { ...a, paper: 'A3' }));
  // PDF and standalone HTML show the same pages.
  assert.equal(previewKey(ID, a), previewKey(ID, { ...a, format: 'html' }));
  // A fragment has no pages: paper does not change it.
  assert.equal(previewKey(ID, { ...a, format: 'fragment' }), previewKey(ID, { ...a, format: 'fragment', paper: 'A3' }));
});

test('files are named from the slug, else the id; the fragment says what it is', () => {
  const withSlug = { id: ID, meta: { slug: 'حفتر-باريس' } };
  assert.equal(fileNameFor(withSlug, 'pdf'), 'حفتر-باريس.pdf');
  assert.equal(fileNameFor(withSlug, 'html'), 'حفتر-باريس.html');
  assert.equal(fileNameFor(withSlug, 'fragment'), 'حفتر-باريس.fragment.html');
  assert.equal(fileNameFor({ id: ID, meta: { slug: '' } }, 'pdf'), `${ID}.pdf`);
  assert.equal(fileNameFor({ id: ID, meta: { slug: '../../etc/passwd' } }, 'pdf'), `${ID}.pdf`);
});

test('paper sizes read in millimetres and in the chosen digits', () => {
  assert.deepEqual([pointsToMm(595), pointsToMm(842)], [210, 297]);
  assert.deepEqual([pointsToMm(612), pointsToMm(792)], [216, 279]);
  assert.equal(showDigits(297, 'arab'), '٢٩٧');
  assert.equal(showDigits(297, 'latn'), '297');
});
