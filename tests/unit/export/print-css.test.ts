import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssString, MARGIN_PRESETS, printCss, resolveMargins } from '../../../electron/common/serialize/print-css';
import { QalamError } from '../../../electron/common/errors';

test('@page takes the paper size and the margins in millimetres', () => {
  for (const paper of ['A4', 'A3', 'Letter', 'Tabloid'] as const) {
    assert.match(printCss({ paper }), new RegExp(`@page\\{size:${paper} portrait;margin:22mm 18mm 22mm 18mm;`));
  }
  assert.match(printCss({ paper: 'A4', margins: 'narrow' }), /margin:16mm 12mm 16mm 12mm;/);
  assert.match(printCss({ paper: 'A4', margins: 10 }), /margin:10mm 10mm 10mm 10mm;/);
  assert.match(printCss({ paper: 'A4', margins: { right: 30 } }), /margin:22mm 30mm 22mm 18mm;/);
});

test('margins, columns, paper and size out of range are refused with a clear error', () => {
  for (const bad of [-1, Number.NaN, 500]) {
    assert.throws(() => resolveMargins(bad), (e: unknown) => e instanceof QalamError && e.code === 'invalid' && /margins\.top/.test(e.detail!));
  }
  assert.throws(() => resolveMargins('huge' as never), /margins: huge/);
  assert.throws(() => printCss({ paper: 'A5' as never }), /paper: A5/);
  assert.throws(() => printCss({ paper: 'A4', columns: 4 as never }), /columns: 4/);
  assert.throws(() => printCss({ paper: 'A4', fontSizePt: 2 }), /fontSizePt/);
  assert.deepEqual(resolveMargins(undefined), MARGIN_PRESETS.normal);
});

test('page numbers read "صفحة N من M" in the chosen digits, through margin boxes', () => {
  assert.match(printCss({ paper: 'A4' }), /@bottom-center\{content:"صفحة " counter\(page, arabic-indic\) " من " counter\(pages, arabic-indic\)/);
  assert.match(printCss({ paper: 'A4', digits: 'latn' }), /counter\(page, decimal\) " من " counter\(pages, decimal\)/);
  assert.doesNotMatch(printCss({ paper: 'A4', pageNumbers: false }), /@bottom-center/);
});

test('running head: section at the right, date at the left, none on the first page', () => {
  const css = printCss({ paper: 'A4', header: { section: 'شؤون دولية', date: '٢٩ نوفمبر ٢٠٢٦' }, fontFamily: 'Amiri' });
  assert.match(css, /@top-right\{content:"شؤون دولية";font-family:"Amiri", serif;/);
  assert.match(css, /@top-left\{content:"٢٩ نوفمبر ٢٠٢٦";/);
  assert.match(css, /@page :first\{@top-right\{content:none\}/);
  assert.doesNotMatch(printCss({ paper: 'A4', header: false }), /@top-right\{content:"/);
});

test('columns: the body flows in 1–3 columns and the header (headline, standfirst) spans them', () => {
  assert.match(printCss({ paper: 'A4' }), /column-count:1;/);
  const css = printCss({ paper: 'A3', columns: 3 });
  assert.match(css, /article\{[^}]*column-count:3;/);
  assert.match(css, /article>header\{column-span:all;/);
});

test('pagination rules: headings kept with what follows, figures and rows whole, header rows repeated', () => {
  const css = printCss({ paper: 'A4' });
  assert.match(css, /h2,h3\{break-after:avoid;break-inside:avoid;/);
  assert.match(css, /figure\{break-inside:avoid;/);
  assert.match(css, /blockquote,li,tr\{break-inside:avoid\}/);
  assert.match(css, /thead\{display:table-header-group\}/);
  assert.match(css, /p\{widows:3;orphans:3;/);
});

test('a section name cannot end the string, the rule or the <style> element', () => {
  const evil = '"}</style><script>alert(1)</script>\\';
  const literal = cssString(evil);
  assert.doesNotMatch(literal, /[<>]/);
  assert.equal(literal.slice(1, -1).includes('"'), false);
  assert.equal(literal, '"\\22 }\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\5c "');
  const css = printCss({ paper: 'A4', header: { section: evil } });
  assert.doesNotMatch(css, /<\/style/i);
  assert.equal(cssString('سطر\nثان'), '"سطر\\a ثان"');
});
