// Settings: language and digits, the editor's face and size, who is writing on which
// machine, the sections list and backups. Each change is saved as it is made, except in
// the sync form, which is saved with its button (the device name lives there).
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import { NAME_MAX, type Settings, type SettingsPatch } from '../../electron/common/settings';
import { useLang, useT } from '../i18n';
import { SyncSettingsSection } from '../sync/SyncPanel';
import { st } from '../sync/strings';
import { BackupsSection } from './BackupsSection';
import { PersonalDictionarySection } from './PersonalDictionary';
import { SectionsEditor } from './SectionsEditor';
import './settings.css';

const SIZES = [14, 16, 18, 20, 22, 24, 26, 28, 32, 36];

interface Props {
  api: Api;
  settings: Settings;
  digits: DigitStyle;
  onChange(patch: SettingsPatch): void;
}

export function SettingsView({ api, settings, digits, onChange }: Props) {
  const tr = useT();
  const lang = useLang();
  // The device name is edited once, in the sync form below (what colleagues see beside
  // your name); here a pointer takes the editor there.
  const toDeviceName = () => {
    const field = document.querySelector<HTMLInputElement>('[data-qalam="settings-sync"] [data-qalam="sync-device"]');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return (
    <main className="settings-pane" data-qalam="settings" aria-labelledby="qalam-settings-title">
      <h1 id="qalam-settings-title">{tr('settings')}</h1>
      <fieldset>
        <legend>{tr('settingsDisplay')}</legend>
        <label>
          <span>{tr('uiLanguage')}</span>
          <select value={settings.uiLanguage} data-qalam="ui-language" onChange={(e) => onChange({ uiLanguage: e.target.value as Settings['uiLanguage'] })}>
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label>
          <span>{tr('digitsSetting')}</span>
          <select value={settings.digits} data-qalam="digits" onChange={(e) => onChange({ digits: e.target.value as Settings['digits'] })}>
            <option value="arab">{tr('digitsArab')}</option>
            <option value="latn">{tr('digitsLatn')}</option>
          </select>
        </label>
        <label>
          <span>{tr('themeSetting')}</span>
          <select value={settings.theme} data-qalam="theme" onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">{tr('themeSystem')}</option>
            <option value="light">{tr('themeLight')}</option>
            <option value="dark">{tr('themeDark')}</option>
          </select>
        </label>
        <label>
          <span>{tr('editorFont')}</span>
          <select value={settings.editorFont} data-qalam="editor-font" onChange={(e) => onChange({ editorFont: e.target.value as Settings['editorFont'] })}>
            <option value="Amiri">{tr('fontAmiri')}</option>
            <option value="Noto Naskh Arabic">{tr('fontNaskh')}</option>
          </select>
        </label>
        <label>
          <span>{tr('editorFontSize')}</span>
          <select value={settings.editorFontSize} data-qalam="editor-font-size" onChange={(e) => onChange({ editorFontSize: Number(e.target.value) })}>
            {[...new Set([...SIZES, settings.editorFontSize])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {formatNumber(n, digits)}
              </option>
            ))}
          </select>
        </label>
        <p className="font-sample" style={{ fontFamily: `'${settings.editorFont}', serif`, fontSize: `${settings.editorFontSize}px` }} lang="ar" dir="rtl">
          {tr('fontSample')}
        </p>
        <label className="settings-check">
          <input type="checkbox" checked={settings.spellcheck !== false} data-qalam="spellcheck" onChange={(e) => onChange({ spellcheck: e.target.checked })} />
          <span>{tr('spellcheckSetting')}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr('settingsWho')}</legend>
        <label>
          <span>{tr('author')}</span>
          <input value={settings.author} dir="auto" maxLength={NAME_MAX} data-qalam="author" onChange={(e) => onChange({ author: e.target.value.slice(0, NAME_MAX) })} />
        </label>
        <p className="hint">{tr('whoHint')}</p>
        <p className="hint" data-qalam="device-name-pointer">
          {tr('deviceNameLives', { section: tr('syncSection'), save: st(lang, 'save') })}{' '}
          <button type="button" className="link" data-qalam="go-device-name" onClick={toDeviceName}>
            {tr('deviceNameGo')}
          </button>
        </p>
      </fieldset>
      <PersonalDictionarySection api={api} digits={digits} />
      <SectionsEditor sections={settings.sections} digits={digits} onChange={(sections) => onChange({ sections })} />
      <BackupsSection api={api} settings={settings} digits={digits} onChange={onChange} />
      {/* The shared-folder sync form is the sync engineer's; it is mounted here too. */}
      <fieldset data-qalam="settings-sync">
        <legend>{tr('syncSection')}</legend>
        <SyncSettingsSection digits={digits} />
      </fieldset>
    </main>
  );
}
