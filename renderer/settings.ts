// The settings the shell needs (language, theme, digits, fonts), loaded once and
// saved through the contract. Until they arrive the page wears the language, theme and
// digits it last had (a hint kept in localStorage), so an English desk never flashes
// Arabic, nor a dark one white, on every start.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DigitStyle } from '../electron/common/arabic/digits';
import type { Api } from '../electron/common/contract';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../electron/common/settings';
import { pageStorage, readStored, writeStored } from './page-storage';

const LOOK_KEY = 'qalam.look';
type Look = Pick<Settings, 'uiLanguage' | 'theme' | 'digits'>;

/** The look the page last had, as far as it is one the settings allow. */
export function readLook(storage: Pick<Storage, 'getItem'> | undefined): Partial<Look> {
  const stored = readStored(storage, LOOK_KEY);
  const raw = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const look: Partial<Look> = {};
  if (raw.uiLanguage === 'ar' || raw.uiLanguage === 'en') look.uiLanguage = raw.uiLanguage;
  if (raw.theme === 'light' || raw.theme === 'dark' || raw.theme === 'system') look.theme = raw.theme;
  if (raw.digits === 'arab' || raw.digits === 'latn') look.digits = raw.digits;
  return look;
}

export function writeLook(storage: Pick<Storage, 'setItem'> | undefined, s: Settings): void {
  writeStored(storage, LOOK_KEY, { uiLanguage: s.uiLanguage, theme: s.theme, digits: s.digits });
}

export function useSettings(api: Api): [Settings, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings>(() => ({ ...DEFAULT_SETTINGS, ...readLook(pageStorage()) }));
  useEffect(() => writeLook(pageStorage(), settings), [settings.uiLanguage, settings.theme, settings.digits]);
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
