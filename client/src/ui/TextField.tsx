import { MAX_POST_LENGTH } from '@kaizen/shared';
import type { Ref } from 'react';
import { useTranslation } from '../app/i18n';
import { formatNumber } from './format';
import { Field } from './Field';

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
  const over = value.length > max;
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <>
          <textarea
            ref={ref}
            id={control.id}
            rows={rows}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={control.invalid || over}
            aria-required={required || undefined}
            aria-describedby={[control.describedBy, `${control.id}-count`].filter(Boolean).join(' ')}
          />
          <p id={`${control.id}-count`} className={over ? 'hint over' : 'hint'}>
            {t('threads.length', { count: value.length, length: formatNumber(value.length, i18n.language), max: formatNumber(max, i18n.language) })}
          </p>
        </>
      )}
    </Field>
  );
}
