// «تنقيح النص» in the page: wire copy's slips fixed in every paragraph from the toolbar
// or the Edit menu, the bold word and the link kept, the count reported, one Ctrl+Z
// for the whole pass; a clean article is left alone; a selection is tidied alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block } from '../../electron/common/document/types';
import { editorSuite, type BodyEditor } from './editor-page';

const WIRE = [
  { type: 'heading', level: 2, children: [{ text: 'عاجل : الخارجية تعلن زيارة الوزير' }] },
  { type: 'paragraph', children: [{ text: 'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل .' }] },
  {
    type: 'paragraph',
    children: [
      { text: 'وقال المتحدث باسم الوزارة إن الزيارة ' },
      { text: 'تاريخية', bold: true },
      { text: ' ،وإن التفاصيل منشورة في ' },
      { type: 'link', href: 'https://example.com/news?id=1,2', children: [{ text: 'البيان الرسمي' }] },
      { text: ' للوزارة ؟؟' },
    ],
  },
  { type: 'paragraph', children: [{ text: 'ووصف المراقبون الخطوة بأنها "مهمـــة جدًا" لمستقبل العلاقات.' }] },
  { type: 'paragraph', children: [{ text: 'Reuters counted 1,000 people at 10:30; see https://example.com/a?b=1.' }] },
] as unknown as Block[];

const WIRE_TEXT = [
  'عاجل : الخارجية تعلن زيارة الوزير',
  'أعلنت وزارة الخارجية ,اليوم الأحد ,أن الوزير سيزور باريس  الأسبوع المقبل .',
  'وقال المتحدث باسم الوزارة إن الزيارة تاريخية ،وإن التفاصيل منشورة في البيان الرسمي للوزارة ؟؟',
  'ووصف المراقبون الخطوة بأنها "مهمـــة جدًا" لمستقبل العلاقات.',
  'Reuters counted 1,000 people at 10:30; see https://example.com/a?b=1.',
];

const TIDIED_TEXT = [
  'عاجل: الخارجية تعلن زيارة الوزير',
  'أعلنت وزارة الخارجية، اليوم الأحد، أن الوزير سيزور باريس الأسبوع المقبل.',
  'وقال المتحدث باسم الوزارة إن الزيارة تاريخية، وإن التفاصيل منشورة في البيان الرسمي للوزارة؟',
  'ووصف المراقبون الخطوة بأنها «مهمة جدًا» لمستقبل العلاقات.',
  'Reuters counted 1,000 people at 10:30; see https://example.com/a?b=1.',
];

const texts = (ed: BodyEditor) => ed.blockTexts();
const notice = (ed: BodyEditor) => ed.page.locator('[data-qalam="editor-notice"]');
const waitNotice = (ed: BodyEditor, text: string) =>
  ed.page.waitForFunction((t) => document.querySelector('[data-qalam="editor-notice"]')?.textContent === t, text);
const menu = (ed: BodyEditor, command: string) =>
  ed.page.evaluate((c) => window.dispatchEvent(new CustomEvent('qalam:menu-command', { detail: c })), command);
const same = (a: unknown) => (b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('editor: tidy text', () => {
  const suite = editorSuite();

  test('the toolbar tidies every paragraph, keeps the bold word and the link, and one Ctrl+Z undoes it', async () => {
    await suite.withEditor(async (ed) => {
      assert.deepEqual(await texts(ed), WIRE_TEXT);
      const original = await ed.stored();
      await ed.focusEnd();
      assert.equal(await ed.tool('tidy-text').getAttribute('aria-label'), 'تنقيح النص');
      await ed.tool('tidy-text').click();
      // Fixes as a reader counts them (countFixes): 1 in the heading, 4 in the first
      // paragraph (« ,اليوم», « ,أن», the double space, « .»), 1 beside the bold word, 1
      // after the link, 3 in the quote (two quotes and a kashida); English keeps its own.
      await waitNotice(ed, 'نُقّح النص: ١٠ تصحيحات');
      assert.equal(await notice(ed).getAttribute('role'), 'status');
      assert.deepEqual(await texts(ed), TIDIED_TEXT);
      assert.equal(await ed.blocks('strong').count(), 1);
      assert.equal(await ed.blocks('strong').textContent(), 'تاريخية');
      assert.equal(await ed.blocks('a').getAttribute('href'), 'https://example.com/news?id=1,2');
      assert.equal((await ed.blocks('a').textContent())?.replace(/\u00A0/g, ''), 'البيان الرسمي');

      const stored = await ed.stored((b) => JSON.stringify(b).includes('«مهمة جدًا»'));
      const quoted = stored[2] as unknown as { children: Record<string, unknown>[] };
      assert.deepEqual(quoted.children[1], { text: 'تاريخية', bold: true });
      assert.equal(quoted.children[3]!.href, 'https://example.com/news?id=1,2');

      await ed.page.keyboard.press('ControlOrMeta+z');
      assert.deepEqual(await texts(ed), WIRE_TEXT);
      assert.equal(await notice(ed).textContent(), '', 'the report goes with the next key');
      assert.deepEqual(await ed.stored(same(original)), original);
    }, WIRE);
  });

  test('a clean article, tidied from the Edit menu, says there is nothing to tidy and stays as it was', async () => {
    const clean = [
      { type: 'paragraph', children: [{ text: 'صدام حفتر يزور العاصمة الفرنسية باريس ضمن تحركات دبلوماسية مكثفة، حيث استقبل مسؤولو قصر الإليزيه الوفد؛ وتأتي هذه الخطوة في ظل التحديات الراهنة.' }] },
      { type: 'paragraph', children: [{ text: 'ووصف الاتفاق بأنه «خطوة تاريخية» بلغت كلفتها 1,000 دولار عند الساعة 10:30.' }] },
    ] as unknown as Block[];
    await suite.withEditor(async (ed) => {
      const before = await texts(ed);
      await ed.focusEnd();
      await menu(ed, 'tidy-text');
      await waitNotice(ed, 'لا يحتاج النص إلى تنقيح');
      assert.deepEqual(await texts(ed), before);
      assert.equal(await ed.tool('undo').isDisabled(), true, 'nothing was changed, so nothing to undo');
    }, clean);
  });

  test('a long article is tidied to its end, in chunks the page has not mounted', async () => {
    const clean = 'يعد التنسيق بين باريس والمؤسسات الليبية ركيزة هامة في ملف الاستقرار الإقليمي.';
    const N = 2000;
    const long = Array.from({ length: N }, (_, i) => ({ type: 'paragraph', children: [{ text: i === N - 1 ? 'وختم البيان ,مؤكدًا أن الحوار مستمر .' : clean }] }));
    await suite.withEditor(async (ed) => {
      await ed.blocks('p').first().click();
      // The last paragraph, the one with slips, is not on the page when the tidy runs.
      assert.ok((await ed.blocks('p').count()) < N);
      await ed.tool('tidy-text').click();
      await waitNotice(ed, 'نُقّح النص: تصحيحان');
      const stored = await ed.stored((b) => JSON.stringify(b).includes('البيان، مؤكدًا'));
      assert.equal(stored.length, N);
      assert.deepEqual(stored[N - 1], { type: 'paragraph', children: [{ text: 'وختم البيان، مؤكدًا أن الحوار مستمر.' }] });
      assert.deepEqual(stored[N - 2], { type: 'paragraph', children: [{ text: clean }] });
    }, long as unknown as Block[]);
  });

  test('with a selection, only the selected paragraph is tidied', async () => {
    await suite.withEditor(async (ed) => {
      await ed.blocks('p').first().click();
      await ed.page.keyboard.press('Home');
      await ed.page.keyboard.press('Shift+End');
      await menu(ed, 'tidy-text');
      await waitNotice(ed, 'نُقّح النص المحدَّد: ٤ تصحيحات');
      assert.deepEqual(await texts(ed), [WIRE_TEXT[0], TIDIED_TEXT[1], ...WIRE_TEXT.slice(2)]);
    }, WIRE);
  });
});
