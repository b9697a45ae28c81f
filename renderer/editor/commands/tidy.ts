// «تنقيح النص»: the typography rules (electron/common/arabic/typography.ts) run over the
// selection, or the whole article when nothing is selected. On the model, never the
// DOM: a long article's far chunks are not mounted. Each rule edits inside one text
// leaf, so bold, italic, underline and links keep exactly the words they had, and the
// whole tidy is one history batch: one Ctrl+Z brings the text back as it was.
import { Editor, Path, Range, Text } from 'slate';
import { HistoryEditor } from 'slate-history';
import { countFixes, tidyEdits, type TidyEdit } from '../../../electron/common/arabic/typography';
import { countNoun, type CountedNoun } from '../../../electron/common/arabic/plural';
import type { DigitStyle } from '../../../electron/common/arabic/digits';
import { formatCount, t, type UiLang } from '../strings';

/** What a tidy works on: the selection when one is made, the whole article otherwise. */
export type TidyScope = 'selection' | 'article';

export function tidyScope(editor: Editor): TidyScope {
  return editor.selection && Range.isExpanded(editor.selection) ? 'selection' : 'article';
}

type TidyLeaf = { path: Path; from: number; text: string; edits: TidyEdit[] };

/** The fixes the tidy would make now, leaf by leaf. */
function planTidy(editor: Editor): TidyLeaf[] {
  const selected = tidyScope(editor) === 'selection' ? editor.selection : null;
  const range = selected ?? Editor.range(editor, []);
  const [start, end] = Range.edges(range);
  const leaves: TidyLeaf[] = [];
  for (const [node, path] of Editor.nodes(editor, { at: range, match: Text.isText })) {
    // A selection's end leaves keep what lies outside it untouched.
    const from = Path.equals(path, start.path) ? start.offset : 0;
    const to = Path.equals(path, end.path) ? end.offset : node.text.length;
    const text = node.text.slice(from, to);
    const edits = tidyEdits(text);
    if (edits.length > 0) leaves.push({ path, from, text, edits });
  }
  return leaves;
}

/** Whether the tidy would change anything (the selection, or the article). */
export const needsTidy = (editor: Editor): boolean => planTidy(editor).length > 0;

/** Tidies the selection (or the article) and returns how many fixes it made (adjoining
 * edits are one fix: countFixes). */
export function tidyText(editor: Editor): number {
  const leaves = planTidy(editor);
  if (leaves.length === 0) return 0;
  const apply = () =>
    Editor.withoutNormalizing(editor, () => {
      // From the last edit of the last leaf: every offset still to use stays valid. The
      // text operations themselves, not Transforms.delete/insertText: the same two
      // operations, without their void and range bookkeeping per fix (a quarter of the
      // time on a 20,000-paragraph article, where each operation copies the top level).
      for (const { path, from, text, edits } of leaves.reverse()) {
        for (const edit of [...edits].reverse()) {
          const offset = from + edit.at;
          if (edit.count > 0) editor.apply({ type: 'remove_text', path, offset, text: text.slice(edit.at, edit.at + edit.count) });
          if (edit.insert) editor.apply({ type: 'insert_text', path, offset, text: edit.insert });
        }
      }
    });
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, apply);
  else apply();
  return leaves.reduce((sum, leaf) => sum + countFixes(leaf.text, leaf.edits), 0);
}

// «تصحيح» with its number: ١ تصحيح واحد، ٢ تصحيحان، ٣–١٠ تصحيحات، ١١–٩٩ تصحيحًا، ١٠٠ تصحيح.
const FIXES: CountedNoun = { ar: { one: 'تصحيح واحد', two: 'تصحيحان', few: 'تصحيحات', many: 'تصحيحًا', other: 'تصحيح' }, en: ['fix', 'fixes'] };

/** What the editor says after a tidy, in the UI language and the chosen digits, naming
 * what was tidied (a desk editor who tidied one paragraph should not read «the text»). */
export function tidyNotice(count: number, lang: UiLang, digits: DigitStyle, scope: TidyScope = 'article', header: readonly HeaderField[] = []): string {
  const selection = scope === 'selection';
  const said = count === 0 ? t(selection ? 'tidySelectionNone' : 'tidyNone', lang) : t(selection ? 'tidySelectionDone' : 'tidyDone', lang, { fixes: fixesText(count, lang, digits) });
  const also = headerStillUntidied(header, lang);
  return also ? `${said}${lang === 'ar' ? '، ' : '; '}${also}` : said;
}

/** «٣ تصحيحات», "3 fixes". */
export function fixesText(count: number, lang: UiLang, digits: DigitStyle): string {
  return countNoun(count, FIXES, lang, formatCount(count, digits));
}

/** The header fields above the body, in their order on the page. */
export type HeaderField = 'kicker' | 'headline' | 'standfirst';

const FIELD_NAME = { kicker: 'fieldKicker', headline: 'fieldHeadline', standfirst: 'fieldStandfirst' } as const;
const FIELD_ALSO = { kicker: 'tidyAlsoKicker', headline: 'tidyAlsoHeadline', standfirst: 'tidyAlsoStandfirst' } as const;

/** «والعنوان يحتاج إلى تنقيح», «وفي العنوان والمقدمة ما يحتاج إلى تنقيح»; '' for none. */
function headerStillUntidied(fields: readonly HeaderField[], lang: UiLang): string {
  if (fields.length === 0) return '';
  if (fields.length === 1) return t(FIELD_ALSO[fields[0]!], lang);
  const names = fields.map((f) => t(FIELD_NAME[f], lang));
  const listed = lang === 'ar' ? names.join(' و') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return t('tidyAlsoMany', lang, { fields: listed });
}
