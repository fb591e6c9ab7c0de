import type { GradeStep } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { NumberInput } from './NumberInput';

type Props = {
  caption: string;
  steps: GradeStep[];
  /** Bounds in % (rates), or plain numbers (points). */
  percent: boolean;
  onChange: (steps: GradeStep[]) => void;
  error?: string;
};

/** The steps of a scale, one row each: grade, bound, 以上 or 超, meaning; rows added and removed in place. */
export function StepsTable({ caption, steps, percent, onChange, error }: Props) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<GradeStep>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <div className="table-scroll">
      <table className="kpi-table steps-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.grade')}</th>
            <th scope="col">{t('evaluation.bound')}</th>
            <th scope="col">{t('evaluation.boundKind')}</th>
            <th scope="col">{t('evaluation.meaning')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('evaluation.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => {
            const row = t('evaluation.stepRow', { n: i + 1 });
            return (
              // Rows are edited in place: their position is their identity while the form is open.
              <tr key={i}>
                <td>
                  <input type="text" aria-label={`${row} ${t('evaluation.grade')}`} value={s.grade} maxLength={20} size={6} onChange={(e) => set(i, { grade: e.target.value })} />
                </td>
                <td>
                  <NumberInput label={`${row} ${t('evaluation.bound')}`} value={s.minRate} percent={percent} onChange={(minRate) => set(i, { minRate })} />
                </td>
                <td>
                  <select aria-label={`${row} ${t('evaluation.boundKind')}`} value={s.inclusive ? 'inclusive' : 'strict'} onChange={(e) => set(i, { inclusive: e.target.value === 'inclusive' })}>
                    <option value="inclusive">{t('evaluation.inclusive')}</option>
                    <option value="strict">{t('evaluation.strict')}</option>
                  </select>
                </td>
                <td>
                  <input type="text" aria-label={`${row} ${t('evaluation.meaning')}`} value={s.meaning ?? ''} maxLength={200} onChange={(e) => set(i, { meaning: e.target.value })} />
                </td>
                <td>
                  <button type="button" disabled={steps.length === 1} onClick={() => onChange(steps.filter((_, j) => j !== i))}>
                    {t('evaluation.removeStep', { grade: s.grade || row })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" disabled={steps.length >= 12} onClick={() => onChange([...steps, { grade: '', minRate: 0, inclusive: true, meaning: null }])}>
        {t('evaluation.addStep')}
      </button>
    </div>
  );
}
