// «تنقيح النص» for the header fields: the one replacement a field gets (so one Ctrl+Z
// takes it back), where the caret goes, the field's report, and how the body's tidy
// names a header field it left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldTidyNotice, headerFieldsToTidy, planFieldTidy } from '../../../renderer/editor/commands/tidy-field';
import { tidyNotice } from '../../../renderer/editor/commands/tidy';

const WIRE = 'عاجل : الخارجية ,تعلن زيارة الوزير';
const TIDIED = 'عاجل: الخارجية، تعلن زيارة الوزير';

const applied = (text: string, plan: NonNullable<ReturnType<typeof planFieldTidy>>) => text.slice(0, plan.start) + plan.insert + text.slice(plan.end);

test('a wire headline is tidied by one replacement, from its first fix to its last', () => {
  const plan = planFieldTidy(WIRE)!;
  assert.equal(applied(WIRE, plan), TIDIED);
  // «عاجل» and «تعلن زيارة الوزير» are outside it: the replacement is the changed stretch.
  assert.equal(WIRE.slice(0, plan.start), 'عاجل');
  assert.equal(WIRE.slice(plan.end), 'تعلن زيارة الوزير');
  assert.equal(plan.fixes, 2);
});

test('a clean field has nothing to replace', () => {
  assert.equal(planFieldTidy('الخارجية تعلن زيارة الوزير إلى باريس'), null);
  assert.equal(planFieldTidy(''), null);
});

test('a selection is tidied alone: what lies outside it keeps its slips', () => {
  const plan = planFieldTidy(WIRE, 0, 6)!; // «عاجل :»
  assert.equal(applied(WIRE, plan), 'عاجل: الخارجية ,تعلن زيارة الوزير');
  assert.equal(plan.fixes, 1);
  // The selection's end moves back by the space taken out.
  assert.equal(plan.map(6), 5);
});

test('a fix that only takes characters out (kashida) replaces them with nothing', () => {
  const text = 'وصف الخطوة بأنها مهمـــة';
  const plan = planFieldTidy(text)!;
  assert.equal(plan.insert, '');
  assert.equal(applied(text, plan), 'وصف الخطوة بأنها مهمة');
});

test('the caret stays by its word: before the fixes unmoved, after them shifted, inside a removed run at its end', () => {
  const plan = planFieldTidy(WIRE)!;
  assert.equal(plan.map(2), 2); // inside «عاجل»
  assert.equal(plan.map(WIRE.length), TIDIED.length);
  const zayara = WIRE.indexOf('زيارة');
  assert.equal(plan.map(zayara), TIDIED.indexOf('زيارة'));
  assert.equal(plan.map(5), 4); // just after the space that went: where the colon now is
});

test('a field names itself in its report, feminine for المقدمة, in both languages', () => {
  assert.equal(fieldTidyNotice('headline', 2, 'ar', 'arab', 'article'), 'نُقّح العنوان: تصحيحان');
  assert.equal(fieldTidyNotice('standfirst', 3, 'ar', 'arab', 'article'), 'نُقّحت المقدمة: ٣ تصحيحات');
  assert.equal(fieldTidyNotice('standfirst', 0, 'ar', 'arab', 'article'), 'لا تحتاج المقدمة إلى تنقيح');
  assert.equal(fieldTidyNotice('kicker', 0, 'ar', 'arab', 'article'), 'لا يحتاج العنوان التمهيدي إلى تنقيح');
  assert.equal(fieldTidyNotice('headline', 1, 'en', 'latn', 'article'), 'Headline tidied: 1 fix');
  assert.equal(fieldTidyNotice('standfirst', 0, 'en', 'latn', 'article'), 'The standfirst needs no tidying');
  // A selection in a field is «the selection», as in the body.
  assert.equal(fieldTidyNotice('headline', 1, 'ar', 'arab', 'selection'), 'نُقّح النص المحدَّد: تصحيح واحد');
});

test('the header fields a tidy would change, in page order', () => {
  assert.deepEqual(headerFieldsToTidy({ kicker: 'عاجل', headline: WIRE, standfirst: 'قال الوزير ,إن المحادثات مستمرة' }), ['headline', 'standfirst']);
  assert.deepEqual(headerFieldsToTidy({ kicker: '', headline: TIDIED, standfirst: '' }), []);
});

test('the body tidy of the whole article names the header fields left to tidy', () => {
  assert.equal(tidyNotice(3, 'ar', 'arab', 'article', ['headline']), 'نُقّح النص: ٣ تصحيحات، والعنوان يحتاج إلى تنقيح');
  assert.equal(tidyNotice(0, 'ar', 'arab', 'article', ['standfirst']), 'لا يحتاج النص إلى تنقيح، والمقدمة تحتاج إلى تنقيح');
  assert.equal(tidyNotice(2, 'ar', 'arab', 'article', ['kicker', 'headline', 'standfirst']), 'نُقّح النص: تصحيحان، وفي العنوان التمهيدي والعنوان والمقدمة ما يحتاج إلى تنقيح');
  assert.equal(tidyNotice(3, 'en', 'latn', 'article', ['headline']), 'Text tidied: 3 fixes; the headline needs tidying');
  assert.equal(tidyNotice(1, 'en', 'latn', 'article', ['headline', 'standfirst']), 'Text tidied: 1 fix; the headline and standfirst need tidying');
  assert.equal(tidyNotice(3, 'en', 'latn', 'article', ['kicker', 'headline', 'standfirst']), 'Text tidied: 3 fixes; the kicker, headline and standfirst need tidying');
  // None to name: the report as before.
  assert.equal(tidyNotice(3, 'ar', 'arab', 'article', []), 'نُقّح النص: ٣ تصحيحات');
});
