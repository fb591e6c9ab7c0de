import { MAX_POST_LENGTH } from '@kaizen/shared';
import { useId, type Ref } from 'react';
import { useTranslation } from '../app/i18n';
import { formatNumber } from './format';
import { RequiredMark } from './RequiredMark';

type Props = {
  ref?: Ref<HTMLTextAreaElement>;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  /** The longest text the server takes (default: a post's). */
  max?: number;
};

/** A labelled multi-line field with its hint, length and error tied to it for screen readers. */
export function TextField({ ref, label, value, onChange, error, hint, required, rows = 4, max = MAX_POST_LENGTH }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const over = value.length > max;
  const describedBy = [hint && `${id}-hint`, `${id}-count`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error || over}
        aria-required={required || undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <p id={`${id}-count`} className={over ? 'hint over' : 'hint'}>
        {t('threads.length', { count: value.length, length: formatNumber(value.length, i18n.language), max: formatNumber(max, i18n.language) })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
