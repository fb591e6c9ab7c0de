import { useId, type ReactNode } from 'react';
import { RequiredMark } from './RequiredMark';

export type FieldControl = { id: string; describedBy: string | undefined; invalid: boolean };

type Props = {
  label: string;
  hint?: string;
  error?: string;
  /** Shows 必須 beside the label; the control says aria-required itself. */
  required?: boolean;
  /** The control, given its id and what describes it (the hint, the error). */
  children(control: FieldControl): ReactNode;
};

/** A field's label, its hint above the control and its error below, both read out with the control. */
export function Field({ label, hint, error, required, children }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: !!error })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
