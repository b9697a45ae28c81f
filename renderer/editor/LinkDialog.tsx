// Ctrl+K: a small dialog for the link address. The selection is saved when it opens
// (focus moves into the dialog) and restored when the link is applied.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BaseRange } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertLink, removeLink } from './commands/links';
import { t, type UiLang } from './strings';

interface Props {
  lang: UiLang;
  initialHref: string;
  selection: BaseRange | null;
  onClose(): void;
}

export function LinkDialog({ lang, initialHref, selection, onClose }: Props) {
  const editor = useSlateStatic();
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    if (selection) ReactEditor.focus(editor);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = insertLink(editor, href, selection);
    if (!result.ok) {
      setError(t('linkInvalid', lang));
      return;
    }
    close();
  };
  return (
    <form
      className="editor-dialog link-dialog"
      role="dialog"
      aria-label={t('linkDialog', lang)}
      onSubmit={apply}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <label>
        <span>{t('linkUrl', lang)}</span>
        <input
          ref={input}
          data-qalam="link-url"
          type="text"
          dir="ltr"
          inputMode="url"
          value={href}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setError(undefined);
          }}
        />
      </label>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">{t('linkApply', lang)}</button>
        {initialHref && (
          <button
            type="button"
            onClick={() => {
              if (selection) ReactEditor.focus(editor);
              removeLink(editor);
              onClose();
            }}
          >
            {t('linkRemove', lang)}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('cancel', lang)}
        </button>
      </div>
    </form>
  );
}
