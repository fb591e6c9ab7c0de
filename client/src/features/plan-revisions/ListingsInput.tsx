import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { SelectField } from '../../ui/SelectField';
import type { RawValue } from './changeValue';
import type { PlanOptions } from './planOptions';

type Props = {
  label: string;
  hint?: string;
  raw: RawValue;
  onDefining: (measureId: string) => void;
  onRelist: (measureId: string, on: boolean) => void;
  error?: string;
  goals: PlanOptions['goals'];
};

/** 掲載: the measure that defines the KPI (it moves there), and those listing it again as 【再掲】. */
export function ListingsInput({ label, hint, raw, onDefining, onRelist, error, goals }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const name = (m: { code: string; title: string }) => t('planRevisions.change.measureOption', { code: m.code, title: m.title });
  return (
    <fieldset className="choice-group listings-input">
      <legend>{label}</legend>
      <SelectField label={t('planRevisions.change.definingMeasure')} hint={hint} value={raw.text} onChange={onDefining} error={error} required>
        <option value="">{t('planRevisions.change.choose')}</option>
        {goals.map((g) => (
          <optgroup key={g.id} label={t('strategy.goal', { number: g.number })}>
            {g.measures.map((m) => (
              <option key={m.id} value={m.id}>
                {name(m)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
        <legend>{t('planRevisions.change.relistedMeasures')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('planRevisions.change.relistedHint')}
        </p>
        <div className="department-grid">
          {goals.flatMap((g) =>
            g.measures
              .filter((m) => m.id !== raw.text)
              .map((m) => (
                <div className="choice" key={m.id}>
                  <input id={`${id}-${m.id}`} type="checkbox" checked={raw.picked.includes(m.id)} onChange={(e) => onRelist(m.id, e.target.checked)} />
                  <label htmlFor={`${id}-${m.id}`}>{name(m)}</label>
                </div>
              )),
          )}
        </div>
      </fieldset>
    </fieldset>
  );
}
