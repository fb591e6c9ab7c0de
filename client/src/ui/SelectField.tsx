import type { ReactNode } from 'react';
import { Field } from './Field';

type Props = {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  /** The `<option>`s (or `<optgroup>`s). */
  children: ReactNode;
};

/** A labelled drop-down with its hint and error tied to it for screen readers. */
export function SelectField({ label, value, onChange, error, hint, required, children }: Props) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select
          id={control.id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={control.invalid}
          aria-required={required || undefined}
          aria-describedby={control.describedBy}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
