// The body is the editor engineer's ArticleEditor (renderer/editor); the shell only
// mounts it. Its Editable carries data-qalam="body".
import type { Api } from '../../electron/common/contract';
import type { Block } from '../../electron/common/document/types';
import type { Lang } from '../../electron/common/errors';
import { ArticleEditor } from '../editor/ArticleEditor';

interface Props {
  articleId: string;
  initialBody: Block[];
  onChange(body: Block[]): void;
  api: Api;
  lang: Lang;
}

export function BodyEditor(props: Props) {
  return <ArticleEditor {...props} />;
}
