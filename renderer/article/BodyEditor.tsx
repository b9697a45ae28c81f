// The body is the editor engineer's ArticleEditor (renderer/editor); the shell only
// mounts it and hands it the two services it needs. Its Editable carries data-qalam="body".
import { useMemo } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Block } from '../../electron/common/document/types';
import type { Lang } from '../../electron/common/errors';
import type { Client } from '../api';
import { ArticleEditor, type ArticleEditorApi } from '../editor/ArticleEditor';
import type { HeaderField } from '../editor/commands/tidy';
import { spellingApi } from './spelling-api';

interface Props {
  articleId: string;
  initialBody: Block[];
  onChange(body: Block[]): void;
  client: Client;
  lang: Lang;
  /** Old revisions are shown through the same editor, read-only. */
  readOnly?: boolean;
  /** Underline misspelt words (settings.spellcheck). */
  spellcheck?: boolean;
  /** The chrome's digits (chromeDigits(settings)), for the editor's find count, table sizes… */
  digits: DigitStyle;
  /** The header fields a tidy of the whole article would change (it names them). */
  headerToTidy?: () => readonly HeaderField[];
  /** Keep a revision now (the autosaver's snapshot), asked for before a tidy. */
  keepRevision?: () => Promise<unknown>;
}

export function BodyEditor({ articleId, initialBody, onChange, client, lang, readOnly = false, spellcheck = true, digits, headerToTidy, keepRevision }: Props) {
  const api = useMemo<ArticleEditorApi>(
    () => ({
      putAsset: (data, mime) => client.api.assets.put({ data, mime }),
      assetUrl: client.assetUrl,
      spelling: spellingApi(client),
    }),
    [client],
  );
  return <ArticleEditor articleId={articleId} initialBody={initialBody} onChange={onChange} api={api} lang={lang} digits={digits} readOnly={readOnly} spellcheck={spellcheck} headerToTidy={headerToTidy} keepRevision={keepRevision} />;
}
