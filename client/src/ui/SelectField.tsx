import { useId, type ReactNode } from 'react';
import { RequiredMark } from './RequiredMark';

type Props = {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  /** The `<option>`s (or `<optgroup>`s). */
  children: ReactNode;
};

/** A labelled drop-down with its error tied to it for screen readers. */
export function SelectField({ label, value, onChange, error, required, children }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-required={required || undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {children}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
