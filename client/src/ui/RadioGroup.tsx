import { useId } from 'react';
import { RequiredMark } from './RequiredMark';

type Props<V extends string> = {
  legend: string;
  /** A meaning, when given, is read out with its choice. */
  options: readonly { value: V; label: string; meaning?: string | null }[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
  /** A choice must be made (the default); an optional group shows no 必須. */
  required?: boolean;
};

/** Native radios in a fieldset: the legend names the group and arrow keys move between choices. */
export function RadioGroup<V extends string>({ legend, options, value, onChange, error, required = true }: Props<V>) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            // Says required to assistive technology (the forms are noValidate: the browser does not check it).
            required={required}
            aria-invalid={!!error || undefined}
            aria-describedby={o.meaning ? `${id}-${o.value}-meaning` : undefined}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.meaning && (
            <span id={`${id}-${o.value}-meaning`} className="hint">
              {' '}
              {o.meaning}
            </span>
          )}
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
