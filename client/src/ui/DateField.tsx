import { type Ref } from 'react';
import { useTranslation } from '../app/i18n';
import { Field } from './Field';

type Props = {
  ref?: Ref<HTMLInputElement>;
  label: string;
  /** As typed; parseLocalDate reads it. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
};

/**
 * A date typed as text with a Japanese example beside it: a browser's own date picker shows the
 * browser's format (mm/dd/yyyy in an English one), whatever the page's language.
 */
export function DateField({ ref, label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={t('dateField.hint')} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={12}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
