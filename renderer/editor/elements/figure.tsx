// A figure: the image and its alt/credit fields sit outside the editable text
// (contentEditable=false); the caption is the element's own text, typed in place.
import { useCallback, type ChangeEvent } from 'react';
import { Node, Transforms } from 'slate';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { FigureElement } from '../../../electron/common/document/types';
import { useEditorServices } from '../context';
import { t } from '../strings';

type Props = Omit<RenderElementProps, 'element'> & { element: FigureElement };

export function Figure({ attributes, children, element }: Props) {
  const editor = useSlateStatic();
  const readOnly = useReadOnly();
  const { assetUrl, lang } = useEditorServices();

  const setAttribute = useCallback(
    (name: 'alt' | 'credit') => (event: ChangeEvent<HTMLInputElement>) => {
      const path = ReactEditor.findPath(editor, element);
      const value = event.target.value;
      if (name === 'credit' && value === '') Transforms.unsetNodes(editor, 'credit', { at: path });
      else Transforms.setNodes(editor, { [name]: value }, { at: path });
    },
    [editor, element],
  );

  const remove = useCallback(() => Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) }), [editor, element]);

  const captionEmpty = Node.string(element) === '';
  return (
    <figure {...attributes} className="figure" dir={element.dir ?? attributes.dir}>
      <div contentEditable={false} className="figure-media">
        <img src={assetUrl(element.asset)} alt={element.alt} draggable={false} />
        <div className="figure-fields">
          <label>
            <span>{t('figureAlt', lang)}</span>
            <input data-qalam="figure-alt" value={element.alt} readOnly={readOnly} onChange={setAttribute('alt')} />
          </label>
          <label>
            <span>{t('figureCredit', lang)}</span>
            <input data-qalam="figure-credit" value={element.credit ?? ''} readOnly={readOnly} onChange={setAttribute('credit')} />
          </label>
          {!readOnly && (
            <button type="button" className="figure-remove" data-qalam="figure-remove" onClick={remove}>
              {t('figureRemove', lang)}
            </button>
          )}
        </div>
      </div>
      <figcaption data-placeholder={captionEmpty ? t('figureCaption', lang) : undefined}>{children}</figcaption>
    </figure>
  );
}
