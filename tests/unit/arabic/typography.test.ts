// «تنقيح النص»: the slips of agency copy fixed, and everything that only looks like one
// (English, addresses, numbers, times, an ellipsis, a Quranic kashida) left as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countFixes, tidyEdits, type TidyEdit } from '../../../electron/common/arabic/typography';

/** The text once the edits are applied (from the last, as the editor does). */
function tidy(text: string): string {
  const edits = tidyEdits(text);
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.count);
  return out;
}
const kinds = (text: string) => tidyEdits(text).map((e) => e.kind);

test('a Latin comma, semicolon and question mark after Arabic words become Arabic ones', () => {
  assert.equal(tidy('قال الوزير, إن المحادثات مستمرة; وأضاف: هل من جديد?'), 'قال الوزير، إن المحادثات مستمرة؛ وأضاف: هل من جديد؟');
  assert.deepEqual(kinds('قال الوزير, إن'), ['punctuation']);
});

test('a Latin comma typed after a space goes, space and all', () => {
  assert.equal(tidy('وصل الوفد إلى باريس , واستقبله المسؤولون'), 'وصل الوفد إلى باريس، واستقبله المسؤولون');
  assert.deepEqual(kinds('وصل الوفد , واستقبله'), ['space', 'punctuation']);
});

test('no space before ، ؛ ؟ : . ! and closing brackets in Arabic text, none after opening ones', () => {
  assert.equal(tidy('أكد المتحدث ، أن الاجتماع انتهى ؛ وسأل : متى الموعد ؟'), 'أكد المتحدث، أن الاجتماع انتهى؛ وسأل: متى الموعد؟');
  assert.equal(tidy('وقالت الأمم المتحدة ( الأونيسكو ) إن التقرير صدر .'), 'وقالت الأمم المتحدة (الأونيسكو) إن التقرير صدر.');
  assert.equal(tidy('وصف الاتفاق بأنه « تاريخي » بكل المقاييس !'), 'وصف الاتفاق بأنه «تاريخي» بكل المقاييس!');
  assert.equal(tidy('نص المادة [ الثالثة ] واضح'), 'نص المادة [الثالثة] واضح');
});

test('a space after ، ؛ ؟ ! : glued to the next Arabic word', () => {
  assert.equal(tidy('الرياض،القاهرة؛عمّان'), 'الرياض، القاهرة؛ عمّان');
  assert.equal(tidy('هل انتهت الأزمة؟لا أحد يعرف'), 'هل انتهت الأزمة؟ لا أحد يعرف');
  assert.equal(tidy('وأضاف:الوضع مستقر'), 'وأضاف: الوضع مستقر');
  assert.equal(tidy('يا للهول!كيف حدث ذلك'), 'يا للهول! كيف حدث ذلك');
});

test('runs of spaces, NBSPs and tabs inside a line become one space', () => {
  assert.equal(tidy('استقبل   مسؤولو قصر\u00A0 الإليزيه\tالوفد'), 'استقبل مسؤولو قصر الإليزيه الوفد');
  assert.equal(tidy('عشرة\u00A0\u00A0كيلومترات'), 'عشرة\u00A0كيلومترات', 'NBSPs alone stay one NBSP: they were meant to hold words together');
  assert.equal(tidy('عشرة\u00A0كيلومترات'), 'عشرة\u00A0كيلومترات');
  // At a leaf's edge a run keeps one space: the word beyond is in the neighbouring leaf.
  assert.equal(tidy('  قال الوزير  '), ' قال الوزير ');
});

test('kashida between letters goes; بـ، الـ and a Quranic kashida carrying a dagger alef stay', () => {
  assert.equal(tidy('الرئيـــس يستقبـل الوفـد'), 'الرئيس يستقبل الوفد');
  assert.deepEqual(kinds('الرئيـــس'), ['tatweel']);
  for (const kept of ['استبدل بـ', 'خلال الـ 100 يوم الأولى', 'بِسْمِ اللَّهِ الرَّحْمَـٰنِ الرَّحِيمِ', 'ـــ']) assert.deepEqual(tidyEdits(kept), [], kept);
});

test('straight and Word quotes paired around Arabic become guillemets', () => {
  assert.equal(tidy('وصف الوزير الاتفاق بأنه "خطوة تاريخية" وقال إن "الطريق طويل".'), 'وصف الوزير الاتفاق بأنه «خطوة تاريخية» وقال إن «الطريق طويل».');
  assert.equal(tidy('قال: \u201Dلن نتراجع\u201C'), 'قال: «لن نتراجع»');
  assert.equal(tidy('بعنوان " الطريق إلى السلام "'), 'بعنوان «الطريق إلى السلام»');
  assert.equal(tidy('بين "الخبر" و"الحدث"'), 'بين «الخبر» و«الحدث»');
  assert.deepEqual(kinds('بأنه "خطوة"'), ['quotes', 'quotes']);
});

test('quotes are left as typed when unpaired or around English', () => {
  for (const kept of ['قال "لن نتراجع', 'قال المتحدث "إن', 'نشرت "The Guardian" التقرير', 'قال"لن"']) assert.deepEqual(tidyEdits(kept), [], kept);
});

test('doubled ؟؟ !! ،، become one; ؟! , ... and the headline .. stay', () => {
  assert.equal(tidy('هل هذا معقول؟؟؟ لا!! مستحيل،، فعلًا'), 'هل هذا معقول؟ لا! مستحيل، فعلًا');
  assert.equal(tidy('ماذا بعد??'), 'ماذا بعد؟');
  assert.equal(tidy('قال ، ، إن'), 'قال، إن');
  assert.deepEqual(kinds('معقول؟؟'), ['repeat']);
  for (const kept of ['أحقًا؟!', 'وانتظر الجميع... ولم يأت أحد', 'تحركات عسكرية.. صدام حفتر يجري مباحثات']) assert.deepEqual(tidyEdits(kept), [], kept);
});

test('English, addresses, numbers and times are never touched', () => {
  const kept = [
    'The minister said, "We will not retreat; never." Why?',
    'Wow!! Really?? Yes , sure .',
    'للمزيد: https://example.com/news?id=5,6;x=ذلك',
    'المصدر: www.reuters.com/ar/مقال?a=1',
    'للتواصل: desk@qalam.example',
    'بلغ العدد 1,000 شخص بنسبة 3.5 في المئة',
    'تبدأ الجلسة الساعة 10:30 صباحًا',
    'منذ جائحة COVID-19 والاقتصاد يتعافى',
    'قال «الطريق طويل» ومضى',
    'أعلنت شركة Apple, Inc. نتائجها',
    'مرحبًا, John',
  ];
  for (const text of kept) assert.deepEqual(tidyEdits(text), [], text);
});

test('the reversed »…« some papers print is not taken for a closing guillemet', () => {
  assert.deepEqual(tidyEdits('وقال الرئيس »لن نتراجع« أمام الصحفيين'), []);
});

test('edits come in order and never overlap, each fix its own edit', () => {
  const edits: TidyEdit[] = tidyEdits('قال الوزير ,إن "الحل" قريـب  جدًا؟؟');
  for (let k = 1; k < edits.length; k++) assert.ok(edits[k]!.at >= edits[k - 1]!.at + edits[k - 1]!.count, JSON.stringify(edits));
  assert.deepEqual(edits.map((e) => e.kind), ['space', 'punctuation', 'space', 'quotes', 'quotes', 'tatweel', 'space', 'repeat']);
  assert.equal(tidy('قال الوزير ,إن "الحل" قريـب  جدًا؟؟'), 'قال الوزير، إن «الحل» قريب جدًا؟');
});

test('one pass is enough: tidied text has nothing left to tidy', () => {
  const slips = [
    'قال الوزير ,إن "الحل" قريـب  جدًا؟؟',
    'أكد المتحدث ، أن الاجتماع انتهى ؛ وسأل : متى الموعد ؟',
    'وقالت الأمم المتحدة ( الأونيسكو ) إن التقرير صدر .',
    'هل هذا معقول؟؟؟ لا!! مستحيل،، فعلًا',
    'قال ، ، إن «الوضع»,ثم   غادر',
  ];
  for (const text of slips) assert.deepEqual(tidyEdits(tidy(text)), [], text);
});

test('the sample article, already clean, gives nothing to tidy', () => {
  const sample = readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
  // The importer's paragraphs: a line each, list bullets and their indent dropped.
  const lines = sample.split('\n').map((l) => l.replace(/^\s*•\s*/, '').trim()).filter(Boolean);
  assert.ok(lines.length > 10);
  for (const line of lines) assert.deepEqual(tidyEdits(line), [], line);
});

test('a reader counts edits that touch or flank one mark as one fix, each slip apart as one', () => {
  const count = (text: string) => countFixes(text, tidyEdits(text));
  // « ,إن» (3 edits), each quote, the kashida, the double space, «؟؟».
  assert.equal(count('قال الوزير ,إن "الحل" قريـب  جدًا؟؟'), 6);
  assert.equal(count('وقال ,إن'), 1);
  assert.equal(count('الاتفاق ،وأن'), 1, 'the space before the comma and the one after it');
  assert.equal(count('اليـوم ؟؟'), 2, 'the kashida, then the space and the doubled mark');
  assert.equal(count('قريـب  جدًا'), 2, 'a letter between: two fixes');
  assert.equal(count('نص نظيف.'), 0);
  assert.equal(count('، نص'), 0);
  assert.equal(countFixes('،  نص', [{ at: 1, count: 2, insert: ' ', kind: 'space' }]), 1, 'a first fix after a mark is still a fix');
});
