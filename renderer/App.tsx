// The shell: top bar, library (inline start: right in RTL), the open article in the
// centre, inspector (inline end: left in RTL), status bar. The UI language sets the
// chrome's lang/dir; the article keeps its own. Which side panels show, and how, is
// shell/panels.ts's: the shell wears it as data-library / data-inspector for app.css.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeAny, setMessageLanguage, type Client } from './api';
import { ArticleView } from './article/ArticleView';
import { ExportLauncher } from './export/ExportLauncher';
import { HistoryView } from './history/HistoryView';
import { dirOf, LangContext, t } from './i18n';
import { LibraryPanel, type LibraryHandle, type LiveHeader } from './library/LibraryPanel';
import { useMenuCommands, useMenuState } from './menu';
import { navigate, useRoute } from './router';
import { chromeDigits, useResolvedTheme, useSettings } from './settings';
import { SettingsView } from './settings/SettingsView';
import { StatusBar } from './statusbar/StatusBar';
import { SyncProvider } from './sync/context';
import { ConflictView } from './sync/ConflictView';
import { SyncPanel } from './sync/SyncPanel';
import { usePanels } from './shell/usePanels';
import { TopBar } from './TopBar';
import { Welcome } from './shell/Welcome';

export function App({ client }: { client: Client }) {
  const { api } = client;
  const [settings, updateSettings] = useSettings(api);
  const lang = settings.uiLanguage;
  const theme = useResolvedTheme(settings.theme);
  const route = useRoute();
  const [live, setLive] = useState<LiveHeader>();
  const [refreshKey, setRefreshKey] = useState(0);
  const [createError, setCreateError] = useState<string>();
  // The library's ways in, and whether it holds anything: the empty main pane offers both.
  const library = useRef<LibraryHandle>(null);
  const [libraryEmpty, setLibraryEmpty] = useState<boolean>();
  // Bumped when a sync conflict of the open article is resolved: reopen it as resolved.
  const [reloadKey, setReloadKey] = useState(0);
  // Only an open article has details: the library's page, history and settings have none.
  const panels = usePanels(route.view === 'library' ? 'home' : route.view === 'history' || route.view === 'settings' ? 'noDetails' : 'article');
  const { dismissOverlay, toggle: togglePanel } = panels;
  // The desktop menu's View › details follows the page, as the top bar's button does.
  useMenuState(panels.available.inspector);

  // The library laid over the article is there to pick an article: once one is chosen
  // (or made, or the page moves on), it gets out of the way of the text.
  useEffect(() => {
    const chosen = () => dismissOverlay('library');
    window.addEventListener('hashchange', chosen);
    return () => window.removeEventListener('hashchange', chosen);
  }, [dismissOverlay]);

  // Before the first paint, so the page never shows one frame in the wrong language,
  // direction or theme.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dirOf(lang);
    root.dataset.theme = theme;
    root.style.setProperty('--article-font', `'${settings.editorFont}'`);
    root.style.setProperty('--article-size', `${settings.editorFontSize}px`);
    document.title = t(lang, 'appName');
    setMessageLanguage(lang);
  }, [lang, theme, settings.editorFont, settings.editorFontSize]);

  const create = useCallback(() => {
    api.articles.create({}).then(
      (article) => {
        setCreateError(undefined);
        setRefreshKey((k) => k + 1);
        navigate({ view: 'article', id: article.id });
      },
      (e: unknown) => setCreateError(describeAny(e, lang)),
    );
  }, [api, lang]);

  // File and View menu items (the editor and the open article take their own).
  useMenuCommands((command) => {
    if (command === 'article.new') create();
    else if (command === 'view.library') navigate({ view: 'library' });
    else if (command === 'view.panel.library') togglePanel('library');
    else if (command === 'view.panel.inspector') togglePanel('inspector');
    else if (command === 'view.theme.light' || command === 'view.theme.dark' || command === 'view.theme.system') {
      updateSettings({ theme: command.slice('view.theme.'.length) as 'light' | 'dark' | 'system' });
    } else if (command === 'view.language.ar' || command === 'view.language.en') {
      updateSettings({ uiLanguage: command.slice('view.language.'.length) as 'ar' | 'en' });
    }
  });

  const openId = route.view === 'article' || route.view === 'history' ? route.id : undefined;
  const digits = chromeDigits(settings);
  return (
    <LangContext.Provider value={lang}>
      <SyncProvider api={api} editing={route.view === 'article' ? route.id : undefined} onLibraryChanged={() => setRefreshKey((k) => k + 1)} onOpenArticlePulled={() => setReloadKey((k) => k + 1)}>
      <div className="shell" data-library={panels.layout.library} data-inspector={panels.layout.inspector}>
        <TopBar
          theme={theme}
          shown={{ library: panels.layout.library !== 'off', inspector: panels.layout.inspector !== 'off' }}
          available={panels.available}
          onTogglePanel={togglePanel}
          onToggleLanguage={() => updateSettings({ uiLanguage: lang === 'ar' ? 'en' : 'ar' })}
          onToggleTheme={() => updateSettings({ theme: theme === 'dark' ? 'light' : 'dark' })}
          error={createError}
          extra={
            <ExportLauncher
              api={api}
              id={route.view === 'article' ? route.id : undefined}
              remembered={settings.exportDefaults}
              chromeDigits={digits}
              onRemember={(exportDefaults) => updateSettings({ exportDefaults })}
            />
          }
        />
        <LibraryPanel
          api={api}
          openId={openId}
          live={live}
          refreshKey={refreshKey}
          sections={settings.sections}
          digits={digits}
          exportDefaults={settings.exportDefaults}
          onRememberExport={(exportDefaults) => updateSettings({ exportDefaults })}
          onCreate={create}
          handle={library}
          onEmpty={setLibraryEmpty}
        />
        {route.view === 'history' ? (
          <HistoryView key={route.id} id={route.id} client={client} digits={digits} />
        ) : route.view === 'settings' ? (
          <SettingsView api={api} settings={settings} digits={digits} onChange={updateSettings} />
        ) : openId ? (
          <ArticleView key={`${openId}:${reloadKey}`} id={openId} client={client} settings={settings} onHeader={setLive} />
        ) : (
          <>
            <Welcome
              empty={libraryEmpty}
              onCreate={create}
              onOpenFile={() => library.current?.openFile()}
              onDropFiles={(files) => library.current?.importFiles(files)}
            />
            <aside className="inspector" />
            <StatusBar counts={undefined} targetWords={undefined} saveState={undefined} digits={chromeDigits(settings)} onRetry={() => {}} />
          </>
        )}
        {/* History and settings fill the centre; the status bar (and the sync status in
            it) stays along the bottom there too. */}
        {(route.view === 'history' || route.view === 'settings') && (
          <StatusBar counts={undefined} targetWords={undefined} saveState={undefined} digits={digits} onRetry={() => {}} />
        )}
        <SyncPanel digits={digits} />
        <ConflictView
          digits={digits}
          onResolved={(id) => {
            setRefreshKey((k) => k + 1);
            if (id === openId) setReloadKey((k) => k + 1);
          }}
        />
      </div>
      </SyncProvider>
    </LangContext.Provider>
  );
}
