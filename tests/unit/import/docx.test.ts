import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';
import { importDocx, importFile } from '../../../electron/services/import/index';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const rtl = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, rightToLeft: true, ...opts });
const para = (...runs: TextRun[]) => new Paragraph({ bidirectional: true, children: runs });
const cell = (text: string, bold = false) => new TableCell({ children: [para(rtl(text, { bold }))] });

/** A Word file the way a reporter sends one: title, standfirst, headings, lists, table, photo. */
async function reporterDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'steps',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
      }],
    },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: true, children: [rtl('أزمة المياه.. السدود تفقد نصف مخزونها')] }),
        para(rtl('تراجع منسوب المياه في السدود الرئيسية إلى أدنى مستوى منذ عقدين، وسط تحذيرات من صيف صعب.')),
        new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: true, children: [rtl('أسباب الأزمة')] }),
        para(rtl('يعزو الخبراء الأزمة إلى '), rtl('قلة الأمطار', { bold: true }), rtl(' و'), rtl('سوء الإدارة', { italics: true }), rtl('.')),
        new Paragraph({ bullet: { level: 0 }, bidirectional: true, children: [rtl('انخفاض الهطول بنسبة أربعين بالمئة.')] }),
        new Paragraph({ bullet: { level: 0 }, bidirectional: true, children: [rtl('تسرب في شبكات النقل.')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: true, children: [rtl('خطة الطوارئ')] }),
        new Paragraph({ numbering: { reference: 'steps', level: 0 }, bidirectional: true, children: [rtl('ترشيد الاستهلاك.')] }),
        new Paragraph({ numbering: { reference: 'steps', level: 0 }, bidirectional: true, children: [rtl('صيانة الشبكات.')] }),
        new Table({
          rows: [
            new TableRow({ tableHeader: true, children: [cell('السد', true), cell('المخزون', true)] }),
            new TableRow({ children: [cell('السد الكبير'), cell('45%')] }),
          ],
        }),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 100, height: 100 }, altText: { name: 'سد', description: 'صورة السد', title: 'سد' } })] }),
        para(rtl('وتبقى الأنظار متجهة إلى موسم الأمطار المقبل.')),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

test('a reporter\'s .docx: title with kicker, standfirst, headings, both lists, table with header, photo as an asset', async () => {
  const stored = new Map<string, string>();
  const putAsset = (bytes: Uint8Array, mime: string) => {
    const hash = createHash('sha256').update(bytes).digest('hex');
    stored.set(hash, mime);
    return hash;
  };
  const { meta, body, report } = await importDocx(await reporterDocx(), { putAsset });
  assert.equal(report.format, 'docx');
  assert.deepEqual(
    { kicker: meta.kicker, headline: meta.headline, standfirst: meta.standfirst },
    {
      kicker: 'أزمة المياه',
      headline: 'السدود تفقد نصف مخزونها',
      standfirst: 'تراجع منسوب المياه في السدود الرئيسية إلى أدنى مستوى منذ عقدين، وسط تحذيرات من صيف صعب.',
    },
  );
  assert.deepEqual(body.map((b) => b.type), [
    'heading', 'paragraph', 'bulleted-list', 'heading', 'numbered-list', 'table', 'figure', 'paragraph',
  ]);
  assert.deepEqual(body[0], { type: 'heading', level: 2, children: [{ text: 'أسباب الأزمة' }] });
  assert.deepEqual(body[1], {
    type: 'paragraph',
    children: [{ text: 'يعزو الخبراء الأزمة إلى ' }, { text: 'قلة الأمطار', bold: true }, { text: ' و' }, { text: 'سوء الإدارة', italic: true }, { text: '.' }],
  });
  assert.equal(body[2]!.children.length, 2);
  assert.equal(body[4]!.children.length, 2);
  const table = body[5]!;
  assert.ok(table.type === 'table');
  assert.deepEqual(table.children.map((r) => r.children.map((c) => [!!c.header, c.children.map((t) => ('text' in t ? t.text : '')).join('')])), [
    [[true, 'السد'], [true, 'المخزون']],
    [[false, 'السد الكبير'], [false, '45%']],
  ]);
  const figure = body[6]!;
  assert.ok(figure.type === 'figure');
  assert.equal(stored.get(figure.asset), 'image/png');
  assert.equal(figure.alt, 'صورة السد');
});

test('importFile sends .docx (and a nameless zip that is one) through mammoth', async () => {
  const bytes = await reporterDocx();
  assert.equal((await importFile('تقرير.docx', bytes)).meta.kicker, 'أزمة المياه');
  assert.equal((await importFile('بلا امتداد', bytes)).report.format, 'docx');
});

test('a damaged .docx is refused with a clear error, not a crash', async () => {
  await assert.rejects(importFile('تالف.docx', new TextEncoder().encode('ليس ملف وورد')), { code: 'bad_file' });
  const truncated = (await reporterDocx()).slice(0, 200);
  await assert.rejects(importFile('مقطوع.docx', truncated), { code: 'bad_file' });
});
