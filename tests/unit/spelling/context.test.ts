// Context slips (electron/common/spelling-context.ts): after قال and its forms «ان» is
// إنّ, after the other reporting verbs أنّ; a hamza-less or wrong-hamza word right after
// such a verb (or a verb and one definite subject) is flagged with the one correction,
// and everything else is left alone: the right forms, a colon or a longer subject
// between, a word that allows another reading, «بان», «أنا», names, sentence starts, and
// the whole sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contextSlipKey, contextSlips } from '../../../electron/common/spelling-context';

/** Each slip as [word, its correction]. */
const flagged = (text: string) => contextSlips(text).map((s) => [s.word, ...s.corrections]);
/** The sentences none of which may be flagged. */
const flaggedIn = (sentences: string[]) => sentences.filter((s) => contextSlips(s).length > 0);

test('after قال and its forms the hamza-less word is إن, إنه, إنها…', () => {
  assert.deepEqual(flagged('وقال ان الحكومة ستعلن الموازنة الأسبوع المقبل'), [['ان', 'إن']]);
  assert.deepEqual(flagged('وقالت انها ستترشح في الانتخابات البلدية'), [['انها', 'إنها']]);
  assert.deepEqual(flagged('وقالوا انهم لن يغادروا الساحة قبل تلبية مطالبهم'), [['انهم', 'إنهم']]);
  assert.deepEqual(flagged('فقال انه لم يتلق أي إخطار'), [['انه', 'إنه']]);
  assert.deepEqual(flagged('وتقول اننا ننتظر منذ أشهر'), [['اننا', 'إننا']]);
  assert.deepEqual(flagged('وغادر القاعة قائلًا ان الجلسة انتهت'), [['ان', 'إن']]);
  assert.deepEqual(flagged('ونقل عنه قوله انهما اتفقا على التهدئة'), [['انهما', 'إنهما']]);
});

test('after the other reporting verbs it is أن, أنه, أنها…', () => {
  assert.deepEqual(flagged('وأكد ان الوزارة ستواصل دعم المزارعين'), [['ان', 'أن']]);
  assert.deepEqual(flagged('وأضاف انه سيزور المنطقة الأسبوع المقبل'), [['انه', 'أنه']]);
  assert.deepEqual(flagged('وأوضحت انها لم تتلق أي شكوى'), [['انها', 'أنها']]);
  assert.deepEqual(flagged('يذكر ان المدينة شهدت احتجاجات مماثلة العام الماضي'), [['ان', 'أن']]);
  assert.deepEqual(flagged('واعتبر ان القرار يمثل خطوة إلى الوراء'), [['ان', 'أن']]);
  assert.deepEqual(flagged('ويرى مراقبون ان الاتفاق هش، فيما يرى ان بعضهم متفائل'), [['ان', 'أن']]);
  assert.deepEqual(flagged('مؤكدًا انها ستبقى مفتوحة'), [['انها', 'أنها']]);
  assert.deepEqual(flagged('وكشفت المصادر ان العقد وقع، وكشفت ان الصفقة أبرمت'), [['ان', 'أن'], ['ان', 'أن']]);
  assert.deepEqual(flagged('وبيّن ان العمل سيستأنف غدًا'), [['ان', 'أن']]);
});

test('the verb written without its hamza is matched too', () => {
  assert.deepEqual(flagged('واكد ان الوزارة ستواصل'), [['ان', 'أن']]);
  assert.deepEqual(flagged('واعلن انه سيستقيل'), [['انه', 'أنه']]);
  assert.deepEqual(flagged('واوضح ان الأسعار سترتفع، واضاف انها لن تنخفض'), [['ان', 'أن'], ['انها', 'أنها']]);
  assert.deepEqual(flagged('وقايلا ان الأمر انتهى'), [['ان', 'إن']]);
});

test('أشار and the verbs like it take أن after إلى (or الى), شدد after على', () => {
  assert.deepEqual(flagged('وأشار الى انه لم يتلق أي دعوة رسمية'), [['انه', 'أنه']]);
  assert.deepEqual(flagged('وأشارت إلى ان المفاوضات متوقفة'), [['ان', 'أن']]);
  assert.deepEqual(flagged('مشيرًا إلى ان الوفد سيصل مساء اليوم'), [['ان', 'أن']]);
  assert.deepEqual(flagged('وتجدر الإشارة إلى ان الطريق مغلق'), [['ان', 'أن']]);
  assert.deepEqual(flagged('وشدد على ان الحوار هو السبيل الوحيد'), [['ان', 'أن']]);
  // إلى after a verb that does not take it, or a verb that takes it with nothing between.
  assert.deepEqual(flagged('وقال إلى ان يحين الموعد'), []);
  assert.deepEqual(flagged('وسافر الى ان انتهت الحرب'), []);
});

test('the wrong hamza is a slip too: قال أن → إن, أكد إن → أن', () => {
  assert.deepEqual(flagged('وقال أن الحكومة ستعلن الموازنة'), [['أن', 'إن']]);
  assert.deepEqual(flagged('وقالت أنها لم تتلق أي دعوة'), [['أنها', 'إنها']]);
  assert.deepEqual(flagged('وأكد إن الوزارة ستواصل دعم المزارعين'), [['إن', 'أن']]);
  assert.deepEqual(flagged('وأشار إلى إنه سيعود'), [['إنه', 'أنه']]);
});

test('the correction keeps the word as written but its first letter: tashkeel, tatweel', () => {
  assert.deepEqual(flagged('وقال انّه سيعود'), [['انّه', 'إنّه']]);
  assert.deepEqual(flagged('وأكد انـهـا ستعود'), [['انـهـا', 'أنـهـا']]);
  assert.deepEqual(flagged('وَقَالَ انَّ الحكومةَ ستعلن'), [['انَّ', 'إنَّ']]);
});

test('offsets, the verb it follows and the span the verdict rests on', () => {
  const text = 'في المؤتمر الصحفي وأشار الى انه سيعود';
  const [slip] = contextSlips(text);
  assert.ok(slip);
  assert.equal(text.slice(slip.start, slip.end), 'انه');
  assert.equal(slip.cue, 'وأشار الى');
  assert.equal(text.slice(slip.span.start, slip.span.end), 'وأشار الى انه سيعود');
  assert.equal(contextSlipKey(slip), contextSlipKey({ cue: 'واشار إلى', word: 'انه' }));
});

test('a number or a quote may follow the word', () => {
  assert.deepEqual(flagged('وقال ان 20 شخصًا أصيبوا'), [['ان', 'إن']]);
  assert.deepEqual(flagged('وقال ان ٢٠ شخصًا أصيبوا'), [['ان', 'إن']]);
  assert.deepEqual(flagged('وقال ان «الحكومة لن تتراجع»'), [['ان', 'إن']]);
});

test('the right forms are not flagged', () => {
  assert.deepEqual(
    flaggedIn([
      'وقال إن الحكومة ستعلن الموازنة',
      'وقالت إنها ستترشح',
      'وأكد أن الوزارة ستواصل دعم المزارعين',
      'وأكدت أنها لم تتلق أي شكوى',
      'وأشار إلى أنه لم يتلق أي دعوة',
      'وقالَ إنّه سيعود',
      'وشدد على أن الحوار هو السبيل',
    ]),
    [],
  );
});

test('one definite subject between the verb and the word: the verb still decides', () => {
  assert.deepEqual(flagged('وقال الوزير ان الحكومة ستعلن الموازنة'), [['ان', 'إن']]);
  assert.deepEqual(flagged('وقالت الوزارة انها لم تتلق أي شكوى'), [['انها', 'إنها']]);
  assert.deepEqual(flagged('وأكد المتحدث ان الوزارة ستواصل دعم المزارعين'), [['ان', 'أن']]);
  assert.deepEqual(flagged('وكشفت المصادر انه غادر البلاد'), [['انه', 'أنه']]);
  assert.deepEqual(flagged('وأشار التقرير إلى ان الأسعار ارتفعت'), [['ان', 'أن']]);
  assert.deepEqual(flagged('واكد الوزير أن الوزارة، وقال الوزير أن الحكومة'), [['أن', 'إن']]);
  const [slip] = contextSlips('وقال الوزير ان الحكومة ستعلن');
  assert.equal(slip!.cue, 'وقال الوزير');
});

test('a colon, a comma, a quote, a longer subject or a line between verb and word: not flagged', () => {
  assert.deepEqual(
    flaggedIn([
      'وقال: إن الحكومة ستعلن الموازنة',
      'وقال: ان الحكومة ستعلن الموازنة',
      'وقال: "ان الحكومة ستعلن الموازنة"',
      'وقال «ان الحكومة ستعلن الموازنة»',
      'وقال، ان الحكومة ستعلن الموازنة',
      'وأكد رئيس الوزراء ان الحكومة ستعلن الموازنة',
      'وقال الوزير: ان الحكومة ستعلن الموازنة',
      'وقال الوزير، ان الحكومة ستعلن الموازنة',
      'وقال الذي ان الحكومة ستعلن الموازنة',
      'وقال الآن ان الحكومة ستعلن الموازنة',
      'وقال وزير ان الحكومة ستعلن الموازنة',
      'وقال الوزير إن الحكومة ستعلن، وأكد الوزير أن الموازنة جاهزة',
      'وقال الوزير ان كان ذلك ممكنًا',
      'ودخل الوزير ان الحكومة ستعلن الموازنة',
      'وأعرب عن اعتقاده ان الأزمة ستنتهي',
      'وقال\nان الحكومة ستعلن الموازنة',
    ]),
    [],
  );
});

test('a word after it that allows إنْ or آن: not flagged', () => {
  assert.deepEqual(
    flaggedIn([
      'ولم يوضح ان كان الوزير سيحضر الجلسة',
      'ولم يذكر ان كانت الشحنة قد وصلت',
      'وقال ان شاء الله سنعود',
      'وقال ان الاوان قد حان',
      'وقال آن الأوان لإنهاء الحرب',
      'وأكد ان لم يكن اليوم فغدًا',
      'وقال ان ذاك زمن مضى',
    ]),
    [],
  );
});

test('no verb before it, or not a reporting verb: not flagged', () => {
  assert.deepEqual(
    flaggedIn([
      'ان الحكومة ستعلن الموازنة الأسبوع المقبل',
      'انه يوم حزين للمدينة',
      'وعلى الرغم من ان الحكومة وعدت بالإصلاح',
      'وبما ان الجلسة انتهت فقد غادر',
      'وذهب ان يزور أهله',
      'من آن لآخر تنقطع الكهرباء بين ان واخر',
      'وسافر ان لم يجد عملًا',
      'وقال وزير الخارجية ان',
      'وقال ان',
      'وقال ان.',
    ]),
    [],
  );
});

test('بان, أنا, other words and names that start like ان: not flagged', () => {
  assert.deepEqual(
    flaggedIn([
      'وبان الفرق بين الفريقين في الشوط الثاني',
      'وقال بان الحكومة ستعلن الموازنة',
      'وأكد بأن الوزارة ستواصل دعم المزارعين',
      'وقال انا لا أعرف شيئًا عن الأمر',
      'وقال أنا لا أعرف شيئًا',
      'وقال انة طويلة خرجت منه',
      'وقال انى لهم ذلك',
      'وقال أنس بن مالك في الحديث',
      'وقال انور السادات في خطابه',
      'وأكد أنطونيو غوتيريش، ان الأزمة عميقة',
      'وقالت آنا ليند في تصريح',
      'وأعلن انتهاء المهلة',
      'وقال انتظروا قليلًا',
      'وقال علي ان الخطة جاهزة',
    ]),
    [],
  );
});

test('بين without its shadda is "between": not a verb', () => {
  assert.deepEqual(flagged('وفرق بين ان تقول وان تفعل'), []);
  assert.deepEqual(flagged('وبيّن ان الفرق كبير'), [['ان', 'أن']]);
});

test('the sample article: nothing is flagged', () => {
  const article = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
  assert.deepEqual(contextSlips(article), []);
});

test('first-person forms: اننا، انني، اني, but never انا', () => {
  assert.deepEqual(flagged('وقالت انني لم أتلق أي دعوة'), [['انني', 'إنني']]);
  assert.deepEqual(flagged('وأكدوا اننا سنعود'), [['اننا', 'أننا']]);
  assert.deepEqual(flagged('وقال اني لم أتلق أي دعوة'), [['اني', 'إني']]);
  assert.deepEqual(flagged('وقال انا سأعود'), []);
});
