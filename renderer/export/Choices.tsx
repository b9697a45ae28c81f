// The option controls of the export dialog: small labelled radio groups and switches,
// every choice visible at once (a print editor compares A4 and A3 by clicking, not by
// opening a list).
import type { ReactNode } from 'react';

interface RadioProps<T extends string | number> {
  name: string;
  legend: string;
  value: T;
  choices: readonly { value: T; label: ReactNode }[];
  onChange(value: T): void;
  disabled?: boolean;
}

export function RadioRow<T extends string | number>({ name, legend, value, choices, onChange, disabled }: RadioProps<T>) {
  return (
    <fieldset className="export-choice" disabled={disabled} data-qalam={`export-${name}`}>
      <legend>{legend}</legend>
      <div className="export-segments">
        {choices.map((c) => (
          <label key={String(c.value)} className={c.value === value ? 'on' : undefined}>
            <input type="radio" name={name} value={String(c.value)} checked={c.value === value} onChange={() => onChange(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Toggle({ name, label, checked, onChange, disabled }: { name: string; label: string; checked: boolean; onChange(v: boolean): void; disabled?: boolean }) {
  return (
    <label className="export-toggle" data-qalam={`export-${name}`}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}
