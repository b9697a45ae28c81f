// The article model of DESIGN §2. Plain data, shaped so that a body is a valid
// Slate `Descendant[]` (elements have `type` + `children`, leaves have `text`).

export type Direction = 'rtl' | 'ltr' | 'auto';

export const STATUSES = ['draft', 'editing', 'ready', 'published', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

export interface FormattedText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}
export type Mark = 'bold' | 'italic' | 'underline';
export const MARKS: readonly Mark[] = ['bold', 'italic', 'underline'];

export interface LinkElement {
  type: 'link';
  href: string;
  children: FormattedText[];
}

export type Inline = FormattedText | LinkElement;

interface BlockBase {
  dir?: Direction;
}

export interface ParagraphElement extends BlockBase {
  type: 'paragraph';
  children: Inline[];
}
export interface HeadingElement extends BlockBase {
  type: 'heading';
  level: 2 | 3;
  children: Inline[];
}
export interface ListItemElement extends BlockBase {
  type: 'list-item';
  children: Inline[];
}
export interface BulletedListElement extends BlockBase {
  type: 'bulleted-list';
  children: ListItemElement[];
}
export interface NumberedListElement extends BlockBase {
  type: 'numbered-list';
  children: ListItemElement[];
}
export interface BlockquoteElement extends BlockBase {
  type: 'blockquote';
  children: Inline[];
}
export interface PullQuoteElement extends BlockBase {
  type: 'pull-quote';
  children: Inline[];
}
export interface TableCellElement extends BlockBase {
  type: 'table-cell';
  header?: boolean;
  children: Inline[];
}
export interface TableRowElement {
  type: 'table-row';
  children: TableCellElement[];
}
export interface TableElement extends BlockBase {
  type: 'table';
  children: TableRowElement[];
}
/** An image stored once in the library by the SHA-256 of its bytes. The caption is
 * the element's text, so it is edited in place; alt and credit are attributes. */
export interface FigureElement extends BlockBase {
  type: 'figure';
  asset: string;
  alt: string;
  credit?: string;
  children: Inline[];
}
export interface DividerElement {
  type: 'divider';
  children: [FormattedText];
}

export type Block =
  | ParagraphElement
  | HeadingElement
  | BulletedListElement
  | NumberedListElement
  | BlockquoteElement
  | PullQuoteElement
  | TableElement
  | FigureElement
  | DividerElement;

export type Element =
  | Block
  | ListItemElement
  | TableRowElement
  | TableCellElement
  | LinkElement;

export type Node = Element | FormattedText;

export type ElementType = Element['type'];

export interface ArticleMeta {
  kicker: string;
  headline: string;
  standfirst: string;
  byline: string;
  section: string;
  tags: string[];
  slug: string;
  status: Status;
  language: string;
  targetWords?: number;
  /** ISO 8601 date-time */
  deadline?: string;
  /** ISO 8601 date-time */
  createdAt: string;
  /** ISO 8601 date-time */
  updatedAt: string;
}

/** A new article's metadata: a draft in Arabic with every field empty, made at `at`. */
export function draftMeta(at: string): ArticleMeta {
  return { kicker: '', headline: '', standfirst: '', byline: '', section: '', tags: [], slug: '', status: 'draft', language: 'ar', createdAt: at, updatedAt: at };
}

export interface Article {
  /** ULID; never derived from user text, because it names files on the share. */
  id: string;
  meta: ArticleMeta;
  body: Block[];
  /** Id of the current revision ('' for an article not yet saved). */
  revision: string;
  /** Parent revision ids of the current revision (two after a merge). */
  parents?: string[];
}

/** What a caller hands to create/save: no id or dates to forge. */
export interface ArticleDraft {
  meta?: Partial<Omit<ArticleMeta, 'createdAt' | 'updatedAt'>>;
  body?: Block[];
}
