import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeForSearch, normalizeWithMap } from '../../../electron/common/arabic/normalize';
import { applyDigits, formatNumber, numberForField, toArabicIndicDigits, toLatinDigits, typedDigits } from '../../../electron/common/arabic/digits';

test('hamza seats meet: مسئول and مسؤول normalize alike', () => {
  assert.equal(normalizeForSearch('مسئول'), normalizeForSearch('مسؤول'));
});

test('alef forms fold to bare alef', () => {
  for (const w of ['أحمد', 'إحمد', 'آحمد', 'ٱحمد']) assert.equal(normalizeForSearch(w), 'احمد');
});

test('tashkeel, superscript alef and tatweel are dropped', () => {
  assert.equal(normalizeForSearch('مُحَمَّدٌ'), 'محمد');
  assert.equal(normalizeForSearch('الرحمٰن'), 'الرحمن');
  assert.equal(normalizeForSearch('العـــربية'), normalizeForSearch('العربية'));
});

test('alef maqsura folds to ya; ta marbuta to ha unless turned off', () => {
  assert.equal(normalizeForSearch('مستشفى'), 'مستشفي');
  assert.equal(normalizeForSearch('مدرسة'), 'مدرسه');
  assert.equal(normalizeForSearch('مدرسة', { foldTaMarbuta: false }), 'مدرسة');
});

test('Arabic-Indic and Persian digits become ASCII; Latin folds case', () => {
  assert.equal(normalizeForSearch('عام ٢٠٢٦ و۲۰۲۶ PARIS'), 'عام 2026 و2026 paris');
});

test('the map sends every normalized character back to its original', () => {
  const src = 'قَالَ الـمسئولُ';
  const { text, map } = normalizeWithMap(src);
  assert.equal(text, 'قال المسءول');
  assert.equal(map.length, text.length + 1);
  for (let i = 0; i < text.length; i++) {
    assert.equal(normalizeForSearch(src[map[i]!]!), text[i]);
  }
  assert.equal(map[text.length], src.length);
});

test('digits render in the chosen style and round-trip', () => {
  assert.equal(toArabicIndicDigits('صفحة 3 من 12'), 'صفحة ٣ من ١٢');
  assert.equal(toLatinDigits('صفحة ٣ من ١٢'), 'صفحة 3 من 12');
  assert.equal(applyDigits('2026', 'arab'), '٢٠٢٦');
  assert.equal(formatNumber(1234567, 'arab'), '١٬٢٣٤٬٥٦٧');
  assert.equal(formatNumber(1234567, 'latn'), '1,234,567');
});

test('a number in a text field is shown ungrouped in the chosen digits and read back from either', () => {
  assert.equal(numberForField(3600, 'arab'), '٣٦٠٠');
  assert.equal(numberForField(1_000_000, 'latn'), '1000000');
  assert.equal(typedDigits('٣٬٦٠٠ '), '3600');
  assert.equal(typedDigits('۹۰'), '90');
  assert.equal(typedDigits('1,000 000'), '1000000');
  assert.equal(typedDigits('١٢ب'), '12ب');
});
