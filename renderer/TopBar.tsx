import type { ReactNode } from 'react';
import { useT } from './i18n';
import type { ResolvedTheme } from './settings';

interface Props {
  theme: ResolvedTheme;
  onToggleLanguage(): void;
  onToggleTheme(): void;
  error: string | undefined;
  /** Commands of the open article (export). */
  extra?: ReactNode;
}

export function TopBar({ theme, onToggleLanguage, onToggleTheme, error, extra }: Props) {
  const tr = useT();
  return (
    <div className="topbar" role="banner">
      {/* The page's one level-one heading: the app's name, which is also the way home. */}
      <h1 className="brand-title">
        <a className="brand" href="#/">
          قلم
        </a>
      </h1>
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
    </div>
  );
}
