// The sync panel: settings (a text field for the folder: the web host has no native
// picker and a typed path works in both hosts), "sync now", the open conflicts and a
// log of the last passes in the UI language.
import { useEffect, useState, type FormEvent } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import { formatNumber, numberForField, typedDigits } from '../../electron/common/arabic/digits';
import { SYNC_INTERVAL_MAX, SYNC_INTERVAL_MIN, type SyncLogEntry, type SyncState } from '../../electron/common/sync';
import { describeAny } from '../api';
import { useLang } from '../i18n';
import { clockLabel } from '../statusbar/format';
import { useSync, type SyncContextValue } from './context';
import { Dialog } from './Dialog';
import { PARTS_SEPARATOR, passCounts, passMessage, syncSummary } from './format';
import { st } from './strings';
import './sync.css';
import { NAME_MAX } from '../../electron/common/settings';

export function SyncPanel({ digits }: { digits: DigitStyle }) {
  const sync = useSync();
  const lang = useLang();
  const titles = useConflictTitles(sync?.panelOpen ? (sync.state?.conflictIds ?? []) : []);
  if (!sync?.panelOpen || !sync.state) return null;
  const state = sync.state;
  const summary = syncSummary(state, lang, digits);
  return (
    <Dialog title={st(lang, 'panelTitle')} closeLabel={st(lang, 'close')} onClose={sync.closePanel} qalam="sync-panel" className="sync-panel">
      <p className={`sync-summary tone-${summary?.tone ?? 'off'}`} data-qalam="sync-summary" role="status">
        {summary?.text}
      </p>
      <SyncSettingsForm sync={sync} state={state} digits={digits} />
      {state.conflictIds.length > 0 && (
        <section aria-labelledby="sync-conflicts-title">
          <h3 id="sync-conflicts-title">{st(lang, 'openConflicts')}</h3>
          <ul className="sync-conflict-list">
            {state.conflictIds.map((id) => (
              <li key={id}>
                <span dir="auto">{titles.get(id) || id}</span>{' '}
                <button type="button" className="link" data-qalam="open-conflict" data-id={id} onClick={() => sync.openConflict(id)}>
                  {st(lang, 'showConflict')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sync-log-title">
        <h3 id="sync-log-title">{st(lang, 'log')}</h3>
        {state.log.length === 0 ? (
          <p className="muted-inline">{st(lang, 'logEmpty')}</p>
        ) : (
          <ol className="sync-log" data-qalam="sync-log">
            {state.log.map((entry, i) => (
              <LogEntry
                key={entry.startedAt + entry.finishedAt}
                entry={entry}
                digits={digits}
                // The newer-Qalam notice holds until the update: said once, on its latest pass.
                notice={i === state.log.findIndex((e) => e.notice)}
              />
            ))}
          </ol>
        )}
      </section>
    </Dialog>
  );
}

function LogEntry({ entry, digits, notice }: { entry: SyncLogEntry; digits: DigitStyle; notice: boolean }) {
  const lang = useLang();
  const problems = [...entry.failed, ...entry.skipped];
  const bad = entry.status !== 'ok' || entry.crashed;
  return (
    <li className={bad ? 'bad' : undefined} data-qalam="sync-log-entry" data-status={entry.status}>
      <time dateTime={entry.finishedAt}>{clockLabel(new Date(entry.finishedAt), digits)}</time>{' '}
      {bad ? <strong>{passMessage(entry, lang)}</strong> : passCounts(entry, lang, digits).join(PARTS_SEPARATOR[lang])}
      {/* The engine's detail is an English line for whoever supports the desk: in the
          Arabic UI it waits, folded, instead of following the Arabic message inline. */}
      {bad && entry.detail && lang === 'en' && (
        <>
          {' '}
          <bdi dir="ltr" className="sync-path">
            {entry.detail}
          </bdi>
        </>
      )}
      {bad && entry.detail && lang !== 'en' && (
        <details className="sync-detail" data-qalam="sync-log-detail">
          <summary>{st(lang, 'technicalDetail')}</summary>
          <p dir="ltr" lang="en" className="sync-path">
            {entry.detail}
          </p>
        </details>
      )}
      {bad && entry.status === 'share_error' && <> — {passCounts(entry, lang, digits).join(PARTS_SEPARATOR[lang])}</>}
      {notice && entry.notice && (
        <p className="sync-notice" data-qalam="sync-notice">
          {lang === 'en' ? entry.notice : entry.noticeAr}
        </p>
      )}
      {problems.length > 0 && (
        <details>
          <summary>
            {st(lang, 'skipped')} / {st(lang, 'failed')}: {formatNumber(problems.length, digits)}
          </summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i} dir="ltr" className="sync-path">
                {st('en', 'skippedReason', { path: p.path, reason: p.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** The same settings form for a Settings page to mount (renders nothing outside the
 * SyncProvider or before the first status arrives). */
export function SyncSettingsSection({ digits }: { digits: DigitStyle }) {
  const sync = useSync();
  if (!sync?.state) return null;
  return <SyncSettingsForm sync={sync} state={sync.state} digits={digits} />;
}

function SyncSettingsForm({ sync, state, digits }: { sync: SyncContextValue; state: SyncState; digits: DigitStyle }) {
  const lang = useLang();
  const [folder, setFolder] = useState(state.shareFolder);
  const [device, setDevice] = useState(state.deviceName);
  // Shown in the chosen digits, read in either (an editor may type ٦٠ or 60).
  const [interval, setIntervalValue] = useState(numberForField(state.intervalSeconds, digits));
  const [enabled, setEnabled] = useState(state.enabled);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<SyncState>, done?: string) => {
    setBusy(true);
    try {
      sync.setState(await action());
      setMessage(done ? { text: done, error: false } : undefined);
    } catch (e) {
      setMessage({ text: describeAny(e, lang), error: true });
    } finally {
      setBusy(false);
      void sync.refresh();
    }
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const typed = Number(typedDigits(interval));
    const seconds = Math.min(SYNC_INTERVAL_MAX, Math.max(SYNC_INTERVAL_MIN, Math.round(typed || 30)));
    setIntervalValue(numberForField(seconds, digits));
    void run(() => sync.api.sync.configure({ shareFolder: folder, deviceName: device, intervalSeconds: seconds, enabled }), st(lang, 'saved'));
  };

  const replaced = state.log[0]?.status === 'share_replaced';
  return (
    <form className="sync-settings" onSubmit={save} data-qalam="sync-settings">
      <label>
        {st(lang, 'shareFolder')}
        <input
          type="text"
          dir="ltr"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          data-qalam="sync-folder"
          aria-describedby="sync-folder-hint"
          spellCheck={false}
        />
        <small id="sync-folder-hint">
          {st(lang, 'shareFolderHint')
            .split(/(\{[ab]\})/)
            .map((part, i) =>
              part === '{a}' || part === '{b}' ? (
                <bdi key={i} dir="ltr">
                  <code>{part === '{a}' ? '/mnt/desk-share' : '\\\\server\\qalam'}</code>
                </bdi>
              ) : (
                part
              ),
            )}
        </small>
      </label>
      <label>
        {st(lang, 'deviceName')}
        <input type="text" dir="auto" value={device} maxLength={NAME_MAX} onChange={(e) => setDevice(e.target.value.slice(0, NAME_MAX))} data-qalam="sync-device" aria-describedby="sync-device-hint" />
        <small id="sync-device-hint">{st(lang, 'deviceNameHint')}</small>
      </label>
      <div className="sync-row-fields">
        <label>
          {st(lang, 'interval')}
          {/* A text field, not type=number: that one shows only Latin digits. */}
          <input
            type="text"
            inputMode="numeric"
            value={interval}
            onChange={(e) => setIntervalValue(e.target.value)}
            data-qalam="sync-interval"
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} data-qalam="sync-enabled" />
          {st(lang, 'enabled')}
        </label>
      </div>
      <div className="sync-actions">
        <button type="submit" className="primary" disabled={busy} data-qalam="sync-save">
          {st(lang, 'save')}
        </button>
        <button
          type="button"
          disabled={busy || !state.active}
          data-qalam="sync-now"
          onClick={() => void run(() => sync.api.sync.now(undefined))}
        >
          {st(lang, 'syncNow')}
        </button>
        {replaced && (
          <button type="button" data-qalam="sync-adopt" disabled={busy} title={st(lang, 'adoptShareHint')} onClick={() => void run(() => sync.api.sync.now({ adoptShare: true }))}>
            {st(lang, 'adoptShare')}
          </button>
        )}
      </div>
      {replaced && <p className="muted-inline">{st(lang, 'adoptShareHint')}</p>}
      {message && (
        <p className={message.error ? 'sync-message error' : 'sync-message'} role={message.error ? 'alert' : 'status'} data-qalam="sync-message">
          {message.text}
        </p>
      )}
    </form>
  );
}

/** Headlines of the conflicted articles, fetched when the set changes. */
function useConflictTitles(ids: readonly string[]): Map<string, string> {
  const sync = useSync();
  const key = ids.join(',');
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    if (!key || !sync) return;
    sync.api.sync.conflicts(undefined).then(
      (list) => setTitles(new Map(list.map((c) => [c.articleId, c.mine.meta.headline || c.theirs.meta.headline]))),
      () => {},
    );
  }, [key]);
  return titles;
}
