// The editor without React: schema plugins composed once. Node tests run commands and
// normalizers on this; createArticleEditor() adds React, paste and chunking on top.
import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withInlines } from './plugins/withInlines';
import { withDivider } from './plugins/withDivider';
import { withFigures } from './plugins/withFigures';
import { withTables } from './plugins/withTables';
import { withLists } from './plugins/withLists';
import { withNormalize } from './plugins/withNormalize';
import { withArabicDeletion } from './plugins/withArabicDeletion';

/** Schema behaviour shared by every article editor: inlines, voids, structure, validity. */
export function withArticleSchema<E extends Editor>(editor: E): E {
  return withNormalize(withArabicDeletion(withLists(withTables(withFigures(withDivider(withInlines(editor)))))));
}

/** An article editor for Node (tests, tools): history and schema, no DOM. */
export function createHeadlessEditor(): Editor {
  return withArticleSchema(withHistory(createEditor()));
}
