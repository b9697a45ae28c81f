// The Arabic slip candidates, the slip-weighted cost that ranks suggestions, and the
// ranking itself: pure, no Hunspell (suggestions.test.ts checks them over the real
// dictionary).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicCandidates, MAX_CANDIDATES } from '../../../electron/common/spelling-candidates';
import { arabicEditCost, SLIP_COST } from '../../../electron/common/spelling-cost';
import { rankArabicSuggestions } from '../../../electron/common/spelling-rank';

const costOf = (typed: string, intended: string) => arabicCandidates(typed).find((c) => c.word === intended)?.cost;

test('each common slip of an Arabic typist is undone by one cheap candidate', () => {
  const slips: [typed: string, intended: string][] = [
    ['اعلن', 'أعلن'], // hamza seat on alef
    ['الإنتخابات', 'الانتخابات'],
    ['الرءيس', 'الرئيس'], // ء ؤ ئ
    ['الموتمر', 'المؤتمر'], // hamza left off its seat
    ['الطواريء', 'الطوارئ'], // يء for ئ
    ['المسؤلين', 'المسؤولين'], // ؤ without its و
    ['العلما', 'العلماء'], // final hamza dropped
    ['الحكومه', 'الحكومة'], // ta marbuta without its dots
    ['فية', 'فيه'],
    ['التى', 'التي'], // alef maqsura and ya
    ['الأقصي', 'الأقصى'],
    ['اللتي', 'التي'], // doubled letter
    ['الغة', 'اللغة'], // one of a doubled pair dropped
    ['البرلمن', 'البرلمان'], // long vowel dropped
    ['المجمتع', 'المجتمع'], // neighbours swapped
    ['النضام', 'النظام'], // ض for ظ
  ];
  for (const [typed, intended] of slips) {
    const cost = costOf(typed, intended);
    assert.ok(cost !== undefined && cost <= SLIP_COST.swapped, `${typed} → ${intended}: ${cost}`);
  }
});

test('two cheap slips in one word are undone together, and a missing space after a letter that does not join', () => {
  assert.ok((costOf('الامريكيه', 'الأمريكية') ?? 9) < 1);
  assert.ok((costOf('اخري', 'أخرى') ?? 9) < 1);
  assert.equal(costOf('وزارةالخارجية', 'وزارة الخارجية'), SLIP_COST.space);
});

test('tashkeel and tatweel are no part of a candidate', () => {
  const plain = arabicCandidates('الحكومه').map((c) => c.word);
  assert.deepEqual(arabicCandidates('الحُكومـــه').map((c) => c.word), plain);
  assert.equal(plain[0], 'الحكومة');
});

test('candidates are bounded, cheapest first, and never the typed word itself', () => {
  for (const word of ['الاستراتيجيات', 'الإنتخابات', 'وزارةالخارجية', 'فى']) {
    const candidates = arabicCandidates(word);
    assert.ok(candidates.length > 0 && candidates.length <= MAX_CANDIDATES, `${word}: ${candidates.length}`);
    assert.ok(candidates.every((c, i) => i === 0 || candidates[i - 1]!.cost <= c.cost), word);
    assert.ok(!candidates.some((c) => c.word === word), word);
  }
});

test('the slip cost puts the Arabic slip before a changed letter', () => {
  // Hunspell offered these first; an Arabic editor means the second of each pair.
  const pairs: [typed: string, hunspellFirst: string, meant: string][] = [
    ['المسؤلين', 'المسيلين', 'المسؤولين'],
    ['اللتي', 'للتي', 'التي'],
    ['ابريل', 'أبزيل', 'أبريل'],
    ['المتحددة', 'المتجددة', 'المتحدة'],
    ['ماساة', 'ماساه', 'مأساة'],
    ['عنة', 'غنة', 'عنه'],
    ['الاقتصدي', 'لاقتصدي', 'الاقتصادي'],
  ];
  for (const [typed, other, meant] of pairs) {
    assert.ok(arabicEditCost(typed, meant) < arabicEditCost(typed, other), `${typed}: ${meant} ${arabicEditCost(typed, meant)} vs ${other} ${arabicEditCost(typed, other)}`);
  }
  assert.equal(arabicEditCost('الحكومة', 'الحكومة'), 0);
  assert.equal(arabicEditCost('كتب', 'كتم'), 1);
});

test('ranking: the cheapest slip first, Hunspell’s order between equals, far words and random splits dropped', () => {
  assert.deepEqual(
    rankArabicSuggestions('المسؤلين', ['المسيلين', 'المسلين', 'المسؤولين'], ['المسئولين'], 3),
    ['المسؤولين', 'المسئولين', 'المسيلين'],
  );
  // Two single hamza slips: Hunspell's order stands.
  assert.deepEqual(rankArabicSuggestions('الامن', ['الأمن', 'الآمن'], [], 6), ['الأمن', 'الآمن']);
  // A name Hunspell lacks: its suggestions were another word and a split at random.
  assert.deepEqual(rankArabicSuggestions('الإليزيه', ['الإلي زيه', 'لإليها'], [], 6), []);
  // A split after a letter that does not join, or after a particle, stays (last).
  assert.deepEqual(rankArabicSuggestions('وزارةالخارجية', ['وزارة الخارجية'], [], 6), ['وزارة الخارجية']);
  assert.deepEqual(rankArabicSuggestions('فيالعاصمة', ['فالعاصمة', 'في العاصمة'], [], 6), ['فالعاصمة', 'في العاصمة']);
  // But not where a half is a scrap of the word, even after a letter that does not join.
  assert.deepEqual(rankArabicSuggestions('الوزاره', ['الوزارة', 'الو زاره', 'الوز اره', 'الوزاري'], [], 6), ['الوزارة', 'الوزاري']);
  // The article with a hamza still goes where the plain form is offered.
  assert.deepEqual(rankArabicSuggestions('المباحثت', ['المباحثة', 'ألمباحثة', 'المباحثات'], [], 6), ['المباحثة', 'المباحثات']);
});
