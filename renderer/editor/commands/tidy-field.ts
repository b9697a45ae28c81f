// «تنقيح النص» in a plain field (kicker, headline, standfirst). A field's undo is the
// browser's own, and Chromium makes each execCommand its own undo step: several
// insertTexts, one per fix, would need as many Ctrl+Z. So the whole changed stretch,
// from the first fix to the last, goes in as ONE insertText: one Ctrl+Z in the field
// brings the text back, and the input event it fires reaches the field's onChange (and
// autosave) exactly as typing does.
import { countFixes, tidyEdits, type TidyEdit } from '../../../electron/common/arabic/typography';
import type { DigitStyle } from '../../../electron/common/arabic/digits';
import { t, type UiLang } from '../strings';
import { fixesText, tidyNotice, type HeaderField, type TidyScope } from './tidy';

/** The one replacement that tidies text[from, to): null when that part is clean. */
export interface FieldTidy {
  /** Replace text[start, end) with insert. */
  start: number;
  end: number;
  insert: string;
  /** Fixes as a reader counts them (countFixes). */
  fixes: number;
  /** Where a caret at `offset` in the old text is in the tidied one. */
  map(offset: number): number;
}

export function planFieldTidy(text: string, from = 0, to = text.length): FieldTidy | null {
  const part = text.slice(from, to);
  const edits = tidyEdits(part);
  if (edits.length === 0) return null;
  const first = edits[0]!;
  const last = edits[edits.length - 1]!;
  const start = first.at;
  const end = last.at + last.count;
  return {
    start: from + start,
    end: from + end,
    insert: applyEdits(part.slice(start, end), edits, start),
    fixes: countFixes(part, edits),
    map: (offset) => mapOffset(offset - from, edits) + from,
  };
}

/** `text` (which starts at `base` of the string the edits are about) with the edits made. */
function applyEdits(text: string, edits: readonly TidyEdit[], base: number): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.at - base) + edit.insert;
    at = edit.at - base + edit.count;
  }
  return out + text.slice(at);
}

/** An offset carried through the edits: one inside a replaced run lands at its end. */
function mapOffset(offset: number, edits: readonly TidyEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.at >= offset) break;
    if (offset < edit.at + edit.count) return edit.at + shift + edit.insert.length;
    shift += edit.insert.length - edit.count;
  }
  return offset + shift;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Tidies the field's selection [from, to) when one was made, the whole field otherwise,
 * through the browser's editing; returns how many fixes it made and on what. The caret
 * stays by the word it was at, a selection stays selected (tidied). */
export function tidyField(field: Field, from: number, to: number): { count: number; scope: TidyScope } {
  const scope: TidyScope = from < to ? 'selection' : 'article';
  const value = field.value;
  const plan = scope === 'selection' ? planFieldTidy(value, from, to) : planFieldTidy(value);
  if (!plan) return { count: 0, scope };
  field.focus();
  field.setSelectionRange(plan.start, plan.end);
  // insertText of '' would not delete in every engine; a deletion alone is 'delete'.
  if (plan.insert) document.execCommand('insertText', false, plan.insert);
  else document.execCommand('delete');
  if (scope === 'selection') field.setSelectionRange(from, plan.map(to));
  else field.setSelectionRange(plan.map(from), plan.map(from));
  return { count: plan.fixes, scope };
}

const DONE = { kicker: 'tidyKickerDone', headline: 'tidyHeadlineDone', standfirst: 'tidyStandfirstDone' } as const;
const NONE = { kicker: 'tidyKickerNone', headline: 'tidyHeadlineNone', standfirst: 'tidyStandfirstNone' } as const;

/** What a field's tidy says, naming the field («نُقّح العنوان: تصحيحان»); a selection
 * in it is «the selection», as in the body. */
export function fieldTidyNotice(field: HeaderField, count: number, lang: UiLang, digits: DigitStyle, scope: TidyScope): string {
  if (scope === 'selection') return tidyNotice(count, lang, digits, 'selection');
  return count === 0 ? t(NONE[field], lang) : t(DONE[field], lang, { fixes: fixesText(count, lang, digits) });
}

const HEADER_FIELDS: readonly HeaderField[] = ['kicker', 'headline', 'standfirst'];

/** The header fields the tidy would change, in page order. */
export function headerFieldsToTidy(meta: Readonly<Record<HeaderField, string>>): HeaderField[] {
  return HEADER_FIELDS.filter((f) => tidyEdits(meta[f]).length > 0);
}
