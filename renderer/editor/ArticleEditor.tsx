// The article body editor the shell mounts (one per article: key={articleId}).
// Everything it does is a registry command; this component wires the toolbar, the
// keyboard map, dialogs, the context menu and the find panel to one Slate editor.
import { useCallback, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { Transforms, type BaseRange, type Descendant, type NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Block } from '../../electron/common/document/types';
import { createArticleEditor } from './createArticleEditor';
import { handleEditorKey } from './commands/keyboard';
import { currentLinkHref } from './commands/links';
import { insertFigure } from './commands/media';
import type { CommandContext } from './commands/registry';
import { EditorServicesContext } from './context';
import { renderChunk, renderElement, renderLeaf } from './elements/render';
import { scrollCaretIntoView } from './scroll-caret';
import { typeAtCaret } from './typing';
import { FindPanel } from './find/FindPanel';
import { useFind } from './find/useFind';
import { ContextMenu } from './ContextMenu';
import type { SpellingApi } from './spelling/cache';
import { useSpelling, type SpellingTarget } from './spelling/useSpelling';
import './spelling/spelling.css';
import { LinkDialog } from './LinkDialog';
import { TableDialog } from './TableDialog';
import { Toolbar } from './Toolbar';
import { EDITOR_MENU_COMMANDS } from '../../electron/common/menu-commands';
import { useMenuCommands } from '../menu';
import { COMMANDS_BY_NAME } from './commands/registry';
import { emptyParagraph } from './nodes';
import { tidyNotice, type HeaderField, type TidyScope } from './commands/tidy';
import { useRepeatedStatus } from './useRepeatedStatus';
import { pasteRefusedNotice } from './clipboard';
import { defaultDigits, t, type UiLang } from './strings';
import './editor.css';

export { Toolbar } from './Toolbar';

export interface ArticleEditorApi {
  /** Store image bytes (base64) once; returns the asset's SHA-256. */
  putAsset(data: string, mime: string): Promise<{ hash: string }>;
  assetUrl(hash: string): string;
  /** Qalam's spellchecker (the spelling.* channels); none: no underlines. */
  spelling?: SpellingApi;
}

export interface ArticleEditorProps {
  articleId: string;
  initialBody: Block[];
  onChange(body: Block[]): void;
  api: ArticleEditorApi;
  readOnly?: boolean;
  lang?: UiLang;
  /** Underline misspelt words (the spellcheck setting); on by default. */
  spellcheck?: boolean;
  /** Digits of the editor's UI numbers (the digits setting); the language's own by default. */
  digits?: DigitStyle;
  /** The header fields above the body that the tidy would change: a tidy of the whole
   * article names them in its report and leaves them alone (their undo is their own). */
  headerToTidy?: () => readonly HeaderField[];
  /** Keep a revision of the article as it is now (its history); the tidy asks for one
   * before it changes anything, so the history shows what it did. */
  keepRevision?: () => Promise<unknown>;
}

type EditorNotice = { kind: 'tidy'; count: number; scope: TidyScope; header: readonly HeaderField[] } | { kind: 'paste-refused' };

function noticeText(notice: EditorNotice | null, lang: UiLang, digits: DigitStyle): string {
  if (notice === null) return '';
  return notice.kind === 'tidy' ? tidyNotice(notice.count, lang, digits, notice.scope, notice.header) : pasteRefusedNotice(lang);
}

type Dialog = { kind: 'link'; selection: BaseRange | null; href: string } | { kind: 'table'; selection: BaseRange | null };

function syncSelectionFromDom(editor: ReturnType<typeof createArticleEditor>): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range) Transforms.select(editor, range);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ArticleEditor({ articleId, initialBody, onChange, api, readOnly = false, lang = 'ar', spellcheck = true, digits = defaultDigits(lang), headerToTidy, keepRevision }: ArticleEditorProps) {
  const [imageError, setImageError] = useState<string>();
  // The line under the toolbar, shown until the next key in the editor: how many fixes
  // the last «تنقيح النص» made, or a paste from the menu the browser would not allow.
  // The latest report wins; each is announced, the same words twice included.
  const notice = useRepeatedStatus<EditorNotice>();
  const headerToTidyRef = useRef(headerToTidy);
  headerToTidyRef.current = headerToTidy;
  const keepRevisionRef = useRef(keepRevision);
  keepRevisionRef.current = keepRevision;
  const canKeepRevision = keepRevision !== undefined;
  const reportNotice = notice.report;
  const clearNotice = notice.clear;
  const pasteRefusedShown = notice.value?.kind === 'paste-refused';
  const apiRef = useRef(api);
  apiRef.current = api;
  const storeImage = useCallback(async (bytes: Uint8Array, mime: string) => (await apiRef.current.putAsset(toBase64(bytes), mime)).hash, []);
  // One editor per article for the component's life: the shell re-mounts with key={articleId}.
  const [editor] = useState(() => createArticleEditor({ storeImage, onError: () => setImageError(t('figureFailed', lang)) }));
  const [initialValue] = useState<Descendant[]>(() => (initialBody.length > 0 ? initialBody : [emptyParagraph()]) as Descendant[]);

  const [docVersion, setDocVersion] = useState(0);
  const find = useFind(editor, docVersion);
  const spelling = useSpelling(editor, api.spelling, spellcheck && !readOnly);
  const findDecorate = find.decorate;
  const spellingDecorate = spelling.decorate;
  const decorate = useCallback(
    (entry: NodeEntry) => {
      const found = findDecorate(entry);
      const misspelt = spellingDecorate(entry);
      return misspelt.length === 0 ? found : found.length === 0 ? misspelt : [...found, ...misspelt];
    },
    [findDecorate, spellingDecorate],
  );
  const findOpen = useRef(false);
  findOpen.current = find.open !== null;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const caretMoved = spelling.caretMoved;
  const handleChange = useCallback(
    (value: Descendant[]) => {
      caretMoved();
      // Selection moves are not edits: only a real change reaches autosave.
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      onChangeRef.current(value as Block[]);
      if (findOpen.current) setDocVersion((v) => v + 1);
    },
    [editor, caretMoved],
  );

  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; word?: SpellingTarget | undefined } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pickSelection = useRef<BaseRange | null>(null);

  const setFindOpen = find.setOpen;
  const ctx = useMemo<CommandContext>(
    () => ({
      openLinkDialog: () => setDialog({ kind: 'link', selection: editor.selection, href: currentLinkHref(editor) }),
      openTableDialog: () => setDialog({ kind: 'table', selection: editor.selection }),
      openFind: (mode) => setFindOpen(mode),
      reportTidy: (count, scope) => reportNotice({ kind: 'tidy', count, scope, header: scope === 'article' ? (headerToTidyRef.current?.() ?? []) : [] }),
      ...(canKeepRevision ? { keepRevision: () => keepRevisionRef.current?.() ?? Promise.resolve() } : {}),
      pickImage: () => {
        pickSelection.current = editor.selection;
        fileInput.current?.click();
      },
    }),
    [editor, setFindOpen, reportNotice, canKeepRevision],
  );

  // Format and Edit menu items run the same registry command as the toolbar button.
  useMenuCommands((name) => {
    if (readOnly || !(EDITOR_MENU_COMMANDS as readonly string[]).includes(name)) return;
    const command = COMMANDS_BY_NAME.get(name);
    if (!command) return;
    // A native menu leaves the page's selection as it was: act on what is selected now.
    syncSelectionFromDom(editor);
    ReactEditor.focus(editor);
    command.run(editor, ctx);
  });

  const onDOMBeforeInput = useCallback((event: InputEvent) => typeAtCaret(editor, event), [editor]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Slate reads the DOM selection on a throttle; a shortcut pressed right after
      // Shift+Home must act on what is selected now, not 100 ms ago.
      if (event.ctrlKey || event.metaKey || event.key === 'Tab') syncSelectionFromDom(editor);
      clearNotice();
      if (handleEditorKey(editor, event.nativeEvent, ctx)) event.preventDefault();
    },
    [editor, ctx, clearNotice],
  );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!/^image\/(png|jpeg|gif|webp)$/.test(file.type)) {
      setImageError(t('figureNotImage', lang));
      return;
    }
    try {
      const hash = await storeImage(new Uint8Array(await file.arrayBuffer()), file.type);
      ReactEditor.focus(editor);
      if (pickSelection.current) Transforms.select(editor, pickSelection.current);
      insertFigure(editor, { asset: hash });
      setImageError(undefined);
    } catch {
      setImageError(t('figureFailed', lang));
    }
  };

  const targetAt = spelling.targetAt;
  const onContextMenu = useCallback((event: MouseEvent) => {
    event.preventDefault();
    // A refused paste is said again if the menu's paste is refused again; a tidy's report stays.
    if (pasteRefusedShown) clearNotice();
    // What is selected now, for Cut and Copy (Slate reads the DOM selection on a throttle).
    syncSelectionFromDom(editor);
    // A read-only view has no spelling: its menu is Copy and Select all.
    if (readOnly) {
      setMenu({ x: event.clientX, y: event.clientY });
      return;
    }
    // The word under the pointer; from the keyboard (the menu key), the word at the caret.
    let at = editor.selection?.focus;
    if (event.button === 2) {
      try {
        at = ReactEditor.findEventRange(editor, event).anchor;
      } catch {
        // Not over text: keep the caret's word.
      }
    }
    setMenu({ x: event.clientX, y: event.clientY, word: targetAt(at) });
  }, [readOnly, editor, targetAt, pasteRefusedShown, clearNotice]);

  const services = useMemo(() => ({ assetUrl: (h: string) => apiRef.current.assetUrl(h), lang, digits }), [lang, digits]);
  const closeFind = useCallback(() => {
    setFindOpen(null);
    ReactEditor.focus(editor);
  }, [setFindOpen, editor]);

  return (
    <EditorServicesContext.Provider value={services}>
        <Slate editor={editor} initialValue={initialValue} onChange={handleChange}>
          <div className="article-editor" data-article={articleId}>
            <div className="editor-chrome">
              {!readOnly && <Toolbar ctx={ctx} lang={lang} />}
              {find.open && <FindPanel find={find} lang={lang} onClose={closeFind} />}
              {/* Always there, so a screen reader hears each new report (a live region). In
                  the UI's language and direction, not the article's it sits in: English reads
                  from the left, under the toolbar's Tidy, and is spoken as English. */}
              <p className="editor-notice" role="status" data-qalam="editor-notice" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>{noticeText(notice.value, lang, digits)}</p>
            </div>
            {dialog?.kind === 'link' && <LinkDialog lang={lang} initialHref={dialog.href} selection={dialog.selection} onClose={() => setDialog(null)} />}
            {dialog?.kind === 'table' && <TableDialog lang={lang} selection={dialog.selection} onClose={() => setDialog(null)} />}
            {imageError && <p className="editor-error" role="alert">{imageError}</p>}
            <input ref={fileInput} type="file" accept="image/png,image/jpeg,image/gif,image/webp" hidden data-qalam="figure-file" onChange={onFile} />
            <Editable
              data-qalam="body"
              className="article-body"
              dir="rtl"
              lang="ar"
              aria-label={t('bodyLabel', lang)}
              placeholder={t('placeholder', lang)}
              readOnly={readOnly}
              renderElement={renderElement}
              renderLeaf={renderLeaf}
              renderChunk={renderChunk}
              decorate={decorate}
              onKeyDown={onKeyDown}
              onDOMBeforeInput={onDOMBeforeInput}
              onContextMenu={onContextMenu}
              scrollSelectionIntoView={scrollCaretIntoView}
              // Qalam's own checker underlines (Arabic too); Chromium's would add a second.
              spellCheck={false}
            />
            {menu && (
              <ContextMenu
                x={menu.x}
                y={menu.y}
                lang={lang}
                ctx={ctx}
                onClose={() => setMenu(null)}
                readOnly={readOnly}
                onPasteRefused={() => reportNotice({ kind: 'paste-refused' })}
                spelling={menu.word && spelling.actions ? { target: menu.word, actions: spelling.actions } : undefined}
              />
            )}
          </div>
        </Slate>
    </EditorServicesContext.Provider>
  );
}
