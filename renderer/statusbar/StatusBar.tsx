// Words, characters, reading time, progress to the target, and whether the text is
// safe: the line an editor glances at before filing.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { TextCounts } from '../../electron/common/arabic/count';
import { describeAny } from '../api';
import type { SaveState } from '../autosave';
import { useLang, useT } from '../i18n';
import { SyncIndicator } from '../sync/SyncIndicator';
import { clockLabel, countLabel, progressLabel, readingLabel } from './format';

interface Props {
  counts: TextCounts | undefined;
  targetWords: number | undefined;
  saveState: SaveState | undefined;
  digits: DigitStyle;
  onRetry(): void;
}

export function StatusBar({ counts, targetWords, saveState, digits, onRetry }: Props) {
  const lang = useLang();
  return (
    <footer className="statusbar" data-qalam="statusbar">
      {counts && (
        <>
          <span data-qalam="word-count">{countLabel(counts.words, 'words', lang, digits)}</span>
          <span data-qalam="char-count">{countLabel(counts.characters, 'characters', lang, digits)}</span>
          {counts.readingMinutes > 0 && <span data-qalam="reading-time">{readingLabel(counts.readingMinutes, lang, digits)}</span>}
          {targetWords ? (
            <span className="progress" data-qalam="progress">
              <meter min={0} max={targetWords} value={Math.min(counts.words, targetWords)} />
              {progressLabel(counts.words, targetWords, digits)}
            </span>
          ) : null}
        </>
      )}
      <span className="spacer" />
      {saveState && <SaveIndicator state={saveState} digits={digits} onRetry={onRetry} />}
      <SyncIndicator digits={digits} />
    </footer>
  );
}

function SaveIndicator({ state, digits, onRetry }: { state: SaveState; digits: DigitStyle; onRetry(): void }) {
  const tr = useT();
  const lang = useLang();
  switch (state.kind) {
    case 'clean':
      return null;
    case 'dirty':
      return <span className="save-state" data-qalam="save-state" data-state="dirty">{tr('unsaved')}</span>;
    case 'saving':
      return <span className="save-state" data-qalam="save-state" data-state="saving">{tr('saving')}</span>;
    case 'saved':
      return (
        <span className="save-state" data-qalam="save-state" data-state="saved">
          {tr('savedAt', { time: clockLabel(state.at, digits) })}
        </span>
      );
    case 'failed':
      return (
        <span
          className="save-state failed"
          data-qalam="save-state"
          data-state="failed"
          role="alert"
          title={describeAny(state.error, lang)}
        >
          {tr('saveFailed')}
          <button type="button" className="link" data-qalam="retry-save" onClick={onRetry}>
            {tr('retryNow')}
          </button>
        </span>
      );
  }
}
