import { parseNumberInput } from '@kaizen/shared';
import { useState } from 'react';
import { useTranslation } from '../../app/i18n';

type Props = {
  label: string;
  /** Shown and typed in this unit: 100 for a rate of 1 when `percent`. */
  value: number;
  percent?: boolean;
  onChange: (value: number) => void;
  id?: string;
};

const shown = (value: number, percent?: boolean) => String(percent ? Math.round(value * 100000) / 1000 : value);

/** A number as typed (全角 and commas too): the figure changes only once the text reads as a number. */
export function NumberInput({ label, value, percent, onChange, id }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(shown(value, percent));
  const parsed = parseNumberInput(text);
  return (
    <span className="number-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={text}
        aria-invalid={!parsed.ok || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const read = parseNumberInput(e.target.value);
          if (read.ok) onChange(percent ? read.value / 100 : read.value);
        }}
      />
      {percent && <span aria-hidden="true">%</span>}
      {!parsed.ok && (
        <span className="field-error" role="alert">
          {t('evaluation.notANumber')}
        </span>
      )}
    </span>
  );
}
