import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textLang } from '../../../electron/common/arabic/script';

test('Arabic headlines, sections and bylines are Arabic, whatever comes before their first letter', () => {
  assert.equal(textLang('صدام حفتر يجري مباحثات مع مسؤولين فرنسيين'), 'ar');
  assert.equal(textLang('دولي'), 'ar');
  assert.equal(textLang('«فاطمة الزهراء»'), 'ar');
  assert.equal(textLang('٢٠٢٧: البرلمان يناقش الموازنة'), 'ar');
  assert.equal(textLang('2027 موازنة'), 'ar');
});

test('the first letter decides, as dir="auto" does: a Latin-led title is left to the page', () => {
  assert.equal(textLang('BBC: مراسلنا في باريس'), undefined);
  assert.equal(textLang('Arabic-Indic (١٢٣)'), undefined);
  assert.equal(textLang('Budget 2027'), undefined);
});

test('text without letters has no language of its own', () => {
  assert.equal(textLang(''), undefined);
  assert.equal(textLang('١٢٣ — 45'), undefined);
});
