// The settings the shell needs (language, theme, digits, fonts), loaded once and
// saved through the contract; the page works on the defaults until they arrive.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DigitStyle } from '../electron/common/arabic/digits';
import type { Api } from '../electron/common/contract';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../electron/common/settings';

export function useSettings(api: Api): [Settings, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    api.settings.get(undefined).then(setSettings, () => {
      // Unreadable settings are not worth blocking the editor for: defaults stand.
    });
  }, [api]);
  // Typing a name sends one change per keystroke: only the newest answer may replace
  // what is on screen, or a slower older one would undo the last letters.
  const latest = useRef(0);
  const update = useCallback(
    (patch: SettingsPatch) => {
      setSettings((s) => ({ ...s, ...patch }));
      const mine = ++latest.current;
      api.settings.set(patch).then((s) => mine === latest.current && setSettings(s), () => {});
    },
    [api],
  );
  return [settings, update];
}

export type ResolvedTheme = 'light' | 'dark';

/** 'system' follows the OS and keeps following it while the app is open. */
export function useResolvedTheme(theme: Settings['theme']): ResolvedTheme {
  const query = '(prefers-color-scheme: dark)';
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const update = () => setSystemDark(mq.matches);
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** Digits in the chrome: the setting (Arabic-Indic by default) in the Arabic UI; an
 * English UI reads Latin digits, as "٣٩١ words" would jar. */
export function chromeDigits(settings: Settings): DigitStyle {
  return settings.uiLanguage === 'en' ? 'latn' : settings.digits;
}
