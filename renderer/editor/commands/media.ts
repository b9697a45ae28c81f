// Figures and dividers: body-level blocks placed where the caret is.
import { Editor, Transforms } from 'slate';
import { ASSET_HASH } from '../../../electron/common/document/schema';
import type { FigureElement } from '../../../electron/common/document/types';
import { ensureParagraphAfter, insertBodyBlock } from './insertBlock';

export interface FigureInput {
  asset: string;
  alt?: string;
  credit?: string;
  caption?: string;
}

export function insertFigure(editor: Editor, input: FigureInput): void {
  if (!ASSET_HASH.test(input.asset)) throw new Error(`not an asset hash: ${input.asset}`);
  const figure: FigureElement = {
    type: 'figure',
    asset: input.asset,
    alt: input.alt ?? '',
    ...(input.credit ? { credit: input.credit } : {}),
    children: [{ text: input.caption ?? '' }],
  };
  const path = insertBodyBlock(editor, figure);
  ensureParagraphAfter(editor, path);
  // The caret lands in the caption, the next thing a person writes.
  Transforms.select(editor, Editor.end(editor, path));
}

export function insertDivider(editor: Editor): void {
  const path = insertBodyBlock(editor, { type: 'divider', children: [{ text: '' }] });
  const next = ensureParagraphAfter(editor, path);
  Transforms.select(editor, Editor.start(editor, next));
}
