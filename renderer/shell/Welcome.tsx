// The main pane when no article is open: the starting point. On an empty library it
// greets the newcomer with the two ways in (a new article, a file to import) and says a
// file can be dropped here; with articles in the library it stays one sentence and the
// same two buttons, smaller. The buttons and the drop run the library's own code
// (LibraryPanel's onCreate and its LibraryHandle), so there is one way to do each.
import { useId, useState, type DragEvent } from 'react';
import type { Lang } from '../../electron/common/errors';
import { ariaKeyShortcut, describeHotkey } from '../editor/commands/hotkeys';
import { t, useLang } from '../i18n';
import { IMPORTABLE } from '../library/files';
import './welcome.css';

const WORDS = {
  ar: {
    welcome: 'مرحبًا بك في قلم',
    intro: 'ابدأ بكتابة مقال جديد، أو افتح ملفًا لديك ليصير مقالًا في مكتبتك.',
    newArticle: 'مقال جديد',
    openFile: 'فتح ملف واستيراده…',
    and: ' و',
    drop: 'أو اسحب ملفًا إلى هنا وأفلته لاستيراده.',
    dropping: 'أفلت الملف هنا لاستيراده.',
  },
  en: {
    welcome: 'Welcome to Qalam',
    intro: 'Start writing a new article, or open a file of yours to make it an article in your library.',
    newArticle: 'New article',
    openFile: 'Open / import file…',
    and: ', ',
    drop: 'Or drag a file here and drop it to import it.',
    dropping: 'Drop the file here to import it.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The shortcuts of the File menu's same two items (electron/main/menu-items.ts). Key
 * names are physical keys: Latin in both languages, as the toolbar's tooltips. */
const NEW_KEY = 'mod+n';
const OPEN_KEY = 'mod+o';

interface Props {
  /** undefined until the library's list has loaded: show the short form meanwhile. */
  empty: boolean | undefined;
  onCreate(): void;
  onOpenFile(): void;
  onDropFiles(files: FileList): void;
}

export function Welcome({ empty, onCreate, onOpenFile, onDropFiles }: Props) {
  const lang = useLang();
  const w = WORDS[lang];
  const id = useId();
  const [dropping, setDropping] = useState(false);
  // .docx, .txt, .html (.htm is the same kind): left-to-right inside the Arabic line.
  const kinds = IMPORTABLE.filter((k) => k !== '.htm').sort((a, b) => (a === '.docx' ? -1 : b === '.docx' ? 1 : 0));
  const kindList = kinds.map((k, i) => (
    <span key={k}>
      {i > 0 && w.and}
      <bdi dir="ltr">{k}</bdi>
    </span>
  ));
  const onDragOver = (e: DragEvent) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    setDropping(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    if (e.dataTransfer.files.length > 0) onDropFiles(e.dataTransfer.files);
  };

  return (
    <main
      className={`editor-pane empty welcome${empty ? ' first' : ''}${dropping ? ' dropping' : ''}`}
      data-qalam="welcome"
      data-empty={empty === true}
      aria-labelledby={empty ? `${id}-title` : undefined}
      onDragOver={onDragOver}
      onDragLeave={(e) => e.currentTarget === e.target && setDropping(false)}
      onDrop={onDrop}
    >
      <div className="welcome-card">
        {empty ? (
          <>
            <h2 id={`${id}-title`} data-qalam="welcome-title">
              {w.welcome}
            </h2>
            <p className="welcome-intro">{w.intro}</p>
          </>
        ) : (
          <p className="welcome-intro" data-qalam="choose-article">
            {t(lang, 'chooseArticle')}
          </p>
        )}
        <div className="welcome-actions">
          <div className="welcome-action">
            <button type="button" className="primary" data-qalam="welcome-new" aria-describedby={`${id}-new`} aria-keyshortcuts={ariaKeyShortcut(NEW_KEY)} onClick={onCreate}>
              {w.newArticle}
            </button>
            <p className="welcome-hint" id={`${id}-new`}>
              <kbd dir="ltr">{describeHotkey(NEW_KEY)}</kbd>
            </p>
          </div>
          <div className="welcome-action">
            <button type="button" data-qalam="welcome-open" aria-describedby={`${id}-open`} aria-keyshortcuts={ariaKeyShortcut(OPEN_KEY)} onClick={onOpenFile}>
              {w.openFile}
            </button>
            <p className="welcome-hint" id={`${id}-open`}>
              {kindList}
              {' · '}
              <kbd dir="ltr">{describeHotkey(OPEN_KEY)}</kbd>
            </p>
          </div>
        </div>
        {empty && (
          <p className="welcome-drop" data-qalam="welcome-drop">
            {dropping ? w.dropping : w.drop}
          </p>
        )}
      </div>
    </main>
  );
}
