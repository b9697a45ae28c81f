// While a restore runs, a modal window over the page says so; for a backup from an older
// version it says how far the backup's migration is ("نجهّز مكتبتك لبحث أدقّ… ٤٢٪" and a
// bar), in the words and digits of the first-launch window (common/migration-progress).
// The page asks the services every few tenths of a second (library.restoreProgress),
// since the contract only answers calls. Nothing closes it: a restore cannot be called
// back halfway, and the page reloads once the library is replaced.
import { useEffect, useRef, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import { overallFraction, splashLine, type MigrationProgress } from '../../electron/common/migration-progress';
import { useLang, useT } from '../i18n';

/** How often the page asks: the line moves a percent at a time, a batch of 500 articles
 * takes a quarter of a second or so. */
export const RESTORE_POLL_MS = 250;

export function RestoreProgress({ api, digits }: { api: Api; digits: DigitStyle }) {
  const tr = useT();
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const [migration, setMigration] = useState<MigrationProgress | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api.library
        .restoreProgress(undefined)
        .then((p) => !stopped && p.migration && setMigration(p.migration))
        // A missed answer only leaves the line where it was; the next one moves it.
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) timer = setTimeout(ask, RESTORE_POLL_MS);
        });
    };
    ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  const line = migration ? splashLine(migration, lang, digits) : tr('restoringBackup');
  return (
    <dialog
      ref={ref}
      className="restore-progress"
      data-qalam="restore-progress"
      aria-labelledby="restore-progress-title"
      aria-describedby="restore-progress-note"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="restore-progress-title">{tr('restoringTitle')}</h2>
      <p id="restore-progress-line" role="status" data-qalam="restore-progress-line">
        {line}
      </p>
      {/* No value until the migration reports: the bar moves without claiming a share. */}
      <progress max={1} {...(migration ? { value: overallFraction(migration) } : {})} aria-labelledby="restore-progress-line" />
      <p id="restore-progress-note" className="muted">
        {tr('restoringNote')}
      </p>
    </dialog>
  );
}
