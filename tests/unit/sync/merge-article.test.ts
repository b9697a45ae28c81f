// Merging two desks' versions block by block: what one desk changed arrives untouched
// (figures, tables and marks included); only what both changed differently asks the editor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleMeta, Block } from '../../../electron/common/document/types';
import { applyChoices, conflictHunks, mergeArticles, type MergeInput } from '../../../electron/common/merge/article';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
const bold = (text: string): Block => ({ type: 'paragraph', children: [{ text, bold: true }] });
const figure: Block = {
  type: 'figure',
  asset: 'a'.repeat(64),
  alt: 'صورة الوفد',
  children: [{ type: 'figcaption', children: [{ text: 'الوفد في قصر الإليزيه' }] }],
} as unknown as Block;

const meta = (over: Partial<ArticleMeta> = {}): ArticleMeta => ({
  kicker: 'تحركات عسكرية',
  headline: 'حفتر في باريس',
  standfirst: 'زيارة تبحث الملفات الأمنية',
  byline: '',
  section: 'دولي',
  tags: ['ليبيا'],
  slug: 'haftar-paris',
  status: 'editing',
  language: 'ar',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});
const version = (body: Block[], over: Partial<ArticleMeta> = {}): MergeInput => ({ meta: meta(over), body });

const base = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن.'), figure, p('انتهت الزيارة.')]);

describe('three-way article merge', () => {
  it('takes each side’s change to different blocks, keeping figures and marks', () => {
    const mine = version([bold('وصل الوفد إلى باريس صباحًا.'), p('بحث الطرفان الأمن.'), figure, p('انتهت الزيارة.')]);
    const theirs = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن.'), figure, p('انتهت الزيارة مساءً.')]);
    const merge = mergeArticles(base, mine, theirs);
    assert.equal(conflictHunks(merge).length, 0);
    assert.deepEqual(applyChoices(merge).body, [bold('وصل الوفد إلى باريس صباحًا.'), p('بحث الطرفان الأمن.'), figure, p('انتهت الزيارة مساءً.')]);
  });

  it('asks about a block both changed, and each choice builds the right body', () => {
    const mine = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن والهجرة.'), figure, p('انتهت الزيارة.')]);
    const theirs = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن والطاقة.'), figure, p('انتهت الزيارة.')]);
    const merge = mergeArticles(base, mine, theirs);
    const hunks = conflictHunks(merge);
    assert.equal(hunks.length, 1);
    assert.deepEqual(hunks[0]!.base, [p('بحث الطرفان الأمن.')]);
    const body = (choice: 'mine' | 'theirs' | 'both') => applyChoices(merge, { hunks: [choice] }).body.map((b) => (b.children[0] as { text?: string }).text);
    assert.deepEqual(body('mine').slice(1, 2), ['بحث الطرفان الأمن والهجرة.']);
    assert.deepEqual(body('theirs').slice(1, 2), ['بحث الطرفان الأمن والطاقة.']);
    assert.deepEqual(body('both').slice(1, 3), ['بحث الطرفان الأمن والهجرة.', 'بحث الطرفان الأمن والطاقة.']);
    assert.equal(applyChoices(merge).body.length, 4, 'no choice means mine');
  });

  it('neighbouring paragraphs changed by different desks need no choice; only the one both changed does', () => {
    const mine = version([bold('وصل الوفد إلى باريس صباحًا.'), p('بحث الطرفان الأمن والهجرة.'), figure, p('انتهت الزيارة.')]);
    const theirs = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن والطاقة.'), figure, p('انتهت الزيارة مساءً.')]);
    const merge = mergeArticles(base, mine, theirs);
    const hunks = conflictHunks(merge);
    assert.deepEqual(
      hunks.map((h) => [h.mine, h.theirs]),
      [[[p('بحث الطرفان الأمن والهجرة.')], [p('بحث الطرفان الأمن والطاقة.')]]],
    );
    assert.deepEqual(applyChoices(merge, { hunks: ['theirs'] }).body, [
      bold('وصل الوفد إلى باريس صباحًا.'),
      p('بحث الطرفان الأمن والطاقة.'),
      figure,
      p('انتهت الزيارة مساءً.'),
    ]);
  });

  it('a block one side deleted and the other left alone stays deleted; the same edit on both is no conflict', () => {
    const mine = version([p('وصل الوفد إلى باريس.'), figure, p('انتهت الزيارة.')]);
    const theirs = version([p('وصل الوفد إلى باريس.'), p('بحث الطرفان الأمن.'), figure, p('انتهت الزيارة!')]);
    const alsoMine = version([p('وصل الوفد إلى باريس.'), figure, p('انتهت الزيارة!')]);
    const merge = mergeArticles(base, mine, theirs);
    assert.equal(conflictHunks(merge).length, 0);
    assert.deepEqual(applyChoices(merge).body, [p('وصل الوفد إلى باريس.'), figure, p('انتهت الزيارة!')]);
    assert.equal(conflictHunks(mergeArticles(base, alsoMine, theirs)).length, 0);
  });

  it('merges metadata field by field and asks only about fields both changed', () => {
    const mine = version(base.body, { headline: 'حفتر يلتقي ماكرون', status: 'ready', tags: ['ليبيا', 'فرنسا'] });
    const theirs = version(base.body, { headline: 'حفتر في الإليزيه', section: 'سياسة', deadline: '2026-11-30T12:00:00.000Z' });
    const merge = mergeArticles(base, mine, theirs);
    assert.deepEqual(
      merge.metaConflicts.map((c) => c.field),
      ['headline'],
    );
    assert.equal(merge.meta.status, 'ready');
    assert.equal(merge.meta.section, 'سياسة');
    assert.deepEqual(merge.meta.tags, ['ليبيا', 'فرنسا']);
    assert.equal(merge.meta.deadline, '2026-11-30T12:00:00.000Z');
    assert.equal(applyChoices(merge, { meta: { headline: 'theirs' } }).meta.headline, 'حفتر في الإليزيه');
    assert.equal(applyChoices(merge).meta.headline, 'حفتر يلتقي ماكرون');
  });

  it('with no common ancestor, every difference is a choice and nothing is dropped by default', () => {
    const mine = version([p('أ'), p('ب'), figure]);
    const theirs = version([p('أ'), p('ج'), figure, p('د')]);
    const merge = mergeArticles(undefined, mine, theirs);
    assert.equal(merge.threeWay, false);
    assert.equal(conflictHunks(merge).length, 2);
    const both = applyChoices(merge, { hunks: ['both', 'both'] }).body;
    assert.deepEqual(both, [p('أ'), p('ب'), p('ج'), figure, p('د')]);
  });

  it('never leaves an article without a block', () => {
    const merge = mergeArticles(base, version([]), version([]));
    assert.deepEqual(applyChoices(merge).body, [p('')]);
  });
});
