import type { ReactNode } from 'react';
import { useT } from './i18n';
import type { ResolvedTheme } from './settings';
import type { PanelName } from './shell/panels';
import { PanelToggle } from './shell/PanelToggle';

interface Props {
  theme: ResolvedTheme;
  onToggleLanguage(): void;
  onToggleTheme(): void;
  error: string | undefined;
  /** Commands of the open article (export). */
  extra?: ReactNode;
  /** Which side panels are on screen, and the editor's way to show or hide them. */
  shown: Record<PanelName, boolean>;
  /** Whether the page has the panel (history and settings have no details). */
  available: Record<PanelName, boolean>;
  onTogglePanel(panel: PanelName): void;
}

export function TopBar({ theme, onToggleLanguage, onToggleTheme, error, extra, shown, available, onTogglePanel }: Props) {
  const tr = useT();
  return (
    <div className="topbar" role="banner">
      {/* The page's one level-one heading: the app's name, which is also the way home. */}
      <h1 className="brand-title">
        <a className="brand" href="#/" lang="ar">
          قلم
        </a>
      </h1>
      {/* Each panel's button on its panel's side of the bar: the library's by the name. */}
      <PanelToggle panel="library" shown={shown.library} available={available.library} onToggle={() => onTogglePanel('library')} />
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      <span className="spacer" />
      {extra}
      <a className="quiet topbar-link" href="#/settings" data-qalam="open-settings">
        {tr('settings')}
      </a>
      <button type="button" className="quiet" data-qalam="toggle-theme" title={tr('themeToggleLabel')} onClick={onToggleTheme}>
        {theme === 'dark' ? tr('themeLight') : tr('themeDark')}
      </button>
      <button type="button" className="quiet" data-qalam="toggle-language" aria-label={tr('switchLanguageLabel')} onClick={onToggleLanguage}>
        <span lang={tr('switchLanguage') === 'English' ? 'en' : 'ar'}>{tr('switchLanguage')}</span>
      </button>
      <PanelToggle panel="inspector" shown={shown.inspector} available={available.inspector} onToggle={() => onTogglePanel('inspector')} />
    </div>
  );
}
