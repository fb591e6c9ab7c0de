import { forwardRef, useId } from 'react';
import { RequiredMark } from './RequiredMark';

type Props = {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  hint?: string;
};

/** A password input with its label, a hint and its error beside it (read out with the field); every password asked for is required. */
export const PasswordField = forwardRef<HTMLInputElement, Props>(function PasswordField({ label, value, onChange, autoComplete, error, hint }, ref) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <RequiredMark />
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-required
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
});
