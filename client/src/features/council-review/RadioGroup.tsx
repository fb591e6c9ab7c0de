import { useId } from 'react';
import { useTranslation } from '../../app/i18n';

type Props<V extends string> = {
  legend: string;
  /** A meaning, when given, is read out with its choice. */
  options: readonly { value: V; label: string; meaning?: string | null }[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
};

/** Native radios in a fieldset: the legend names the group and arrow keys move between choices. */
export function RadioGroup<V extends string>({ legend, options, value, onChange, error }: Props<V>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend}
        <span className="required">{t('threads.required')}</span>
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
