import { fiscalYearLabel } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { Field } from '../../ui/Field';
import { RequiredMark } from '../../ui/RequiredMark';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CHOICES, kindOf, type RawValue, type YearlyRow } from './changeValue';
import { DepartmentChoices } from './DepartmentChoices';
import { ListingsInput } from './ListingsInput';
import type { PlanOptions } from './planOptions';

type Props = {
  field: string;
  /** 改訂後の目標値 … */
  label: string;
  hint?: string;
  required: boolean;
  raw: RawValue;
  onChange: (raw: RawValue) => void;
  error?: string;
  /** The fiscal years a year field offers. */
  years: number[];
  /** The measures and departments a KPI's 掲載 and 担当課 are chosen from. */
  options: PlanOptions;
};

// Notes are the long ones (the shared check takes up to 500 characters).
const MAX_NOTE = 500;

/** The value of a change, in the input its field takes: a number, a text, a fiscal year, one of a field's choices, or rows of yearly targets. */
export function ChangeValueInput({ field, label, hint, required, raw, onChange, error, years, options }: Props) {
  const { t } = useTranslation();
  const text = (value: string) => onChange({ ...raw, text: value });
  const toggle = (id: string, on: boolean) => onChange({ ...raw, picked: on ? [...raw.picked, id] : raw.picked.filter((p) => p !== id) });
  switch (kindOf(field)) {
    case 'departments':
      return <DepartmentChoices legend={label} hint={[hint, t('planRevisions.change.departmentsHint')].filter(Boolean).join(' ')} departments={options.departments} chosen={raw.picked} onToggle={toggle} error={error} />;
    case 'listings':
      return <ListingsInput label={label} hint={hint} raw={raw} onDefining={text} onRelist={toggle} error={error} goals={options.goals} />;
    case 'note':
      return <TextField label={label} hint={hint} value={raw.text} onChange={text} error={error} required={required} rows={2} max={MAX_NOTE} />;
    case 'year':
      return (
        <SelectField label={label} hint={hint} value={raw.text} onChange={text} error={error} required={required}>
          {!required && <option value="">{t(field === 'retiredFromFY' ? 'planRevisions.change.notRetired' : field === 'startFY' ? 'planRevisions.change.fromPlanStart' : 'planRevisions.change.none')}</option>}
          {required && raw.text === '' && <option value="">{t('planRevisions.change.choose')}</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {t(field === 'retiredFromFY' ? 'planRevisions.fromYear' : 'planRevisions.yearOption', { year: fiscalYearLabel(y), fy: y })}
            </option>
          ))}
        </SelectField>
      );
    case 'choice':
      return (
        <SelectField label={label} hint={hint} value={raw.text} onChange={text} error={error} required={required}>
          {!required && <option value="">{t('planRevisions.change.basisDefault')}</option>}
          {CHOICES[field].values.map((v) => (
            <option key={v} value={v}>
              {t(CHOICES[field].labelKey(v))}
            </option>
          ))}
        </SelectField>
      );
    case 'yearlyTargets':
      return <YearlyTargetsInput legend={label} hint={hint} rows={raw.rows} onChange={(rows) => onChange({ ...raw, rows })} error={error} years={years} />;
    default:
      return (
        <Field label={label} hint={kindOf(field) === 'number' ? [hint, t('planRevisions.change.numberHint')].filter(Boolean).join(' ') : hint} error={error} required={required}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              inputMode={kindOf(field) === 'number' ? 'decimal' : undefined}
              autoComplete="off"
              value={raw.text}
              onChange={(e) => text(e.target.value)}
              aria-invalid={invalid}
              aria-required={required || undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      );
  }
}

type RowsProps = { legend: string; hint?: string; rows: YearlyRow[]; onChange: (rows: YearlyRow[]) => void; error?: string; years: number[] };

/** 年度別・中間目標値: a row a year (its value, its wording, whether it is an intermediate target); the whole list replaces the plan's. */
function YearlyTargetsInput({ legend, hint, rows, onChange, error, years }: RowsProps) {
  const { t } = useTranslation();
  const id = useId();
  const setRow = (i: number, patch: Partial<YearlyRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const taken = new Set(rows.map((r) => r.fiscalYear));
  const next = years.find((y) => !taken.has(String(y))) ?? years[years.length - 1];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="choice-group yearly-targets-input" aria-describedby={describedBy}>
      <legend>
        {legend}
        <RequiredMark />
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('planRevisions.change.noYearlyTargets')}</p>
      ) : (
        <ol className="plain-list">
          {rows.map((row, i) => {
            const n = i + 1;
            return (
              <li key={i} className="yearly-target-row">
                <label>
                  <span className="visually-hidden">{t('planRevisions.change.rowYear', { n })}</span>
                  <select value={row.fiscalYear} onChange={(e) => setRow(i, { fiscalYear: e.target.value })} aria-invalid={!!error || undefined}>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {t('planRevisions.yearOption', { year: fiscalYearLabel(y), fy: y })}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('planRevisions.change.rowValue')}
                  <span className="visually-hidden">{t('planRevisions.change.rowOf', { n })}</span>
                  <input type="text" inputMode="decimal" size={8} value={row.value} onChange={(e) => setRow(i, { value: e.target.value })} aria-invalid={!!error || undefined} />
                </label>
                <label>
                  {t('planRevisions.change.rowText')}
                  <span className="visually-hidden">{t('planRevisions.change.rowOf', { n })}</span>
                  <input type="text" size={14} value={row.text} onChange={(e) => setRow(i, { text: e.target.value })} aria-invalid={!!error || undefined} />
                </label>
                <label className="yearly-target-intermediate">
                  <input type="checkbox" checked={row.intermediate} onChange={(e) => setRow(i, { intermediate: e.target.checked })} />
                  {t('planRevisions.change.rowIntermediate')}
                  <span className="visually-hidden">{t('planRevisions.change.rowOf', { n })}</span>
                </label>
                <button type="button" className="quiet" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {t('planRevisions.change.removeRow')}
                  <span className="visually-hidden">{t('planRevisions.change.rowOf', { n })}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={() => onChange([...rows, { fiscalYear: String(next), value: '', text: '', intermediate: false }])}>
        {t('planRevisions.change.addRow')}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
