// The deadline in the newsroom's words: day, month by name (يناير … ديسمبر), year, and
// the time on a 24-hour clock, in the app's digits. Not <input type=datetime-local>: that
// one speaks the browser's locale (mm/dd/yyyy, Latin digits) whatever the UI says. Each
// part takes Arabic-Indic or Latin digits, arrows step it, and what is wrong is said in
// place in the UI language; a date is sent only once it is whole and real.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { applyDigits, type DigitStyle } from '../../electron/common/arabic/digits';
import type { MetaPatch } from '../article/patch';
import { useLang, useT } from '../i18n';
import { localeFor, relativeTime } from '../library/relative-time';
import { libraryText } from '../library/strings';
import { checkParts, deadlineText, EMPTY_PARTS, monthNames, partsFromIso, stepPart, tidyPart, type DeadlineParts } from './deadline';

interface Props {
  deadline: string | undefined;
  digits: DigitStyle;
  onChange(patch: MetaPatch): void;
}

const ERROR_ID = 'qalam-error-deadline';

export function DeadlineField({ deadline, digits, onChange }: Props) {
  const tr = useT();
  const lang = useLang();
  const lt = (key: Parameters<typeof libraryText>[1], vars?: Record<string, string>) => libraryText(lang, key, vars);
  const [parts, setParts] = useState<DeadlineParts>(() => partsFromIso(deadline, digits));
  const [left, setLeft] = useState(false);
  const sent = useRef(deadline);
  // A deadline set elsewhere (another window, a restore, sync) or new digits: show it.
  useEffect(() => {
    if (deadline !== sent.current) {
      sent.current = deadline;
      setParts(partsFromIso(deadline, digits));
    }
  }, [deadline]);
  useEffect(() => setParts((p) => (checkParts(p).kind === 'ok' ? partsFromIso(deadline, digits) : p)), [digits]);

  const check = checkParts(parts);
  const message =
    check.kind === 'invalid'
      ? lt('deadlineInvalid', { days: applyDigits(String(check.daysInMonth), digits) })
      : check.kind === 'incomplete' && left
        ? lt('deadlineIncomplete')
        : undefined;

  const update = (next: DeadlineParts) => {
    setParts(next);
    const result = checkParts(next);
    const value = result.kind === 'ok' ? result.iso : result.kind === 'empty' ? undefined : sent.current;
    if (value === sent.current) return;
    sent.current = value;
    onChange({ deadline: value ?? null });
  };
  const set = (field: keyof DeadlineParts, value: string) => update({ ...parts, [field]: value });
  const onKey = (field: keyof DeadlineParts) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    set(field, stepPart(field, parts[field], e.key === 'ArrowUp' ? 1 : -1, digits));
  };
  // "Incomplete" waits until focus leaves the whole field: mid-typing it is only noise.
  const onBlurGroup = (e: FocusEvent<HTMLFieldSetElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setLeft(true);
  };

  const invalid = message ? { 'aria-invalid': true as const, 'aria-describedby': ERROR_ID } : {};
  const numeric = (field: Exclude<keyof DeadlineParts, 'month'>, label: string, size: number) => (
    <input
      className={`deadline-${field}`}
      inputMode="numeric"
      autoComplete="off"
      size={size}
      maxLength={4}
      value={parts[field]}
      aria-label={label}
      data-qalam={`deadline-${field}`}
      {...invalid}
      onChange={(e) => set(field, e.target.value)}
      onKeyDown={onKey(field)}
      onBlur={() => setParts((p) => ({ ...p, [field]: tidyPart(field, p[field], digits) }))}
    />
  );
  const months = monthNames(localeFor(lang, digits));
  return (
    <>
      <fieldset className="deadline-field" data-qalam="deadline" onFocus={() => setLeft(false)} onBlur={onBlurGroup}>
        <legend>{tr('deadline')}</legend>
        <span className="deadline-date" role="group" aria-label={lt('deadlineDate')}>
          {numeric('day', lt('deadlineDay'), 2)}
          <select value={parts.month} aria-label={lt('deadlineMonth')} data-qalam="deadline-month" {...invalid} onChange={(e) => set('month', e.target.value)}>
            <option value="">—</option>
            {months.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </select>
          {numeric('year', lt('deadlineYear'), 4)}
        </span>
        {/* Hours before minutes, left to right, as clocks are read in Arabic too. */}
        <span className="deadline-time" role="group" aria-label={lt('deadlineTime')} dir="ltr">
          {numeric('hour', lt('deadlineHour'), 2)}
          <span aria-hidden="true">:</span>
          {numeric('minute', lt('deadlineMinute'), 2)}
        </span>
        <button
          type="button"
          className="quiet small"
          data-qalam="deadline-clear"
          aria-label={lt('deadlineClear')}
          disabled={Object.values(parts).every((v) => v === '')}
          onClick={() => update(EMPTY_PARTS)}
        >
          ✕
        </button>
      </fieldset>
      {message && (
        <p className="field-error" id={ERROR_ID} role="alert" data-qalam="deadline-error">
          {message}
        </p>
      )}
      {deadline && (
        <span className="hint" data-qalam="deadline-text">
          {deadlineText(deadline, localeFor(lang, digits))} ({relativeTime(deadline, new Date(), lang, digits)})
        </span>
      )}
    </>
  );
}
