// One open article: header fields, the body editor, the inspector and the status bar,
// wired to autosave. Mounted per article (keyed by id), so switching articles finishes
// the previous one's saves before anything of the next is shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextCounts } from '../../electron/common/arabic/count';
import type { Article, ArticleMeta, Block } from '../../electron/common/document/types';
import type { Settings } from '../../electron/common/settings';
import { chromeDigits } from '../settings';
import { ApiError, describeAny, type Client } from '../api';
import { countArticle } from './counts';
import { Autosaver, type SaveState } from '../autosave';
import { useMenuCommands } from '../menu';
import { useLang, useT } from '../i18n';
import { Inspector } from '../inspector/Inspector';
import { describeInvalid } from '../inspector/invalid';
import type { LiveHeader } from '../library/LibraryPanel';
import { StatusBar } from '../statusbar/StatusBar';
import { ArticleSyncNotice } from '../sync/SyncBadges';
import { BodyEditor } from './BodyEditor';
import { spellingApi } from './spelling-api';
import { HeaderFields } from './HeaderFields';
import { headerFieldsToTidy } from '../editor/commands/tidy-field';
import { applyMeta, mergePatches, type ArticlePatch, type MetaPatch } from './patch';

interface Props {
  id: string;
  client: Client;
  settings: Settings;
  onHeader(header: LiveHeader): void;
}

/** Counts wait for a pause in typing (and then recount only the changed blocks). */
const COUNT_DELAY_MS = 300;

export function ArticleView({ id, client, settings, onHeader }: Props) {
  const { api } = client;
  const tr = useT();
  const lang = useLang();
  const [article, setArticle] = useState<Article>();
  const [meta, setMeta] = useState<ArticleMeta>();
  const [error, setError] = useState<unknown>();
  const [saveState, setSaveState] = useState<SaveState>();
  const [counts, setCounts] = useState<TextCounts>();
  const bodyRef = useRef<Block[]>([]);
  const metaRef = useRef<ArticleMeta | undefined>(undefined);
  const revisionRef = useRef('');
  const saverRef = useRef<Autosaver<ArticlePatch> | undefined>(undefined);
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const recount = useCallback(() => {
    clearTimeout(countTimer.current);
    countTimer.current = setTimeout(() => {
      if (metaRef.current) setCounts(countArticle({ meta: metaRef.current, body: bodyRef.current }));
    }, COUNT_DELAY_MS);
  }, []);

  useEffect(() => {
    let alive = true;
    const saver = new Autosaver<ArticlePatch>({
      save: async (patch, reason) => {
        const saved = await api.articles.save({ id, ...patch, baseRevision: revisionRef.current || undefined, reason });
        revisionRef.current = saved.revision;
        // The store suffixes a slug another article uses: show the one it kept.
        const mine = metaRef.current;
        if (alive && mine && patch.meta?.slug === mine.slug && saved.meta.slug !== mine.slug) {
          metaRef.current = { ...mine, slug: saved.meta.slug };
          setMeta(metaRef.current);
        }
      },
      merge: mergePatches,
      empty: () => ({}),
      // Retrying cannot help: the store refuses the content (until the editor fixes it),
      // or the article went to the trash or is gone.
      isPermanent: (e) => e instanceof ApiError && ['invalid', 'in_trash', 'not_found'].includes(e.info.code),
      onState: (state) => alive && setSaveState(state),
    });
    saverRef.current = saver;

    api.articles.get({ id }).then(
      (loaded) => {
        if (!alive) return;
        revisionRef.current = loaded.revision;
        bodyRef.current = loaded.body;
        metaRef.current = loaded.meta;
        setArticle(loaded);
        setMeta(loaded.meta);
        setCounts(countArticle(loaded));
      },
      (e: unknown) => alive && setError(e),
    );

    // Leaving the page: what is unsaved goes out in a request that outlives it.
    let sentOnUnload = false;
    const unload = () => {
      if (sentOnUnload) return;
      sentOnUnload = true;
      saver.flushOnUnload((patch, reason) =>
        client.saveOnUnload({ id, ...patch, baseRevision: revisionRef.current || undefined, reason }),
      );
    };
    const pageshow = () => (sentOnUnload = false);
    // Hidden is not gone: an ordinary save still completes, and the next keystroke is safe.
    const hidden = () => document.visibilityState === 'hidden' && void saver.flush();
    const snapshotKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyS') {
        e.preventDefault();
        void saver.snapshot();
      }
    };
    window.addEventListener('beforeunload', unload);
    window.addEventListener('pagehide', unload);
    window.addEventListener('pageshow', pageshow);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('keydown', snapshotKey);
    return () => {
      alive = false;
      window.removeEventListener('beforeunload', unload);
      window.removeEventListener('pagehide', unload);
      window.removeEventListener('pageshow', pageshow);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('keydown', snapshotKey);
      clearTimeout(countTimer.current);
      // Switching articles: finish this one's saves; a failing one keeps retrying.
      void saver.flush().then((ok) => ok && saver.dispose());
    };
  }, [id, api, client]);

  // The menu's File › Save revision, and main's "flush" before a window closes: main
  // waits for this promise, so what is typed is on disk before the window goes.
  useMenuCommands((command) => {
    if (command === 'flush') return saverRef.current?.flush();
    if (command === 'article.saveRevision') return saverRef.current?.snapshot();
  });

  const changeMeta = useCallback(
    (patch: MetaPatch) => {
      const next = applyMeta(metaRef.current!, patch);
      metaRef.current = next;
      setMeta(next);
      saverRef.current?.change({ meta: patch });
      onHeader({ id, kicker: next.kicker, headline: next.headline, status: next.status });
      recount();
    },
    [id, onHeader, recount],
  );

  const changeBody = useCallback(
    (body: Block[]) => {
      // Slate reports selection moves too; those leave the body array as it was.
      if (body === bodyRef.current) return;
      bodyRef.current = body;
      saverRef.current?.change({ body });
      recount();
    },
    [recount],
  );

  const retry = useCallback(() => void saverRef.current?.retryNow(), []);
  // What the body's tidy of the whole article names above it, from the fields as typed.
  const headerToTidy = useCallback(() => (metaRef.current ? headerFieldsToTidy(metaRef.current) : []), []);
  // Before a tidy: the article as it was becomes a revision (as Ctrl+S keeps one), so
  // the history's diff shows exactly what the tidy changed, beyond the editor's undo.
  const keepRevision = useCallback(() => saverRef.current?.snapshot() ?? Promise.resolve(true), []);

  if (error !== undefined) {
    return (
      <main className="editor-pane empty" data-qalam="open-error">
        <p role="alert">
          {tr('openError')}: {describeAny(error, lang)}
        </p>
        <a href="#/">{tr('backToLibrary')}</a>
      </main>
    );
  }
  if (!article || !meta) {
    return <main className="editor-pane empty">{tr('loading')}</main>;
  }
  const articleDir = meta.language.startsWith('ar') ? 'rtl' : 'auto';
  // A save the store refused for its content: say what to fix, where it is.
  const refused = saveState?.kind === 'failed' && saveState.permanent ? saveState.error : undefined;
  const invalid = refused instanceof ApiError ? describeInvalid(refused.info.detail, lang, chromeDigits(settings)) : undefined;
  return (
    <>
      <main className="editor-pane" data-qalam="article" data-id={id}>
        {refused !== undefined && (
          <p className="save-refused" role="alert" data-qalam="save-refused" data-field={invalid?.field}>
            {tr('saveRefused')} {invalid?.message ?? describeAny(refused, lang)}
          </p>
        )}
        <ArticleSyncNotice articleId={id} digits={chromeDigits(settings)} />
        <div className="article" dir={articleDir} lang={meta.language}>
          <HeaderFields
            meta={meta}
            onChange={changeMeta}
            autoFocusHeadline={article.meta.headline === ''}
            spelling={spellingApi(client)}
            spellcheck={settings.spellcheck !== false}
            digits={chromeDigits(settings)}
          />
          <BodyEditor
            articleId={id}
            initialBody={article.body}
            onChange={changeBody}
            client={client}
            lang={lang}
            digits={chromeDigits(settings)}
            spellcheck={settings.spellcheck !== false}
            headerToTidy={headerToTidy}
            keepRevision={keepRevision}
          />
        </div>
      </main>
      <Inspector
        id={id}
        api={api}
        meta={meta}
        body={bodyRef.current}
        words={counts?.words}
        sections={settings.sections}
        digits={chromeDigits(settings)}
        savedAt={saveState?.kind === 'saved' ? saveState.at.getTime() : undefined}
        invalid={invalid}
        onChange={changeMeta}
      />
      <StatusBar counts={counts} targetWords={meta.targetWords} saveState={saveState} digits={chromeDigits(settings)} onRetry={retry} />
    </>
  );
}
