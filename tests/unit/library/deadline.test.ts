// The deadline fields' arithmetic: what counts as a whole, real date, stepping with the
// arrows, and parts shown in the chosen digits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkParts, EMPTY_PARTS, isOverdue, partsFromIso, stepPart, tidyPart } from '../../../renderer/inspector/deadline';

const parts = (day: string, month: string, year: string, hour: string, minute: string) => ({ day, month, year, hour, minute });

test('whole and real dates only: empty clears, half-typed waits, impossible is refused', () => {
  assert.deepEqual(checkParts(EMPTY_PARTS), { kind: 'empty' });
  assert.deepEqual(checkParts(parts('٣', '12', '', '', '')), { kind: 'incomplete' });
  assert.deepEqual(checkParts(parts('٣١', '11', '٢٠٢٦', '٩', '٠')), { kind: 'invalid', daysInMonth: 30 });
  assert.deepEqual(checkParts(parts('29', '2', '2027', '9', '0')), { kind: 'invalid', daysInMonth: 28 });
  assert.equal(checkParts(parts('29', '2', '2028', '9', '0')).kind, 'ok', 'a leap year has 29 February');
  assert.equal(checkParts(parts('1', '1', '2026', '24', '0')).kind, 'invalid');
  assert.equal(checkParts(parts('1', '1', '2026', '23', '60')).kind, 'invalid');
  assert.equal(checkParts(parts('أ', '1', '2026', '1', '0')).kind, 'invalid');
  assert.deepEqual(checkParts(parts('٣', '12', '٢٠٢٦', '١٦', '٠٥')), { kind: 'ok', iso: new Date(2026, 11, 3, 16, 5).toISOString() });
});

test('parts round-trip through ISO in the chosen digits; arrows step within range', () => {
  const iso = new Date(2026, 11, 3, 7, 5).toISOString();
  assert.deepEqual(partsFromIso(iso, 'arab'), parts('٣', '12', '٢٠٢٦', '٠٧', '٠٥'));
  assert.deepEqual(partsFromIso(iso, 'latn'), parts('3', '12', '2026', '07', '05'));
  assert.deepEqual(checkParts(partsFromIso(iso, 'arab')), { kind: 'ok', iso });
  assert.equal(stepPart('minute', '٥٩', 1, 'arab'), '٥٩');
  assert.equal(stepPart('hour', '٠٩', 1, 'arab'), '١٠');
  assert.equal(stepPart('day', '1', -1, 'latn'), '1');
  assert.equal(tidyPart('hour', '9', 'arab'), '٠٩');
  assert.equal(tidyPart('day', 'x', 'arab'), 'x', 'what cannot be read is left for the message');
});

test('overdue: past the deadline and not yet published', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  assert.equal(isOverdue('2026-11-29T11:00:00Z', 'editing', now), true);
  assert.equal(isOverdue('2026-11-29T13:00:00Z', 'editing', now), false);
  assert.equal(isOverdue('2026-11-29T11:00:00Z', 'published', now), false);
  assert.equal(isOverdue(undefined, 'draft', now), false);
});
