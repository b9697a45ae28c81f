// Backups: where and how often (scheduled by the host process), a backup now, and the
// list of backups, each restorable after a confirmation. The store keeps the current
// library aside before a restore, so even a wrong choice can be walked back.
import { useEffect, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api, BackupInfo } from '../../electron/common/contract';
import type { Settings, SettingsPatch } from '../../electron/common/settings';
import { describeAny } from '../api';
import { useLang, useT } from '../i18n';
import { ConfirmButton } from '../library/Confirm';
import { absoluteTime } from '../library/relative-time';
import { backupEveryLabel, EVERY_HOURS } from './backup-every';
import { RestoreProgress } from './RestoreProgress';
import { sizeLabel } from './size';

interface Props {
  api: Api;
  settings: Settings;
  digits: DigitStyle;
  onChange(patch: SettingsPatch): void;
}

export function BackupsSection({ api, settings, digits, onChange }: Props) {
  const tr = useT();
  const lang = useLang();
  const [listed, setListed] = useState<{ folder: string; backups: BackupInfo[] }>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  // A restore under way: the window over the page, until the page reloads or it fails.
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    api.library.listBackups(undefined).then(setListed, (e: unknown) => setMessage({ text: describeAny(e, lang), error: true }));
  }, [api, reload, settings.backupFolder]);

  const run = <T,>(work: Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    work.then(
      (value) => {
        setBusy(false);
        done(value);
      },
      (e: unknown) => {
        setBusy(false);
        setMessage({ text: describeAny(e, lang), error: true });
      },
    );
  };

  return (
    <fieldset className="backups" data-qalam="backups" aria-busy={busy}>
      <legend>{tr('backups')}</legend>
      <label>
        <span>{tr('backupFolder')}</span>
        <input
          value={settings.backupFolder}
          dir="ltr"
          placeholder={listed?.folder ?? ''}
          data-qalam="backup-folder"
          onChange={(e) => onChange({ backupFolder: e.target.value })}
        />
      </label>
      <p className="hint">{tr('backupFolderHint')}</p>
      <label>
        <span>{tr('backupEvery')}</span>
        <select value={settings.backupEveryHours} data-qalam="backup-every" onChange={(e) => onChange({ backupEveryHours: Number(e.target.value) })}>
          {[...new Set([...EVERY_HOURS, settings.backupEveryHours])].map((h) => (
            <option key={h} value={h}>
              {backupEveryLabel(h, lang, digits)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="primary"
        data-qalam="backup-now"
        disabled={busy}
        onClick={() =>
          run(api.library.backup(undefined), (info) => {
            setMessage({ text: tr('backupMade', { when: absoluteTime(info.createdAt, lang, digits) }), error: false });
            setReload((n) => n + 1);
          })
        }
      >
        {tr('backupNow')}
      </button>
      {message && (
        <p className={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'} data-qalam="backup-message">
          {message.text}
        </p>
      )}
      {listed && listed.backups.length === 0 && <p className="muted">{tr('noBackups')}</p>}
      <ul className="backup-list" aria-label={tr('backupList')}>
        {listed?.backups.map((b) => {
          const when = absoluteTime(b.createdAt, lang, digits);
          return (
            <li key={b.path} data-qalam="backup-row" data-path={b.path}>
              <span>{when}</span>
              <span className="muted">{sizeLabel(b.bytes, lang, digits)}</span>
              <ConfirmButton
                qalam="restore-backup"
                label={tr('restoreBackup')}
                question={tr('restoreBackupQuestion', { when })}
                confirmLabel={tr('restoreBackupYes')}
                disabled={busy}
                onConfirm={() => {
                  setRestoring(true);
                  const restored = api.library.restoreBackup({ path: b.path });
                  // A failure takes the window away and says why; success keeps it up until the reload.
                  restored.catch(() => setRestoring(false));
                  run(
                    restored,
                    () => {
                      // Everything on screen belongs to the library that was replaced.
                      window.location.hash = '#/';
                      window.location.reload();
                    },
                  );
                }}
              />
            </li>
          );
        })}
      </ul>
      {restoring && <RestoreProgress api={api} digits={digits} />}
    </fieldset>
  );
}
