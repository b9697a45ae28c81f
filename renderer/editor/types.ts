// Slate's node types for the article body, mapped onto the article model (DESIGN §2)
// so an editor value *is* a body: what Slate holds is what the store validates.
import type { BaseEditor, BaseRange } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Element as ArticleElement, FormattedText } from '../../electron/common/document/types';

/** A text leaf as rendered: marks plus the find-panel highlight set by `decorate`. */
export interface DecoratedText extends FormattedText {
  findMatch?: boolean;
  findCurrent?: boolean;
  /** A misspelt word (spelling/useSpelling.ts). */
  misspelled?: boolean;
  /** A word whose hamza the verb before it decides (spelling/slips.ts). */
  contextSlip?: boolean;
}

export type ArticleEditorInstance = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: ArticleEditorInstance;
    Element: ArticleElement;
    Text: DecoratedText;
    Range: BaseRange & { findMatch?: boolean; findCurrent?: boolean; misspelled?: boolean; contextSlip?: boolean };
  }
}

export type {
  Block,
  Direction,
  Element as ArticleElement,
  ElementType,
  FormattedText,
  Mark,
} from '../../electron/common/document/types';
